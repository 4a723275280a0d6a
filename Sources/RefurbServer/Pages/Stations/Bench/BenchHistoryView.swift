import RefurbCore

/// Every event of the device, the latest first, with who made it, from which station and when (the
/// workshop's local time), in the words of the screen: stages, grades and corrected fields by their names
/// on the page, drives as the report names them rather than by the key the rules compare, amounts in the
/// language's format. Events with nothing of the bench's own to say read as the history does elsewhere
/// (`Change.summary`).
struct BenchHistoryView {
    let entries: [[String: Any]]

    /// `drives` names each drive of the report by its key (`SerialNumber.key`): "sda, n° de série S3Z…".
    init(history: [Event], drives: [String: String], words: BenchWords) {
        let language = words.language
        entries = history.reversed().map { event -> [String: Any] in
            var entry: [String: Any] = [
                "at": WorkshopClock.display(event.occurredAt, in: language),
                "user": event.actor.user,
                "what": Self.sentence(event.change, drives: drives, words: words),
                "kind": event.change.kind,
            ]
            if !event.actor.station.isEmpty, event.actor.station != event.actor.user { entry["station"] = event.actor.station }
            if case .erasureRecorded(_, _, let certificate?) = event.change { entry["certificate"] = certificate }
            return entry
        }
    }

    static func sentence(_ change: Change, drives: [String: String], words: BenchWords) -> String {
        let language = words.language
        func drive(_ key: String) -> String { drives[key] ?? key }
        switch change {
        case .received(let lot, let category, let serial):
            return serial.map { words("ui.bench.history.receivedSerial", lot.text, words("category." + category.rawValue), $0) }
                ?? words("ui.bench.history.received", lot.text, words("category." + category.rawValue))
        case .graded(let grade):
            return words("ui.bench.history.graded", words.text(grade.label))
        case .priced(let money):
            return words("ui.bench.history.priced", Quantity.money.shown(money.cents, in: language))
        case .diagnosticRecorded(let storage):
            return words("ui.bench.history.diagnostic", QuantityFormat.integer(UInt(storage.count), in: language))
        case .erasureRecorded(let storage, let passed, _):
            return words(passed ? "ui.bench.history.erased" : "ui.bench.history.erasureFailed", drive(storage))
        case .storageDestroyed(let storage, let note):
            let said = words("ui.bench.history.destroyed", drive(storage))
            return note.map { said + " (\($0))" } ?? said
        case .removableMediaFound(let storage):
            return words("ui.bench.history.removableFound", storage.map(drive).joined(separator: ", "))
        case .removableMediaSet(let storage, let disposition, let reason):
            return words("ui.bench.history.removableSet", drive(storage), words("ui.bench.removable." + disposition.rawValue), reason)
        case .noStorageConfirmed(let note):
            let said = words("ui.bench.history.noStorage")
            return note.map { said + " (\($0))" } ?? said
        case .corrected(let field, nil, let to?, nil):
            // A value missing at intake that a hardware report filled in (a person's correction gives a reason).
            return words("ui.bench.history.filled", fieldName(field, words: words), to)
        case .corrected(let field, let from, let to, let reason):
            let name = fieldName(field, words: words)
            let said = words("ui.bench.history.corrected", name, from ?? "—", to ?? "—")
            return reason.map { said + " " + words("ui.bench.history.because", $0) } ?? said
        case .repairLogged(let note, let partsCents):
            return partsCents.map { words("ui.bench.history.repairParts", note, Quantity.money.shown($0, in: language)) }
                ?? words("ui.bench.history.repair", note)
        default:
            return change.summary(in: language, catalog: BenchWords.catalog)
        }
    }

    /// A corrected field by its name on the correction page ("Numéro de série"), else as recorded.
    private static func fieldName(_ field: String, words: BenchWords) -> String {
        UIMessages.catalog.entries["ui.correct.field." + field] != nil ? words("ui.correct.field." + field) : field
    }
}
