import Foundation
import RefurbCore
@testable import Diagnostics

/// Checks a JSON document against a schema file with RefurbCore's `JSONSchemaValidator`, the one the service
/// checks submitted reports with: enough to catch a report field the schema does not describe, or a schema
/// promise the report breaks.
struct MiniSchemaValidator {
    let validator: JSONSchemaValidator

    init(schemaPath: String) throws {
        validator = JSONSchemaValidator(schema: try JSONParser.parse(Array(Data(contentsOf: URL(fileURLWithPath: schemaPath)))))
    }

    func errors(in data: Data) throws -> [String] {
        validator.violations(in: try JSONParser.parse(Array(data))).map(\.description)
    }
}
