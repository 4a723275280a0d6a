/// Where a device is in its life at the workshop. The raw value is what the CLI, the API and the
/// database use.
public enum Stage: String, Codable, CaseIterable, Sendable {
    case received
    case diagnosed
    case inRepair = "in-repair"
    case wiped
    case ready
    case sold
    case forParts = "for-parts"
    case recycled
    case donated

    /// Stages after which the device is no longer in the workshop's hands.
    public var hasLeftWorkshop: Bool {
        switch self {
        case .sold, .recycled, .donated: true
        default: false
        }
    }

    public var label: Message { Message("stage.\(rawValue)") }
}
