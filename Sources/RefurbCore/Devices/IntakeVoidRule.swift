#if canImport(FoundationEssentials)
import struct FoundationEssentials.Date
#else
import struct Foundation.Date
#endif

/// When an intake scan may be undone. Undo is for the scan just made by mistake (the wrong sticker, the
/// wrong category): only while the device is exactly as that scan left it, only by the person who
/// scanned it, and only for a short while. Anything later is a correction, recorded as such.
public enum IntakeVoidRule {
    /// How long after the scan it may be undone.
    public static let windowMinutes = 10

    /// Why the scan of `device` may not be undone by `actor` at `date`, or nil when it may.
    /// `history` is the device's whole history, oldest first.
    public static func refusal(device: Device, history: [Event], by actor: Actor, at date: Date) -> Message? {
        let tag = device.assetTag.text
        guard device.stage == .received else {
            return Message("intake.voidNotReceived", tag)
        }
        guard history.count == 1, let reception = history.first, case .received = reception.change else {
            return Message("intake.voidAfterOtherEvents", tag)
        }
        guard reception.actor.user == actor.user else {
            return Message("intake.voidByAnotherUser", tag, reception.actor.user)
        }
        let elapsed = date.timeIntervalSince(reception.occurredAt)
        guard elapsed <= Double(windowMinutes * 60) else {
            return Message("intake.voidTooLate", tag, String(windowMinutes))
        }
        return nil
    }
}
