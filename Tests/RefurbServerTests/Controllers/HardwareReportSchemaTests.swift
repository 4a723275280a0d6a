import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import RefurbCore
@testable import RefurbServer
import RefurbStore
import Testing

/// The service checks submitted reports against Schemas/hardware-report.schema.json, through a copy compiled into
/// it (HardwareReportSchema.swift): the copy must be the file, and a report that breaks the schema is refused.
@Suite("Hardware report schema in the service")
struct HardwareReportSchemaTests {
    static let schemaURL = URL(fileURLWithPath: TestWorkshop.repositoryRoot + "/Schemas/hardware-report.schema.json")
    static let sourceURL = URL(fileURLWithPath: TestWorkshop.repositoryRoot + "/Sources/RefurbServer/Controllers/HardwareReportSchema.swift")

    /// HardwareReportSchema.swift as it must read for `schema` (the file's text).
    static func swiftSource(for schema: String) -> String {
        var lines = schema.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while lines.last == "" { lines.removeLast() }
        let body = lines.map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
        return """
        // Generated from Schemas/hardware-report.schema.json: edit that file, then refresh this one with
        // REFURB_UPDATE_SCHEMA=1 swift test --skip-build --filter HardwareReportSchemaTests (which also checks they agree).
        import RefurbCore

        /// Schemas/hardware-report.schema.json, which a submitted report must follow: the service stores the report as
        /// sent and serves it back, so it accepts only what the schema (and so Schemas/openapi.yaml) promises.
        enum HardwareReportSchema {
            static let validator = JSONSchemaValidator(schema: (try? JSONParser.parse(Array(text.utf8))) ?? .object([:]))

            static let text = ##\"\"\"
        \(body)
            \"\"\"##
        }

        """
    }

    @Test("the compiled copy is Schemas/hardware-report.schema.json (REFURB_UPDATE_SCHEMA=1 rewrites it)")
    func copyIsTheFile() throws {
        let file = try String(contentsOf: Self.schemaURL, encoding: .utf8)
        let expected = Self.swiftSource(for: file)
        if ProcessInfo.processInfo.environment["REFURB_UPDATE_SCHEMA"] == "1" {
            try expected.write(to: Self.sourceURL, atomically: true, encoding: .utf8)
        }
        let source = try String(contentsOf: Self.sourceURL, encoding: .utf8)
        #expect(source == expected, """
            Sources/RefurbServer/Controllers/HardwareReportSchema.swift is not Schemas/hardware-report.schema.json: \
            rebuild after REFURB_UPDATE_SCHEMA=1 swift test --skip-build --filter HardwareReportSchemaTests
            """)
        #expect(try JSONParser.parse(Array(HardwareReportSchema.text.utf8)) == JSONParser.parse(Array(file.utf8)))
    }

    static func text(_ object: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    @Test("the probe's own report follows it; one that breaks it is a 400 naming the place, and nothing is recorded")
    func reportsAreChecked() async throws {
        #expect(HardwareReportSchema.validator.violations(in: try JSONParser.parse(Array(LaptopReport.json))) == [])

        let workshop = try TestWorkshop()
        let actor = Actor(user: "test", station: "setup")
        let lot = try workshop.database.openLot(try LotInput(donorName: "Mairie"), receivedOn: "2026-11-28", actor: actor, at: Date())
        let device = try workshop.database.intake(try IntakeInput(lot: lot.code.text, category: "laptop"), actor: actor, at: Date())
        let laptop = try #require(try JSONSerialization.jsonObject(with: LaptopReport.json) as? [String: Any])
        var emptySerial = laptop
        var system = try #require(laptop["system"] as? [String: Any])
        system["serialNumber"] = ""
        emptySerial["system"] = system
        var unknownField = laptop
        unknownField["surprise"] = true
        let refusals = [(try Self.text(emptySerial), "$.system.serialNumber", "minLength"),
                        (try Self.text(unknownField), "$", "additionalProperties")]
        try await workshop.application.test(.router) { client in
            let path = "/api/devices/\(device.assetTag.text)/diagnostics"
            for (body, place, keyword) in refusals {
                let refused = try await client.call(.post, path + "?lang=en", as: .technician, in: workshop, json: body)
                #expect(refused.status == .badRequest, "\(refused.json)")
                let detail = try #require(refused.json["detail"] as? String)
                #expect(detail.contains("\(place) breaks “\(keyword)”"), "\(detail)")
            }
            #expect(try await client.call(.get, path, as: .technician, in: workshop).status == .notFound)

            let accepted = try await client.call(.post, path, as: .technician, in: workshop,
                                                 json: String(decoding: LaptopReport.json, as: UTF8.self))
            #expect(accepted.status == .created, "\(accepted.json)")
        }
    }
}
