import RefurbCore

/// The repairs logged on a device, oldest first, with the parts' cost and its total. Amounts are checked
/// since they are read back from the log: one stored out of range (before amounts were checked, or by
/// another program) is shown as such and left out of a total that then says it is incomplete, instead
/// of overflowing the sum and stopping the service every time the page is opened.
struct BenchRepairLog {
    let entries: [[String: Any]]
    let totalParts: String?

    init(history: [Event], words: BenchWords) {
        var entries: [[String: Any]] = []
        var amounts: [Int] = []
        var anyOutOfRange = false
        for event in history {
            guard case .repairLogged(let note, let partsCents) = event.change else { continue }
            var entry: [String: Any] = ["note": note, "user": event.actor.user, "at": WorkshopClock.display(event.occurredAt, in: words.language)]
            if let partsCents {
                entry["parts"] = Quantity.money.shown(partsCents, in: words.language)
                if Quantity.money.contains(partsCents) { amounts.append(partsCents) } else { anyOutOfRange = true }
            } else {
                entry["parts"] = words("ui.common.none")
            }
            entries.append(entry)
        }
        self.entries = entries
        if anyOutOfRange {
            totalParts = words("range.storedSum")
        } else if !amounts.isEmpty {
            // In range, a sum overflows only past 9 × 10¹⁰ repairs; checked all the same.
            totalParts = Int.checkedSum(amounts).map { Quantity.money.shown($0, in: words.language) } ?? words("range.storedSum")
        } else {
            totalParts = nil
        }
    }
}
