import RefurbCore

/// One thing the probe could not read or does not trust, and why. Kept as a catalog key and arguments
/// so that the technician reads it in French or English and the office can translate it later.
public struct ProbeWarning: Codable, Hashable, Sendable {
    public let area: ProbeArea
    public let message: Message

    public init(_ area: ProbeArea, _ key: String, _ arguments: String...) {
        self.area = area
        self.message = Message(key: key, arguments: arguments)
    }

    public init(area: ProbeArea, message: Message) {
        self.area = area
        self.message = message
    }

    public var key: String { message.key }

    public func text(in language: Language) -> String {
        message.text(in: language, catalog: .diagnostics)
    }

    // Flat JSON: {"area": "smbios", "key": "…", "arguments": […], "text": "…"}. The English text is
    // redundant with key and arguments but makes a saved report readable without the catalog.
    private enum CodingKeys: String, CodingKey {
        case area, key, arguments, text
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        area = try container.decode(ProbeArea.self, forKey: .area)
        message = Message(
            key: try container.decode(String.self, forKey: .key),
            arguments: try container.decodeIfPresent([String].self, forKey: .arguments) ?? []
        )
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(area, forKey: .area)
        try container.encode(message.key, forKey: .key)
        try container.encode(message.arguments, forKey: .arguments)
        try container.encode(text(in: .en), forKey: .text)
    }
}
