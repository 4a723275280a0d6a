import Foundation
import RefurbPostgres
import RefurbStore
import Testing

/// Both engines' schemas move in the same numbered steps, and PostgreSQL's migration is safe to start
/// from several processes at once (it is the lock that replaces SQLite's service lock).
@Suite("Migrations on both engines")
struct MigrationContractTests {
    @Test("PostgreSQL's steps carry SQLite's identifiers, in the same order")
    func sameNumbering() {
        #expect(PostgresSchema.steps.map(\.identifier) == AppDatabase.migrationIdentifiers)
        #expect(Set(PostgresSchema.steps.map(\.identifier)).count == PostgresSchema.steps.count)
    }

    @Test("a new PostgreSQL database gets every step once, and processes starting together migrate it once",
          .enabled(if: StoreEngine.postgresServer != nil, "\(StoreEngine.postgresMissing)"))
    func migratesOnce() async throws {
        try await StoreEngine.postgres.withDatabase { address in
            // Four stores opened at the same moment stand for four service processes starting together.
            let stores = try await withThrowingTaskGroup(of: PostgresStore.self) { group in
                for _ in 0..<4 { group.addTask { try await PostgresStore.open(address, maximumConnections: 2) } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(try await PostgresMigrator.applied(in: stores[0]) == AppDatabase.migrationIdentifiers)
            for store in stores { await store.close() }
            let again = try await PostgresStore.open(address, maximumConnections: 1)
            #expect(try await PostgresMigrator.applied(in: again) == AppDatabase.migrationIdentifiers)
            await again.close()
        }
    }
}
