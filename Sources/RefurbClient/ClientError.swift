/// A failure told to a person, in French and in English. `key` and `arguments` name the sentence in
/// `ClientMessages`, so that callers and tests can tell errors apart without comparing prose.
public struct ClientError: Error, Sendable, Equatable, CustomStringConvertible {
    public let key: String
    public let arguments: [String]

    public init(_ key: String, _ arguments: String...) {
        self.key = key
        self.arguments = arguments
    }

    public init(key: String, arguments: [String]) {
        self.key = key
        self.arguments = arguments
    }

    public var french: String { text(language: "fr") }
    public var english: String { text(language: "en") }

    public func text(language: String) -> String {
        ClientMessages.text(key, language: language, arguments: arguments)
    }

    public var description: String { french }
}
