import Foundation
import RefurbCore
import Testing

/// `SortedKeysJSONEncoder` must write what `JSONEncoder` writes with sorted keys, unescaped slashes and ISO 8601
/// dates: these compare the two on every shape Codable can produce.
@Suite("SortedKeysJSONEncoder writes JSONEncoder's bytes")
struct SortedKeysJSONEncoderTests {
    private struct Inner: Codable {
        var b = "x"
        var a = [1, 2]
        var empty: [String] = []
        var emptyObject: [String: Int] = [:]
        var numbered: [Int: String] = [10: "ten", 9: "nine"]
    }

    private enum Kind: String, Codable { case laptop, desktop }

    /// Encodes nothing at all: JSONEncoder writes an empty object for it.
    private struct Silent: Codable {
        func encode(to encoder: any Encoder) throws {}
        init() {}
        init(from decoder: any Decoder) throws {}
    }

    /// Writes through every kind of container, twice into one key, and through a nested and a super encoder.
    private struct Handmade: Encodable {
        enum Keys: String, CodingKey { case first, nested, list, replaced, parent = "super", child }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(Int8(-8), forKey: .first)
            try container.encode("old", forKey: .replaced)
            try container.encode("new", forKey: .replaced)
            var nested = container.nestedContainer(keyedBy: Keys.self, forKey: .nested)
            try nested.encode(UInt16(16), forKey: .first)
            try nested.encodeNil(forKey: .list)
            var list = container.nestedUnkeyedContainer(forKey: .list)
            try list.encode(true)
            try list.encodeNil()
            try list.encode(Float(0.25))
            var inner = list.nestedContainer(keyedBy: Keys.self)
            try inner.encode(false, forKey: .first)
            var innerList = list.nestedUnkeyedContainer()
            try innerList.encode(UInt64.max)
            try Inner().encode(to: container.superEncoder())
            try Kind.laptop.encode(to: container.superEncoder(forKey: .child))
        }
    }

    private struct Everything: Encodable {
        var aB = 1, aa = 2, a10 = 3, a9 = 4, A = 5, a_b = 6, Z = 7
        var whole: Double = 1.0, tenth = 0.1, tiny = 1e-5, huge = 1e16, eighths = 123_456_789.125, negativeZero = -0.0
        var single: Float = 3.3
        var text = "q\"\\/ \u{1}\u{1f}\u{7f}\t\n\r\u{8}\u{c} é € \u{2028} 😀 ça"
        var date = Date(timeIntervalSince1970: 1_796_681_463.987)
        var beforeEpoch = Date(timeIntervalSince1970: -1.5)
        var leapDay = Date(timeIntervalSince1970: 951_782_400) // 2000-02-29
        var inner = Inner()
        var none: Int? = nil
        var some: Int? = 0
        var big: UInt64 = .max, small: Int64 = .min, byte: UInt8 = 255
        var nested: [[Int]] = [[], [1]]
        var kinds: [Kind] = [.laptop, .desktop]
        var silent = Silent()
        var handmade = Handmade()
        var dates = [Date(timeIntervalSince1970: 0)]
        var optionals: [Int?] = [nil, 1]
    }

    private func plain<T: Encodable>(_ value: T, pretty: Bool) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return Array(try encoder.encode(value))
    }

    @Test("every shape, pretty and compact")
    func everyShape() throws {
        for pretty in [true, false] {
            let fast = try SortedKeysJSONEncoder(pretty: pretty).encode(Everything())
            #expect(fast == (try plain(Everything(), pretty: pretty)), "\(String(decoding: fast, as: UTF8.self))")
        }
    }

    @Test("values at the top level: a string, a number, an array, a date")
    func topLevelValues() throws {
        for pretty in [true, false] {
            let encoder = SortedKeysJSONEncoder(pretty: pretty)
            #expect(try encoder.encode("a/b") == (try plain("a/b", pretty: pretty)))
            #expect(try encoder.encode(2.5) == (try plain(2.5, pretty: pretty)))
            #expect(try encoder.encode([[String: Int]]()) == (try plain([[String: Int]](), pretty: pretty)))
            #expect(try encoder.encode(Date(timeIntervalSince1970: 86_399)) == (try plain(Date(timeIntervalSince1970: 86_399), pretty: pretty)))
        }
    }

    @Test("a number JSON cannot say is refused, as JSONEncoder refuses it")
    func nonFiniteNumbers() {
        #expect(throws: EncodingError.self) { try SortedKeysJSONEncoder().encode(["x": Double.nan]) }
        #expect(throws: EncodingError.self) { try SortedKeysJSONEncoder().encode([Float.infinity]) }
        #expect(throws: EncodingError.self) { try SortedKeysJSONEncoder().encode(Silent()) }
    }
}
