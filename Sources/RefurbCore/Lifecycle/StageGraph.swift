/// Which stage may follow which, as drawn in the README. Conditions on the device (a report, a grade,
/// erased disks) are checked separately by `Lifecycle`.
public enum StageGraph {
    public static func nextStages(from stage: Stage) -> [Stage] {
        switch stage {
        case .received: [.diagnosed, .forParts, .recycled]
        case .diagnosed: [.inRepair, .wiped, .forParts, .recycled]
        case .inRepair: [.diagnosed, .wiped, .forParts, .recycled]
        case .wiped: [.inRepair, .ready, .forParts, .recycled]
        case .ready: [.sold, .donated, .inRepair, .forParts, .recycled]
        // A sale that comes back is received again and goes through the checks anew.
        case .sold: [.received]
        case .forParts: [.recycled]
        case .recycled, .donated: []
        }
    }

    public static func allows(from: Stage, to: Stage) -> Bool {
        nextStages(from: from).contains(to)
    }
}
