import RefurbCore

/// A label that cannot be made as asked: a missing field, a barcode that does not fit, a printer
/// model that does not take the template's roll. Always bad input (exit code 2): nothing was printed.
public struct LabelError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: Message

    public init(_ message: Message) {
        self.message = message
    }

    public func text(in language: Language) -> String {
        message.text(in: language, catalog: .labels)
    }

    public var description: String { text(in: .fallback) }
}
