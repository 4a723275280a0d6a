import Foundation
import RefurbCore
@testable import Diagnostics

/// Checks a JSON document against the subset of JSON Schema (2020-12) that
/// Schemas/hardware-report.schema.json uses: $ref to $defs, type, const, enum, required, properties,
/// additionalProperties: false, items, minimum/maximum, minLength/maxLength and pattern. Enough to
/// catch a report field the schema does not describe, or a schema promise the report breaks.
struct MiniSchemaValidator {
    let schema: JSONValue

    init(schemaPath: String) throws {
        schema = try JSONParser.parse(Array(Data(contentsOf: URL(fileURLWithPath: schemaPath))))
    }

    func errors(in data: Data) throws -> [String] {
        let document = try JSONParser.parse(Array(data))
        var errors: [String] = []
        validate(document, against: schema, path: "$", errors: &errors)
        return errors
    }

    private func resolve(_ node: JSONValue) -> JSONValue {
        guard let reference = node["$ref"]?.string, reference.hasPrefix("#/$defs/"),
              case .object(var resolved) = schema["$defs", String(reference.dropFirst("#/$defs/".count))] ?? .null,
              case .object(let members) = node
        else { return node }
        for (key, value) in members where key != "$ref" { resolved[key] = value }
        return resolve(.object(resolved))
    }

    private func validate(_ value: JSONValue, against rawNode: JSONValue, path: String, errors: inout [String]) {
        let node = resolve(rawNode)
        if let constant = node["const"], !same(value, constant) { errors.append("\(path): expected \(constant)") }
        if let choices = node["enum"]?.array, !choices.isEmpty, !choices.contains(where: { same(value, $0) }) {
            errors.append("\(path): \(value) not in the enum")
        }
        if let type = node["type"]?.string, !matches(value, type: type) {
            errors.append("\(path): expected \(type), got \(value)")
            return
        }
        if let number = numeric(value) {
            if let minimum = node["minimum"].flatMap(numeric), number < minimum { errors.append("\(path): \(number) < \(minimum)") }
            if let maximum = node["maximum"].flatMap(numeric), number > maximum { errors.append("\(path): \(number) > \(maximum)") }
        }
        if case .string(let text) = value {
            if let minimum = node["minLength"]?.int, text.count < minimum { errors.append("\(path): shorter than \(minimum)") }
            if let maximum = node["maxLength"]?.int, text.count > maximum { errors.append("\(path): longer than \(maximum)") }
            if let pattern = node["pattern"]?.string, text.range(of: pattern, options: .regularExpression) == nil {
                errors.append("\(path): \"\(text)\" does not match \(pattern)")
            }
        }
        if case .object(let members) = value {
            for required in node["required"]?.array.compactMap(\.string) ?? [] where members[required] == nil {
                errors.append("\(path): missing \(required)")
            }
            for (key, member) in members {
                if let propertySchema = node["properties", key] {
                    validate(member, against: propertySchema, path: path + "." + key, errors: &errors)
                } else if node["additionalProperties"]?.bool == false {
                    errors.append("\(path): \(key) is not in the schema")
                }
            }
        }
        if case .array(let elements) = value, let items = node["items"] {
            for (index, element) in elements.enumerated() {
                validate(element, against: items, path: "\(path)[\(index)]", errors: &errors)
            }
        }
    }

    private func matches(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("integer", .integer): true
        case ("integer", .double(let number)): number == number.rounded()
        case ("number", .integer), ("number", .double): true
        case ("object", _), ("array", _), ("string", _), ("boolean", _), ("integer", _), ("number", _): false
        default: true
        }
    }

    private func numeric(_ value: JSONValue) -> Double? {
        switch value {
        case .integer(let number): Double(number)
        case .double(let number): number
        default: nil
        }
    }

    private func same(_ left: JSONValue, _ right: JSONValue) -> Bool {
        if let left = numeric(left), let right = numeric(right) { return left == right }
        return left == right
    }
}
