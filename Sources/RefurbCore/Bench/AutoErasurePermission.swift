/// Whether an unattended bench (`mode = auto`) may erase this machine's disks, with no one there to confirm.
/// Safe by default: only when the service says the machine was taken in (its intake record exists), or when
/// the configuration says "offline bench" (`offline = yes`) explicitly, and then only where the certificates
/// can be kept until they are sent: a bench booted over PXE with no REFURB partition keeps them in memory,
/// which the power-off empties. Any other answer holds the erasure back, and the end screen says why.
public enum AutoErasurePermission: Sendable, Equatable {
    /// Erase; `tag` is the device's asset tag when the service gave it (nil on an offline bench).
    case allowed(tag: String?)
    case withheld(Message)

    public static func decide(offline: Bool, keepsResults: Bool, lookup: IntakeLookup, erasableDisks: Int) -> AutoErasurePermission {
        let tag: String?
        if case .found(let found) = lookup {
            tag = found
        } else if offline {
            guard keepsResults else { return .withheld(Message("bench.auto.nowhereToKeep")) }
            tag = nil
        } else {
            return .withheld(reason(lookup))
        }
        guard erasableDisks > 0 else { return .withheld(Message("bench.auto.noDisk")) }
        return .allowed(tag: tag)
    }

    /// Why a lookup that found no record holds the erasure back.
    static func reason(_ lookup: IntakeLookup) -> Message {
        switch lookup {
        case .found: Message("bench.auto.noDisk")
        case .notFound(let serial): Message("bench.auto.noIntake", serial)
        case .noSerial: Message("bench.auto.noSerial")
        case .noService, .offline: Message("bench.auto.noService")
        case .unreachable(let reason): Message("bench.auto.unreachable", reason)
        case .refused(let reason): Message("bench.auto.refused", reason)
        }
    }

    public var mayErase: Bool {
        if case .allowed = self { return true }
        return false
    }
}
