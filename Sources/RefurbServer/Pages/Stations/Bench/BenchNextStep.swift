import RefurbCore

/// The summary at the top of the bench page: where the device is, the stage it usually goes to next with
/// what that stage asks as a checklist, and the one thing to do now as the primary button: the move
/// itself once nothing is missing, else the way to the first missing thing (the grade form, the disks),
/// or, for what is done on the machine (the probe), what to do there and a button to look again.
struct BenchNextStep {
    let values: [String: Any]

    init(device: Device, facts: LifecycleFacts, checklist: BenchChecklist, repairs: BenchRepairLog, words: BenchWords) {
        let tag = device.assetTag.text
        var values: [String: Any] = ["stage": words.text(device.stage.label)]
        let name = [device.manufacturer, device.model].compactMap { $0 }.joined(separator: " ")
        values["name"] = name.isEmpty ? words("category." + device.category.rawValue) : name
        values["repairs"] = repairs.entries.isEmpty
            ? words("ui.bench.next.noRepairs")
            : repairs.totalParts.map { words("ui.bench.next.repairsParts", String(repairs.entries.count), $0) }
                ?? words("ui.bench.next.repairs", String(repairs.entries.count))

        guard let target = Lifecycle.usualNext(from: device.stage) else {
            values["final"] = words("ui.bench.next.final." + device.stage.rawValue)
            self.values = values
            return
        }
        let items = checklist.items(for: target, perDisk: true)
        values["items"] = items
        values["hasItems"] = !items.isEmpty
        if target == .sold {
            // The shop sells: the bench only shows that nothing is left to leak.
            values["heading"] = words("ui.bench.next.shop")
            self.values = values
            return
        }
        let label = words.text(target.label)
        values["heading"] = words("ui.bench.next.heading", label)
        let missing = Lifecycle.conditions(for: target).first { !$0.isMet(by: facts) }
        switch missing {
        case nil:
            values["explain"] = words("ui.bench.next.allMet")
            values["move"] = ["stage": target.rawValue, "button": words("ui.bench.moves.button", label)]
        case .diagnosticReport:
            values["explain"] = words("ui.bench.next.report")
            values["link"] = ["href": "/bench/\(tag)", "button": words("ui.bench.next.reportButton")]
        case .grade, .price:
            values["explain"] = words("ui.bench.next.grade")
            values["link"] = ["href": "#grade", "button": words("ui.bench.next.gradeButton")]
        case .testChecklist:
            values["explain"] = words("ui.bench.next.tests")
            values["link"] = ["href": "#tests", "button": words("ui.bench.next.testsButton")]
        case .erasedStorage:
            if facts.erasure.storageFound.isEmpty && facts.erasure.destroyed.isEmpty {
                values["explain"] = words("ui.bench.next.noStorage")
                values["link"] = ["href": "#disks", "button": words("ui.bench.next.noStorageButton")]
            } else {
                values["explain"] = words("ui.bench.next.erase", String(facts.erasure.unerased.count))
                values["link"] = ["href": "#disks", "button": words("ui.bench.next.eraseButton")]
            }
        }
        self.values = values
    }
}
