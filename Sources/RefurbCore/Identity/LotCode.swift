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
