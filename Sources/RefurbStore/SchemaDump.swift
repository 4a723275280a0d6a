import GRDB

extension AppDatabase {
    /// The SQL of every table, index, view and trigger, in a stable order: what `Schemas/schema.sql`
    /// holds, and what a test compares it with.
    public func schemaSQL() throws -> String {
        try writer.read { db in
            let statements = try String.fetchAll(db, sql: """
                SELECT sql || ';' FROM sqlite_master
                WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' AND name != 'grdb_migrations'
                ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 WHEN 'trigger' THEN 2 ELSE 3 END, name
                """)
            return "-- Refurb's SQLite schema after all migrations. Generated: see Tests/RefurbStoreTests/SchemaFileTests.swift.\n\n"
                + statements.joined(separator: "\n\n") + "\n"
        }
    }
}
