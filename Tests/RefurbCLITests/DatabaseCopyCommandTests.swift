import Foundation
import Testing

/// `refurb db copy` as a person runs it, against the throwaway PostgreSQL that scripts/test starts.
@Suite("refurb db copy")
struct DatabaseCopyCommandTests {
    static let server = ProcessInfo.processInfo.environment["REFURB_TEST_POSTGRES_URL"]
    static let psql = ["/usr/bin/psql", "/usr/local/bin/psql"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// A new empty database on the server, by psql, and its URL.
    static func newDatabase() throws -> String {
        let server = try #require(server)
        let name = "cli_copy_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(12)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(psql))
        process.arguments = [server, "-qc", "CREATE DATABASE \(name)"]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return server.replacingOccurrences(of: "/postgres?", with: "/\(name)?")
    }

    @Test("a workshop is copied and checked, a second run does nothing, and a changed workshop is refused",
          .enabled(if: server != nil && psql != nil,
                   "REFURB_TEST_POSTGRES_URL is not set (or psql is missing): scripts/test starts a throwaway PostgreSQL for this test"))
    func copyTwiceThenRefuse() throws {
        let refurb = try RefurbProcess()
        defer { refurb.cleanUp() }
        let code = try refurb.run(["lot", "open", "--donor", "Ressourcerie du Port"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        for serial in ["COPY-1", "COPY-2"] {
            #expect(try refurb.run(["intake", "--lot", code, "--category", "laptop", "--serial", serial]).status == 0)
        }
        let target = try Self.newDatabase()

        let copied = try refurb.run(["db", "copy", "--from", refurb.databasePath, "--to", target])
        #expect(copied.status == 0, "\(copied.stderr)")
        #expect(copied.stdout.contains("Copie vérifiée"), "\(copied.stdout)")
        #expect(copied.stdout.contains("2 appareil(s)"), "\(copied.stdout)")

        let again = try refurb.run(["db", "copy", "--from", refurb.databasePath, "--to", target, "--json"])
        #expect(again.status == 0, "\(again.stderr)")
        let report = try #require(try again.json() as? [String: Any])
        #expect(report["alreadyCopied"] as? Bool == true)

        #expect(try refurb.run(["intake", "--lot", code, "--category", "desktop"]).status == 0)
        let refused = try refurb.run(["db", "copy", "--from", refurb.databasePath, "--to", target], language: "en")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("nothing was copied"), "\(refused.stderr)")
    }

    @Test("addresses that are not an SQLite file and a PostgreSQL server are refused as bad input")
    func badAddresses() throws {
        let refurb = try RefurbProcess()
        defer { refurb.cleanUp() }
        let notPostgres = try refurb.run(["db", "copy", "--from", refurb.databasePath, "--to", "sqlite:///tmp/x.sqlite"])
        #expect(notPostgres.status == 2)
        #expect(notPostgres.stderr.contains("serveur PostgreSQL"), "\(notPostgres.stderr)")
        let missing = try refurb.run(["db", "copy", "--from", "/nonexistent/refurb.sqlite", "--to", "postgres://refurb@/refurb?host=/tmp"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("n'existe pas"), "\(missing.stderr)")
        let unknown = try refurb.run(["db", "copy", "--from", "mysql://root@db/refurb", "--to", "postgres://refurb@/refurb?host=/tmp"], language: "en")
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("not a database address we know"), "\(unknown.stderr)")
    }
}
