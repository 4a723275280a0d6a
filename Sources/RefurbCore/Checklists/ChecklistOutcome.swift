/// What a technician found when testing one function: it works, it does not, or the device has no such
/// function (a desktop has no battery). The raw value is what the API, the forms and the record use.
public enum ChecklistOutcome: String, Hashable, Codable, CaseIterable, Sendable {
    case pass
    case fail
    case notApplicable = "not-applicable"

    public var label: Message { Message("checklist.outcome.\(rawValue)") }
}
