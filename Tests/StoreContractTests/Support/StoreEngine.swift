import Foundation
import PostgresNIO
import RefurbCore
import RefurbPostgres
import RefurbStore
import Testing

/// The engines the contract runs on. Each case builds its own store: a new SQLite file in WAL mode (as the
/// service opens it), or a new database on the throwaway PostgreSQL server that scripts/test starts
/// (scripts/lib/postgres.sh) and names in `REFURB_TEST_POSTGRES_URL`.
enum StoreEngine: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite, postgres

    var testDescription: String { rawValue == "sqlite" ? "SQLite" : "PostgreSQL" }

    /// The server's address, or nil when no throwaway server runs (`swift test` alone, without scripts/test).
    static let postgresServer: PostgresAddress? = {
        guard let url = ProcessInfo.processInfo.environment["REFURB_TEST_POSTGRES_URL"],
              case .postgres(let address)? = try? DatabaseLocation(parsing: url) else { return nil }
        return address
    }()

    static let postgresMissing = "REFURB_TEST_POSTGRES_URL is not set: run scripts/test, which starts a throwaway PostgreSQL (scripts/lib/postgres.sh), to run the contract on PostgreSQL too"

    /// The engines this run can use: SQLite always, PostgreSQL when its server runs.
    static var available: [StoreEngine] { postgresServer == nil ? [.sqlite] : [.sqlite, .postgres] }

    /// Runs `body` against a store of its own on this engine, and removes the store afterwards.
    func withStore(_ body: (any InventoryStore) async throws -> Void) async throws {
        switch self {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("refurb-contract-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            try await body(try AppDatabase.open(path: folder.path + "/refurb.sqlite"))
        case .postgres:
            try await withDatabase { address in
                let store = try await PostgresStore.open(address, maximumConnections: 4)
                do {
                    try await body(store)
                } catch {
                    await store.close()
                    throw error
                }
                await store.close()
            }
        }
    }

    /// Runs `body` with the address of a new, empty database on the throwaway server, dropped afterwards.
    func withDatabase(_ body: (PostgresAddress) async throws -> Void) async throws {
        let server = try #require(Self.postgresServer, "\(Self.postgresMissing)")
        let name = "contract_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        try await Self.maintenance(server, "CREATE DATABASE \(name)")
        var address = server
        address.database = name
        do {
            try await body(address)
        } catch {
            try? await Self.maintenance(server, "DROP DATABASE \(name) WITH (FORCE)")
            throw error
        }
        try await Self.maintenance(server, "DROP DATABASE \(name) WITH (FORCE)")
    }

    /// One statement on the server's maintenance database (creating and dropping the cases' databases).
    private static func maintenance(_ server: PostgresAddress, _ sql: String) async throws {
        let configuration = PostgresConnection.Configuration(
            unixSocketPath: server.socketPath ?? "", username: server.user, password: server.password,
            database: server.database)
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: .init(label: "contract"))
        do {
            try await connection.query(PostgresQuery(unsafeSQL: sql), logger: .init(label: "contract"))
        } catch {
            try? await connection.close()
            throw error
        }
        try await connection.close()
    }
}
