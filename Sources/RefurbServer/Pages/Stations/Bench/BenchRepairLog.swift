import RefurbCore

/// The repairs logged on a device, oldest first, with the parts' cost and its total.
struct BenchRepairLog {
    let entries: [[String: Any]]
    let totalParts: String?

    init(history: [Event], words: BenchWords) {
        var entries: [[String: Any]] = []
        var total = 0
        var anyParts = false
        for event in history {
            guard case .repairLogged(let note, let partsCents) = event.change else { continue }
            var entry: [String: Any] = ["note": note, "user": event.actor.user, "at": WorkshopClock.display(event.occurredAt)]
            if let partsCents {
                entry["parts"] = MoneyFormat.string(Money(cents: partsCents), in: words.language)
                total += partsCents
                anyParts = true
            } else {
                entry["parts"] = words("ui.common.none")
            }
            entries.append(entry)
        }
        self.entries = entries
        totalParts = anyParts ? MoneyFormat.string(Money(cents: total), in: words.language) : nil
    }
}
