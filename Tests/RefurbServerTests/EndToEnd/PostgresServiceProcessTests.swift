import Foundation
import Testing

/// `refurb serve --database postgres://…`: the real service process on the throwaway PostgreSQL server that
/// scripts/test starts (scripts/lib/postgres.sh), driven over HTTP as on SQLite.
@Suite("The service as a process on PostgreSQL", .serialized)
struct PostgresServiceProcessTests {
    static let server = ProcessInfo.processInfo.environment["REFURB_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    static let psql = ["/usr/bin/psql", "/usr/local/bin/psql"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let skipped = "REFURB_TEST_POSTGRES_URL is not set (or psql is missing): scripts/test starts a throwaway PostgreSQL for this test"

    @Test("a workshop day on PostgreSQL: the first admin, a lot, an intake by scan, a report, moves, a price and a sale, read back after a restart",
          .enabled(if: server != nil && psql != nil, Comment(rawValue: skipped)))
    func workshopDay() async throws {
        let folder = try TemporaryFolder()
        let (url, name) = try Self.newDatabase()
        defer { _ = try? Self.psql(Self.server!, "DROP DATABASE \(name) WITH (FORCE)") }
        let keys = folder.path + "/journal-key"
        let first = try ServerProcess(database: ["--database", url], databasePath: url, arguments: ["--journal-key-dir", keys])
        #expect(first.adminPassword != nil, "the first admin is made on an empty PostgreSQL database")
        let tag = try await ServerProcessTests.wholeLife(on: first)
        let admin = try await HTTPClient.admin(of: first)
        let today = ISO8601DateFormatter.string(from: Date(), timeZone: .current, formatOptions: [.withFullDate])
        let register = try await admin.send("GET", "/api/register?from=\(today)&to=\(today)&format=csv")
        #expect(register.status == 200, "\(register.json)")
        #expect(FileManager.default.fileExists(atPath: keys + "/station-ed25519.pub.pem"), "the journal's key is made in --journal-key-dir")
        first.stop()

        // What the day wrote is in PostgreSQL's tables, and a second start reads it there.
        #expect(try Self.psql(url, "SELECT stage FROM device WHERE assetTag = '\(tag)'") == "sold")
        #expect(try Self.psql(url, "SELECT count(*) FROM receipt") == "1")
        #expect(try Self.psql(url, "SELECT count(*) FROM journalEntry WHERE kind = 'sale'") == "1")
        let second = try ServerProcess(database: ["--database", url], databasePath: url, arguments: ["--journal-key-dir", keys])
        defer { second.stop() }
        #expect(second.adminPassword == nil, "accounts are in the database: no second first admin")
        let again = HTTPClient(baseURL: second.baseURL, token: admin.token)
        let device = try await again.send("GET", "/api/devices/\(tag)")
        #expect(device.status == 200, "\(device.json)")
        #expect((device.json["device"] as? [String: Any])?["stage"] as? String == "sold")
        let kinds = ((device.json["events"] as? [[String: Any]]) ?? []).compactMap { $0["kind"] as? String }
        #expect(kinds.first == "received" && kinds.last == "sold", "\(kinds)")
        #expect(kinds.contains("diagnostic-recorded") && kinds.contains("priced"), "\(kinds)")
        let scan = try await again.send("GET", "/api/scan/\(tag)")
        #expect((scan.json["device"] as? [String: Any])?["assetTag"] as? String == tag)
        let receipt = try await again.send("GET", "/api/receipts/1")
        #expect(receipt.status == 200, "\(receipt.json)")
        #expect(receipt.json["totalCents"] as? Int == 19900)
        #expect(((receipt.json["lines"] as? [[String: Any]]) ?? []).first?["assetTag"] as? String == tag)
    }

    @Test("a database address serve cannot read stops the start with the accepted forms, in French and English, and creates nothing")
    func badAddress() throws {
        let folder = try TemporaryFolder()
        let mysql = try ServerProcess.run(["serve", "--database", "mysql://root@db/refurb", "--port", "0",
                                           "--journal-key-dir", folder.path + "/keys"])
        #expect(mysql.status == 2, "\(mysql.output)")
        #expect(mysql.output.contains("not a database address we know") && mysql.output.contains("postgres://"), "\(mysql.output)")
        let incomplete = try ServerProcess.run(["serve", "--lang", "fr", "--database", "postgres://refurb@/", "--port", "0"])
        #expect(incomplete.status == 2, "\(incomplete.output)")
        #expect(incomplete.output.contains("Adresse PostgreSQL incomplète"), "\(incomplete.output)")
        let both = try ServerProcess.run(["serve", "--db", folder.path + "/refurb.sqlite", "--database", "postgres://refurb@/x?host=/tmp"])
        #expect(both.status == 2, "\(both.output)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "nothing is created")
    }
}

extension PostgresServiceProcessTests {
    /// A new empty database on the throwaway server: its URL and its name.
    static func newDatabase() throws -> (url: String, name: String) {
        let server = try #require(server)
        let name = "serve_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(12)
        _ = try psql(server, "CREATE DATABASE \(name)")
        return (server.replacingOccurrences(of: "/postgres?", with: "/\(name)?"), String(name))
    }

    /// One statement through psql; its output, unaligned and without headers.
    @discardableResult
    static func psql(_ url: String, _ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(psql))
        process.arguments = [url, "-qtAc", sql]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "psql: \(sql)")
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
