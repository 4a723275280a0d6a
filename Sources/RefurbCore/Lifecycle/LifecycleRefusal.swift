/// A stage move refused by the rules, carrying every rule it breaks.
public struct LifecycleRefusal: Error, Hashable, Sendable {
    public let from: Stage
    public let to: Stage
    public let rules: [LifecycleRule]

    public init(from: Stage, to: Stage, rules: [LifecycleRule]) {
        self.from = from
        self.to = to
        self.rules = rules
    }

    public func message(in language: Language, catalog: MessageCatalog = .core) -> String {
        rules.map { $0.message(in: language, catalog: catalog) }.joined(separator: "\n")
    }
}
