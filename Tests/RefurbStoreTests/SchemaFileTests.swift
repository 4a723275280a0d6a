import Foundation
import Testing
@testable import RefurbStore

/// `Schemas/schema.sql` documents the schema as the migrations leave it. To update it after adding a
/// migration, run: REFURB_UPDATE_SCHEMA=1 swift test --filter SchemaFileTests
@Suite("Schemas/schema.sql")
struct SchemaFileTests {
    static var schemaFile: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Schemas/schema.sql")
    }

    @Test("matches what the migrations produce")
    func schemaFileIsCurrent() throws {
        let world = try TemporaryDatabase()
        let produced = try world.database.schemaSQL()
        if ProcessInfo.processInfo.environment["REFURB_UPDATE_SCHEMA"] == "1" {
            try produced.write(to: Self.schemaFile, atomically: true, encoding: .utf8)
        }
        let committed = try String(contentsOf: Self.schemaFile, encoding: .utf8)
        #expect(committed == produced, "Schemas/schema.sql is out of date: REFURB_UPDATE_SCHEMA=1 swift test --filter SchemaFileTests")
    }
}
