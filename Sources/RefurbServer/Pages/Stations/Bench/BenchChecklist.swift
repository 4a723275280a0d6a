import RefurbCore

/// What a stage asks of the device, as a checklist: each of the lifecycle's conditions for that stage
/// (`Lifecycle.conditions(for:)`), met (with what meets it: the report's date, the grade, the price, the
/// disks cleared) or missing (with the rule's own sentence, the one a refused move would get). The rules
/// stay in RefurbCore; this only lays them out.
struct BenchChecklist {
    /// What the page already read about the device, to say what meets each condition.
    struct Known {
        var reportDate: String?
        var grade: String?
        var price: String?
        /// The report's disks in the page's words, each cleared (erased or destroyed) or not.
        var disks: [Disk] = []
        /// The test record in words ("15 tests sur 15, liste version 2"), when there is one.
        var tests: String?
    }

    /// A disk of the report: its key as the rules compare it, its name on the page, and its erasure in words.
    struct Disk {
        let key: String
        let label: String
        let cleared: Bool
        let state: String
    }

    let facts: LifecycleFacts
    let known: Known
    let words: BenchWords

    /// One entry per condition; with `perDisk`, the erasure's is one entry per disk of the report.
    func items(for stage: Stage, perDisk: Bool) -> [[String: Any]] {
        Lifecycle.conditions(for: stage).flatMap { condition -> [[String: Any]] in
            let broken = condition.brokenRules(facts).map { $0.message(in: words.language, catalog: UIMessages.catalog) }
            if condition == .erasedStorage, perDisk, facts.hasDiagnosticReport, !known.disks.isEmpty {
                var items = known.disks.map { disk in
                    item(met: disk.cleared, label: words("ui.bench.checklist.disk", disk.label), detail: disk.state)
                }
                // The rules are the judge: a drive they count that the page does not show is still said.
                if !broken.isEmpty, known.disks.allSatisfy(\.cleared) {
                    items.append(item(met: false, label: words("ui.bench.checklist.erasedStorage"), detail: broken.joined(separator: " ")))
                }
                return items
            }
            let label = words("ui.bench.checklist." + Self.labelKey(condition))
            guard broken.isEmpty else { return [item(met: false, label: label, detail: broken.joined(separator: " "))] }
            return [item(met: true, label: label, detail: metDetail(condition))]
        }
    }

    private func metDetail(_ condition: LifecycleCondition) -> String? {
        switch condition {
        case .diagnosticReport: known.reportDate.map { words("ui.bench.checklist.reportOf", $0) }
        case .grade: known.grade
        case .price: known.price
        case .erasedStorage:
            known.disks.isEmpty
                ? words("ui.bench.storage.noneConfirmed")
                : words("ui.bench.disks.summary", String(known.disks.filter(\.cleared).count), String(known.disks.count))
        case .testChecklist: known.tests
        }
    }

    private func item(met: Bool, label: String, detail: String?) -> [String: Any] {
        var values: [String: Any] = [
            "met": met, "label": label,
            "mark": met ? "✓" : "✗",
            "markText": words(met ? "ui.bench.checklist.done" : "ui.bench.checklist.missing"),
        ]
        if let detail { values["detail"] = detail }
        return values
    }

    private static func labelKey(_ condition: LifecycleCondition) -> String {
        switch condition {
        case .diagnosticReport: "diagnosticReport"
        case .grade: "grade"
        case .price: "price"
        case .erasedStorage: "erasedStorage"
        case .testChecklist: "tests"
        }
    }
}
