/// Something to tell a person, kept as a catalog key and its arguments so that it can be shown in
/// whatever language the person reads. Arguments fill `{0}`, `{1}`, … in the catalog's text.
public struct Message: Hashable, Codable, Sendable, CustomStringConvertible {
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

    public func text(in language: Language, catalog: MessageCatalog = .core) -> String {
        catalog.text(for: self, in: language)
    }

    public var description: String { text(in: .fallback) }

    /// Separates the items of one argument read as a list (`{n:tests}`): a character no one types.
    public static let listSeparator: Character = "\u{1F}"
}
