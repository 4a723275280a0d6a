import PostgresNIO

/// Brings a PostgreSQL database to the current schema (`PostgresSchema.steps`), once, whichever of
/// several starting processes gets there first.
///
/// On SQLite one service process holds the file (`ServiceLock`); on PostgreSQL several processes share
/// the server, and what they must not do at the same time is migrate. So the whole migration is one
/// transaction that first takes a transaction-scoped advisory lock: a second process waits for the first,
/// then finds every step recorded and does nothing. DDL is transactional in PostgreSQL, so a step that
/// fails leaves no half-made table behind.
package struct PostgresMigrator {
    let store: PostgresStore

    /// The advisory lock's key: "refurb" in ASCII, so that it cannot be mistaken for another program's.
    static let lockKey: Int64 = 0x72_65_66_75_72_62

    func migrate() async throws {
        try await store.transaction { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(Self.lockKey))", logger: store.logger)
            try await connection.query("""
                CREATE TABLE IF NOT EXISTS refurb_migrations (
                    position bigint GENERATED ALWAYS AS IDENTITY, identifier text PRIMARY KEY,
                    appliedAt timestamptz NOT NULL DEFAULT now())
                """, logger: store.logger)
            var applied: Set<String> = []
            for try await identifier in try await connection.query(
                "SELECT identifier FROM refurb_migrations", logger: store.logger).decode(String.self) {
                applied.insert(identifier)
            }
            for step in PostgresSchema.steps where !applied.contains(step.identifier) {
                for statement in step.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: store.logger)
                }
                try await connection.query("INSERT INTO refurb_migrations (identifier) VALUES (\(step.identifier))",
                                           logger: store.logger)
            }
        }
    }

    /// The steps recorded in the database, in the order they were applied.
    package static func applied(in store: PostgresStore) async throws -> [String] {
        var identifiers: [String] = []
        for try await identifier in try await store.client.query(
            "SELECT identifier FROM refurb_migrations ORDER BY position", logger: store.logger)
            .decode(String.self) {
            identifiers.append(identifier)
        }
        return identifiers
    }
}
