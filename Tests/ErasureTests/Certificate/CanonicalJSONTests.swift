import Erasure
import Foundation
import Testing

@Suite struct CanonicalJSONTests {
    @Test func sortedCompactAndMinimallyEscaped() throws {
        let value = try StrictJSONParser.parse(Array(#"{ "b" : [1, -2, true, null], "a" : "é\"\\\n\u0001/" }"#.utf8))
        #expect(String(decoding: CanonicalJSON.encode(value), as: UTF8.self) == #"{"a":"é\"\\\n\u0001/","b":[1,-2,true,null]}"#)
    }

    @Test func strictParserRefusesAmbiguity() throws {
        for bad in [#"{"a":1,"a":2}"#, "[1.0]", "[1e3]", "[01]", "[-0]", #"["\ud800"]"#, "[1] x", #"{"a":1,}"#, "[\"\u{01}\"]", "[\"\\x\"]"] {
            #expect(throws: StrictJSONParser.Failure.self, "\(bad)") { try StrictJSONParser.parse(Array(bad.utf8)) }
        }
        #expect(try StrictJSONParser.parse(Array(#"["\ud83d\ude00"]"#.utf8)) == .array([.string("😀")]))
    }
}
