import RefurbCore

/// A printing failure told to a person: what happened and what to do, as catalog messages.
/// `kind` separates bad requests (exit code 2) from refusals and printer failures (exit code 1).
public struct PrintingError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The request itself is wrong (bad URI, unknown file): exit code 2.
        case badRequest
        /// Refurb chose not to print: the printer is not ready or holds the wrong media. Exit code 1.
        case refusal
        /// The printer or the link failed while talking. Exit code 1.
        case communication
    }

    public let message: Message
    /// Further reasons, each shown on its own line under `message` (several printer errors at once).
    public let details: [Message]
    public let kind: Kind

    public init(_ message: Message, details: [Message] = [], kind: Kind = .badRequest) {
        self.message = message
        self.details = details
        self.kind = kind
    }

    /// One problem alone is the message; several are listed under `heading`.
    public init(problems: [Message], heading: Message, kind: Kind) {
        if problems.count == 1 {
            self.init(problems[0], kind: kind)
        } else {
            self.init(heading, details: problems, kind: kind)
        }
    }

    public func text(in language: Language) -> String {
        let catalog = MessageCatalog.printing
        let lines = [message.text(in: language, catalog: catalog)]
            + details.map { "  - " + $0.text(in: language, catalog: catalog) }
        return lines.joined(separator: "\n")
    }

    public var description: String { text(in: .fallback) }
}
