import Testing
@testable import RefurbCore

@Suite("JSON Schema validator")
struct JSONSchemaValidatorTests {
    static let schema = #"""
    {
      "type": "object",
      "additionalProperties": false,
      "required": ["serial", "slots"],
      "properties": {
        "serial": {"$ref": "#/$defs/text"},
        "mac": {"type": "string", "pattern": "^([0-9a-f]{2}:){5}[0-9a-f]{2}$"},
        "slots": {"type": "array", "maxItems": 2, "items": {"$ref": "#/$defs/count"}},
        "kind": {"enum": ["wired", "wireless"]},
        "note": {"type": ["string", "null"], "maxLength": 3},
        "extra": {"type": "object", "additionalProperties": {"type": "integer"}}
      },
      "if": {"required": ["kind"], "properties": {"kind": {"const": "wireless"}}},
      "then": {"required": ["mac"]},
      "$defs": {
        "text": {"type": "string", "minLength": 1},
        "count": {"type": "integer", "minimum": 0, "maximum": 9223372036854775807}
      }
    }
    """#

    func violations(_ json: String) throws -> [String] {
        let validator = JSONSchemaValidator(schema: try JSONParser.parse(Array(Self.schema.utf8)))
        return validator.violations(in: try JSONParser.parse(Array(json.utf8))).map(\.description)
    }

    @Test("a document that follows the schema has no violation; 2.0 is an integer, null is allowed where typed")
    func valid() throws {
        #expect(try violations(#"{"serial": "5CG7", "slots": [0, 2.0], "kind": "wired", "note": null, "extra": {"a": 1}}"#) == [])
        #expect(try violations(#"{"serial": "5CG7", "slots": [], "kind": "wireless", "mac": "68:3d:f3:8a:80:8c"}"#) == [])
    }

    @Test("each keyword is checked and names the place")
    func violationsNamed() throws {
        #expect(try violations(#"{"serial": "", "slots": [-1, 1.5, 3]}"#)
            == ["$.serial: shorter than 1", "$.slots: more than 2 items", "$.slots[0]: -1.0 is below 0.0",
                "$.slots[1]: expected integer, got number"])
        #expect(try violations(#"{"slots": [], "surprise": true}"#) == ["$: serial is missing", "$: surprise is not in the schema"])
        #expect(try violations(#"{"serial": "x", "slots": [], "kind": "wireless"}"#) == ["$: mac is missing"])
        #expect(try violations(#"{"serial": "x", "slots": [], "mac": "68-3d"}"#) == [#"$.mac: does not match ^([0-9a-f]{2}:){5}[0-9a-f]{2}$"#])
        #expect(try violations(#"{"serial": "x", "slots": [], "note": "abcd", "extra": {"a": "b"}}"#)
            == ["$.extra.a: expected integer, got string", "$.note: longer than 3"])
        #expect(try violations(#"{"serial": "x", "slots": [], "kind": "fibre"}"#).count == 1)
    }

    @Test("lengths count Unicode scalars, as the standard does")
    func lengthsInScalars() throws {
        #expect(try violations(#"{"serial": "x", "slots": [], "note": "e\u0301e"}"#) == [])
        #expect(try violations(#"{"serial": "x", "slots": [], "note": "e\u0301e\u0301"}"#) == ["$.note: longer than 3"])
    }
}
