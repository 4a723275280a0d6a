import RefurbCore

/// A mistake in a template file: which file, which element (when the mistake is in one), and what is wrong.
public struct LabelTemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    public let file: String
    /// The element's id, or "#3" (its position) when it has no usable id; nil for the template as a whole.
    public let element: String?
    public let problem: Message

    public init(file: String, element: String?, problem: Message) {
        self.file = file
        self.element = element
        self.problem = problem
    }

    public func text(in language: Language) -> String {
        let problemText = problem.text(in: language, catalog: .labels)
        if let element {
            return Message("labels.template.errorInElement", file, element, problemText).text(in: language, catalog: .labels)
        }
        return Message("labels.template.error", file, problemText).text(in: language, catalog: .labels)
    }

    public var description: String { text(in: .fallback) }
}
