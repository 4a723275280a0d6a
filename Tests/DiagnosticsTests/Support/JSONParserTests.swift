import Foundation
import Testing
@testable import Diagnostics
import RefurbCore

@Suite("JSON parser")
struct JSONParserTests {
    private func parse(_ text: String) throws -> JSONValue {
        try JSONParser.parse(Array(text.utf8))
    }

    @Test("values, escapes, surrogate pairs and big numbers")
    func values() throws {
        let value = try parse(#" {"a": [1, -2, 3.5, 1e3, true, false, null], "s": "t\u00e9st \"q\" \ud83d\ude00\n", "big": 340282366920938463463374607431768211455} "#)
        #expect(value["a"] == .array([.integer(1), .integer(-2), .double(3.5), .double(1000), .bool(true), .bool(false), .null]))
        #expect(value["s"]?.string == "tést \"q\" 😀\n")
        #expect(value["big"]?.uint64 == nil) // beyond UInt64: a Double, too large to count with
        if case .double = value["big"] {} else { Issue.record("expected a double") }
        #expect(try parse("[]") == .array([]))
        #expect(try parse("{}") == .object([:]))
        #expect(try parse(#""\ud800x""#).string == "\u{FFFD}x")
    }

    @Test("malformed JSON is refused with its position", arguments: [
        "", " ", "{", "[1,", "[1 2]", "{\"a\" 1}", "{\"a\":}", "tru", "nul", "01x", "1.2.3", "--1", "\"abc", "\"\\x\"", "\"\u{01}\"",
        "[1]x", "{\"a\":1,}", "1e400",
    ])
    func malformed(text: String) {
        #expect(throws: JSONParser.SyntaxError.self) { try parse(text) }
    }

    @Test("deep nesting is refused instead of overflowing the stack")
    func depth() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONParser.SyntaxError.self) { try parse(deep) }
        let fine = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        _ = try parse(fine)
    }

    @Test("agrees with Foundation's JSONSerialization on every corpus file")
    func corpus() throws {
        for file in TestPaths.corpusFiles("smartctl", suffix: ".json") {
            let data = try Data(contentsOf: URL(fileURLWithPath: file))
            let ours = try JSONParser.parse(Array(data))
            let theirs = try JSONSerialization.jsonObject(with: data)
            #expect(same(ours, theirs), "\(file)")
        }
    }

    private func same(_ value: JSONValue, _ other: Any) -> Bool {
        switch value {
        case .object(let members):
            guard let dictionary = other as? [String: Any], dictionary.count == members.count else { return false }
            return members.allSatisfy { key, member in dictionary[key].map { same(member, $0) } ?? false }
        case .array(let elements):
            guard let array = other as? [Any], array.count == elements.count else { return false }
            return zip(elements, array).allSatisfy { same($0, $1) }
        case .string(let text): return other as? String == text
        case .integer(let number): return (other as? NSNumber)?.int64Value == number
        case .double(let number): return (other as? NSNumber).map { abs($0.doubleValue - number) <= abs(number) * 1e-12 } ?? false
        case .bool(let flag): return (other as? NSNumber)?.boolValue == flag
        case .null: return other is NSNull
        }
    }
}
