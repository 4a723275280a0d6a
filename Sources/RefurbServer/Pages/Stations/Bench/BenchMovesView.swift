import RefurbCore

/// The stages the device may go to next, each with the rules that block it right now, so that the
/// technician sees what is missing before pressing the button. The shop sells; the bench does not.
struct BenchMovesView {
    /// Moves the device cannot come back from at the bench: confirmed before they are made.
    static let confirmed: Set<Stage> = [.forParts, .recycled, .donated]

    let forward: [[String: Any]]
    let exits: [[String: Any]]

    /// `refusal` is the answer to a move just refused (pages without script): shown next to its button.
    init(device: Device, facts: LifecycleFacts, refusal: (stage: Stage, text: String)?, words: BenchWords) {
        var forward: [[String: Any]] = []
        var exits: [[String: Any]] = []
        for stage in StageGraph.nextStages(from: device.stage) where stage != .sold {
            let rules = Lifecycle.brokenRules(from: device.stage, to: stage, facts: facts)
                .map { $0.message(in: words.language, catalog: UIMessages.catalog) }
            let label = words.text(stage.label)
            var values: [String: Any] = [
                "stage": stage.rawValue, "label": label, "button": words("ui.bench.moves.button", label),
                "blocked": !rules.isEmpty, "rules": rules, "confirm": Self.confirmed.contains(stage),
            ]
            if let refusal, refusal.stage == stage { values["refusal"] = refusal.text }
            if Self.confirmed.contains(stage) { exits.append(values) } else { forward.append(values) }
        }
        self.forward = forward
        self.exits = exits
    }
}
