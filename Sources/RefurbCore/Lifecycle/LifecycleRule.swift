/// A rule that refuses a stage move. Each one is told to a volunteer in plain words: what is missing
/// and what to do about it.
public enum LifecycleRule: Hashable, Sendable {
    case alreadyThere(Stage)
    case moveNotAllowed(from: Stage, to: Stage)
    case mustBeReadyFirst(to: Stage)
    case needsDiagnosticReport
    case needsGrade
    case needsPrice
    case storageNotErased([String])
    case noStorageNotConfirmed
    case needsTestChecklist
    /// The tests not answered yet, as `ChecklistItem.reference`s.
    case testsNotDone([String])
    case mandatoryTestsFailed([String])

    /// A stable identifier, for the API and for scripts that react to a given refusal.
    public var code: String {
        switch self {
        case .alreadyThere: "already-there"
        case .moveNotAllowed: "move-not-allowed"
        case .mustBeReadyFirst: "must-be-ready-first"
        case .needsDiagnosticReport: "needs-diagnostic-report"
        case .needsGrade: "needs-grade"
        case .needsPrice: "needs-price"
        case .storageNotErased: "storage-not-erased"
        case .noStorageNotConfirmed: "no-storage-not-confirmed"
        case .needsTestChecklist: "needs-test-checklist"
        case .testsNotDone: "tests-not-done"
        case .mandatoryTestsFailed: "mandatory-tests-failed"
        }
    }

    public func message(in language: Language, catalog: MessageCatalog = .core) -> String {
        switch self {
        case .alreadyThere(let stage):
            return Message("rule.alreadyThere", stage.label.text(in: language, catalog: catalog))
                .text(in: language, catalog: catalog)
        case .moveNotAllowed(let from, let to):
            let next = StageGraph.nextStages(from: from)
                .map { $0.label.text(in: language, catalog: catalog) }
                .joined(separator: ", ")
            let key = next.isEmpty ? "rule.moveNotAllowed.final" : "rule.moveNotAllowed"
            return Message(key, from.label.text(in: language, catalog: catalog),
                           to.label.text(in: language, catalog: catalog), next)
                .text(in: language, catalog: catalog)
        case .mustBeReadyFirst(let to):
            return Message("rule.mustBeReadyFirst", to.label.text(in: language, catalog: catalog))
                .text(in: language, catalog: catalog)
        case .needsDiagnosticReport:
            return Message("rule.needsDiagnosticReport").text(in: language, catalog: catalog)
        case .needsGrade:
            return Message("rule.needsGrade").text(in: language, catalog: catalog)
        case .needsPrice:
            return Message("rule.needsPrice").text(in: language, catalog: catalog)
        case .storageNotErased(let drives):
            return Message("rule.storageNotErased", drives.joined(separator: ", "))
                .text(in: language, catalog: catalog)
        case .noStorageNotConfirmed:
            return Message("rule.noStorageNotConfirmed").text(in: language, catalog: catalog)
        case .needsTestChecklist:
            return Message("rule.needsTestChecklist").text(in: language, catalog: catalog)
        case .testsNotDone(let tests):
            return Message("rule.testsNotDone", String(tests.count), tests.joined(separator: String(Message.listSeparator)))
                .text(in: language, catalog: catalog)
        case .mandatoryTestsFailed(let tests):
            return Message("rule.mandatoryTestsFailed", tests.joined(separator: String(Message.listSeparator)))
                .text(in: language, catalog: catalog)
        }
    }
}
