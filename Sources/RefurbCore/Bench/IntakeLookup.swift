/// What the service said about this machine's intake record, looked up by the serial its firmware gives.
public enum IntakeLookup: Sendable, Equatable {
    /// The service has a device with this serial: its asset tag.
    case found(tag: String)
    /// The service answered, and no device has this serial.
    case notFound(serial: String)
    /// The firmware gives no serial to look up.
    case noSerial
    /// No service address in `refurb.conf` (nor `--submit`, nor `$REFURB_URL`).
    case noService
    /// `offline = yes`: the service is not asked at all.
    case offline
    /// The service could not be reached, or was busy; `reason` says why in the technician's words.
    case unreachable(reason: String)
    /// The service refused the question (a wrong token, most often).
    case refused(reason: String)

    public var tag: String? {
        if case .found(let tag) = self { return tag }
        return nil
    }

    /// The sentence for the screen.
    public var message: Message {
        switch self {
        case .found(let tag): Message("bench.intake.found", tag)
        case .notFound(let serial): Message("bench.intake.notFound", serial)
        case .noSerial: Message("bench.intake.noSerial")
        case .noService: Message("bench.intake.noService")
        case .offline: Message("bench.intake.offline")
        case .unreachable(let reason): Message("bench.intake.unreachable", reason)
        case .refused(let reason): Message("bench.intake.refused", reason)
        }
    }
}
