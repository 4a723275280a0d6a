/// Checks a JSON document against a JSON Schema (2020-12), for the keywords Refurb's own schemas use
/// (Schemas/*.schema.json): `$ref` to `$defs`, `type`, `const`, `enum`, `required`, `properties`,
/// `additionalProperties` (false or a schema), `items`, `minimum`/`maximum`, `minLength`/`maxLength` (counted
/// in Unicode scalars, as the standard counts), `pattern`, `minItems`/`maxItems`, `allOf` and
/// `if`/`then`/`else`. Other keywords (`format`, annotations) are not checked.
///
/// The service checks what a station submits with it, so that what it stores and serves back is what the
/// schema promises; the tests check what the probe writes.
public struct JSONSchemaValidator: Sendable {
    /// One place where a document breaks the schema.
    public struct Violation: Hashable, Sendable, CustomStringConvertible {
        /// Where, from the document's root: `$.system.serialNumber`, `$.storage[2].smart`.
        public let path: String
        /// The keyword broken: `minLength`, `required`, `additionalProperties`…
        public let keyword: String
        /// What is wrong, for logs and tests (English, technical).
        public let detail: String

        public var description: String { "\(path): \(detail)" }
    }

    public let schema: JSONValue

    public init(schema: JSONValue) {
        self.schema = schema
    }

    /// Every violation in `document`, in document order; empty when it follows the schema.
    public func violations(in document: JSONValue) -> [Violation] {
        var found: [Violation] = []
        validate(document, against: schema, path: "$", into: &found)
        return found
    }

    private func resolve(_ node: JSONValue) -> JSONValue {
        guard let reference = node["$ref"]?.string, reference.hasPrefix("#/$defs/"),
              case .object(var resolved) = schema["$defs", String(reference.dropFirst("#/$defs/".count))] ?? .null,
              case .object(let members) = node
        else { return node }
        for (key, value) in members where key != "$ref" { resolved[key] = value }
        return resolve(.object(resolved))
    }

    private func validate(_ value: JSONValue, against rawNode: JSONValue, path: String, into found: inout [Violation]) {
        let node = resolve(rawNode)
        func add(_ keyword: String, _ detail: String) {
            found.append(Violation(path: path, keyword: keyword, detail: detail))
        }
        if let constant = node["const"], !Self.same(value, constant) { add("const", "expected \(constant)") }
        if let choices = node["enum"]?.array, !choices.isEmpty, !choices.contains(where: { Self.same(value, $0) }) {
            add("enum", "\(value) is not one of the allowed values")
        }
        if let type = node["type"], !Self.matches(value, type: type) {
            let expected = type.string ?? type.array.compactMap(\.string).joined(separator: " or ")
            add("type", "expected \(expected), got \(value.typeName)")
            return
        }
        if let number = value.number {
            if let minimum = node["minimum"]?.number, number < minimum { add("minimum", "\(number) is below \(minimum)") }
            if let maximum = node["maximum"]?.number, number > maximum { add("maximum", "\(number) is above \(maximum)") }
        }
        if case .string(let text) = value {
            let length = text.unicodeScalars.count
            if let minimum = node["minLength"]?.int, length < minimum { add("minLength", "shorter than \(minimum)") }
            if let maximum = node["maxLength"]?.int, length > maximum { add("maxLength", "longer than \(maximum)") }
            if let pattern = node["pattern"]?.string, !Self.matches(text, pattern: pattern) {
                add("pattern", "does not match \(pattern)")
            }
        }
        if case .object(let members) = value {
            for required in node["required"]?.array.compactMap(\.string) ?? [] where members[required] == nil {
                add("required", "\(required) is missing")
            }
            for key in members.keys.sorted() {
                guard let member = members[key] else { continue }
                if let propertySchema = node["properties", key] {
                    validate(member, against: propertySchema, path: path + "." + key, into: &found)
                } else if let additional = node["additionalProperties"] {
                    if additional.bool == false {
                        add("additionalProperties", "\(key) is not in the schema")
                    } else if case .object = additional {
                        validate(member, against: additional, path: path + "." + key, into: &found)
                    }
                }
            }
        }
        if case .array(let elements) = value {
            if let minimum = node["minItems"]?.int, elements.count < minimum { add("minItems", "fewer than \(minimum) items") }
            if let maximum = node["maxItems"]?.int, elements.count > maximum { add("maxItems", "more than \(maximum) items") }
            if let items = node["items"] {
                for (index, element) in elements.enumerated() {
                    validate(element, against: items, path: "\(path)[\(index)]", into: &found)
                }
            }
        }
        for part in node["allOf"]?.array ?? [] {
            validate(value, against: part, path: path, into: &found)
        }
        if let condition = node["if"] {
            var ignored: [Violation] = []
            validate(value, against: condition, path: path, into: &ignored)
            if let branch = ignored.isEmpty ? node["then"] : node["else"] {
                validate(value, against: branch, path: path, into: &found)
            }
        }
    }

    private static func matches(_ value: JSONValue, type: JSONValue) -> Bool {
        if case .array(let types) = type { return types.contains { matches(value, type: $0) } }
        guard let name = type.string else { return true }
        switch (name, value) {
        case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("integer", .integer),
             ("null", .null), ("number", .integer), ("number", .double):
            return true
        case ("integer", .double(let number)):
            // JSON Schema counts 2.0 as an integer.
            return number == number.rounded()
        case ("object", _), ("array", _), ("string", _), ("boolean", _), ("integer", _), ("number", _), ("null", _):
            return false
        default:
            return true
        }
    }

    /// `pattern` as the standard reads it: found anywhere in the text unless anchored. A pattern Swift cannot
    /// read is taken as matching, as an unknown keyword is.
    private static func matches(_ text: String, pattern: String) -> Bool {
        guard let regex = try? Regex(pattern) else { return true }
        return text.contains(regex)
    }

    private static func same(_ left: JSONValue, _ right: JSONValue) -> Bool {
        if let left = left.number, let right = right.number { return left == right }
        return left == right
    }
}
