/// The identifier people see, stick on the device and scan: `R`, a sequence number of at least six
/// digits, and a check character, e.g. `R000042T`. The check character makes a mistyped or misread tag
/// invalid instead of pointing at another device.
public struct AssetTag: Hashable, Codable, Sendable, Comparable, CustomStringConvertible {
    public static let prefix: Character = "R"
    static let minimumDigits = 6

    public let text: String

    /// The tag for a sequence number, or nil when its check character would be `*`: those numbers are
    /// skipped so that every tag stays plain letters and digits, easy to read aloud and to type.
    public init?(sequence: Int) {
        guard sequence > 0 else { return nil }
        var digits = String(sequence)
        if digits.count < Self.minimumDigits {
            digits = String(repeating: "0", count: Self.minimumDigits - digits.count) + digits
        }
        let payload = String(Self.prefix) + digits
        guard let check = CheckCharacter.compute(for: payload), check != "*" else { return nil }
        text = payload + String(check)
    }

    /// Reads a scanned or typed tag. Case, spaces and dashes are forgiven; anything else that is wrong
    /// is refused with the reason.
    public init(parsing input: String) throws(IdentifierError) {
        let normalized = Self.normalized(input)
        guard Self.hasTagShape(normalized) else { throw .notAnAssetTag(input) }
        guard CheckCharacter.isValid(normalized) else { throw .assetTagCheckFailed(input) }
        text = normalized
    }

    /// True when the input looks like an asset tag at all (prefix and digits), valid or not: used to
    /// tell "mistyped tag" from "this is a serial number" when resolving a scan.
    public static func looksLikeAssetTag(_ input: String) -> Bool {
        hasTagShape(normalized(input))
    }

    /// Upper case, without the spaces and dashes people and scanners add.
    static func normalized(_ input: String) -> String {
        // A scanner sends the tag as printed: nothing to change, and no need to walk it character by character.
        if input.utf8.allSatisfy({ CheckCharacter.value(of: $0).map { $0 < 36 } ?? false }) { return input }
        return String(input.uppercased().filter { $0 != " " && $0 != "-" && $0 != "\t" })
    }

    /// `R`, at least six ASCII digits, and one more character of any kind: the check, which may be
    /// mistyped (`é` for `2` on a French keyboard) and is then refused as such, not taken for a serial.
    /// The body before it is read byte by byte.
    static func hasTagShape(_ normalized: String) -> Bool {
        let body = normalized.dropLast().utf8
        return body.first == UInt8(ascii: "R")
            && body.count >= minimumDigits + 1
            && body.dropFirst().allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    public var sequence: Int { Int(text.dropFirst().dropLast()) ?? 0 }

    public var description: String { text }

    public static func < (lhs: AssetTag, rhs: AssetTag) -> Bool { lhs.sequence < rhs.sequence }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        do {
            self = try AssetTag(parsing: raw)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "invalid asset tag \(raw)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
