import RefurbCore

/// The stages the device may go to next. A move possible now is a button; one that is not is no button
/// but a checklist of what its stage asks (`BenchChecklist`), what is missing said in the rule's words,
/// so that the technician sees what to do rather than a refusal. The shop sells; the bench does not.
struct BenchMovesView {
    /// Moves the device cannot come back from at the bench: confirmed before they are made.
    static let confirmed: Set<Stage> = [.forParts, .recycled, .donated]

    let forward: [[String: Any]]
    let exits: [[String: Any]]

    /// `refusal` is the answer to a move just refused (pages without script, or a page gone stale): shown
    /// in that move's place.
    init(device: Device, facts: LifecycleFacts, checklist: BenchChecklist, refusal: (stage: Stage, text: String)?, words: BenchWords) {
        var forward: [[String: Any]] = []
        var exits: [[String: Any]] = []
        for stage in StageGraph.nextStages(from: device.stage) where stage != .sold {
            let blocked = !Lifecycle.brokenRules(from: device.stage, to: stage, facts: facts).isEmpty
            let label = words.text(stage.label)
            var values: [String: Any] = [
                "stage": stage.rawValue, "label": label, "button": words("ui.bench.moves.button", label),
                "blocked": blocked, "confirm": Self.confirmed.contains(stage),
            ]
            if blocked { values["items"] = checklist.items(for: stage, perDisk: false) }
            if let refusal, refusal.stage == stage { values["refusal"] = refusal.text }
            if Self.confirmed.contains(stage) { exits.append(values) } else { forward.append(values) }
        }
        self.forward = forward
        self.exits = exits
    }
}
