/// The code of a collection batch: `LOT-`, the year it arrived, and a number within that year,
/// e.g. `LOT-2026-0007`. Its shape never overlaps an asset tag, so a scan can tell them apart.
public struct LotCode: Hashable, Codable, Sendable, CustomStringConvertible {
    public static let prefix = "LOT-"

    public let text: String

    public init(year: Int, number: Int) {
        let digits = String(number)
        let padded = digits.count < 4 ? String(repeating: "0", count: 4 - digits.count) + digits : digits
        text = "\(Self.prefix)\(year)-\(padded)"
    }

    public init(parsing input: String) throws(IdentifierError) {
        if let (year, number) = Self.canonicalParts(input) {
            self.init(year: year, number: number)
            return
        }
        let normalized = input.trimmingSpaces().uppercased()
        let parts = normalized.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "LOT",
              parts[1].count == 4, parts[1].allSatisfy({ $0.isASCII && $0.isNumber }),
              !parts[2].isEmpty, parts[2].allSatisfy({ $0.isASCII && $0.isNumber }),
              let year = Int(parts[1]), let number = Int(parts[2]) else {
            throw .notALotCode(input)
        }
        self.init(year: year, number: number)
    }

    /// The year and number of a code written exactly as Refurb writes it (`LOT-2026-0007`), read byte by
    /// byte: what the database holds and scanners send. Anything else takes the forgiving path.
    private static func canonicalParts(_ input: String) -> (Int, Int)? {
        let bytes = Array(input.utf8)
        guard bytes.count >= 10, bytes.count <= 27, bytes[0] == UInt8(ascii: "L"), bytes[1] == UInt8(ascii: "O"),
              bytes[2] == UInt8(ascii: "T"), bytes[3] == UInt8(ascii: "-"), bytes[8] == UInt8(ascii: "-") else { return nil }
        func number(_ digits: ArraySlice<UInt8>) -> Int? {
            var value = 0
            for byte in digits {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(bytes[4..<8]), let serial = number(bytes[9...]) else { return nil }
        return (year, serial)
    }

    public static func looksLikeLotCode(_ input: String) -> Bool {
        input.trimmingSpaces().uppercased().hasPrefix(prefix)
    }

    public var year: Int { Int(text.split(separator: "-")[1]) ?? 0 }
    public var number: Int { Int(text.split(separator: "-")[2]) ?? 0 }

    public var description: String { text }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        do {
            self = try LotCode(parsing: raw)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "invalid lot code \(raw)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
