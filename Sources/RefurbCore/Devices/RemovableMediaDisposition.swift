/// What became of a removable medium the probe found plugged into a device: a USB stick or a card reader
/// (the technician's live stick, or a key the donor forgot). It is not part of the device, so it is never
/// one of the drives the erasure rule counts; a person says where it went, and why.
public enum RemovableMediaDisposition: String, CaseIterable, Codable, Sendable {
    /// The workshop's own stick, such as the live system the probe ran from: it stays in the workshop.
    case workshopStick = "workshop-stick"
    /// Given back to the donor, or taken out of the device and kept apart.
    case returnedOrRemoved = "returned-or-removed"

    public var label: Message { Message("removable.\(rawValue)") }
}
