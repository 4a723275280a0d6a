/// A manufacturer's serial number, as scanned from its sticker. Two serials that differ only by case
/// or spacing are the same serial: `key` is what duplicates are detected on.
public struct SerialNumber: Hashable, Codable, Sendable, CustomStringConvertible {
    public static let maximumLength = 64

    /// As scanned, trimmed.
    public let text: String

    /// Upper-cased, without spaces: the form compared for duplicates.
    public var key: String { Self.key(for: text) }

    /// Nil for an empty scan (a device without a serial is allowed). Refuses what a scanner can send by
    /// mistake: control characters, or something too long to be a serial; and the invisible characters
    /// of a pasted text, named (`InvisibleCharacter`).
    public init?(scanned input: String) throws(IdentifierError) {
        let trimmed = input.trimmingSpaces()
        guard !trimmed.isEmpty else { return nil }
        guard !trimmed.containsControlCharacters else { throw .serialHasControlCharacters }
        if let invisible = InvisibleCharacter.first(in: trimmed) { throw .invisibleCharacter(invisible) }
        guard trimmed.count <= Self.maximumLength else { throw .serialTooLong(Self.maximumLength) }
        text = trimmed
    }

    public init(trusted text: String) {
        self.text = text
    }

    public static func key(for text: String) -> String {
        String(text.uppercased().filter { $0 != " " && $0 != "\t" })
    }

    public var description: String { text }

    public init(from decoder: any Decoder) throws {
        text = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
