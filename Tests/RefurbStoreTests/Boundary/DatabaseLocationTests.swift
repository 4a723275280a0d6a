import RefurbCore
import RefurbStore
import Testing

@Suite("Database addresses (--database, REFURB_DATABASE_URL)")
struct DatabaseLocationTests {
    @Test("SQLite files are named by URL or by plain path", arguments: [
        ("sqlite:///var/lib/refurb/refurb.sqlite", "/var/lib/refurb/refurb.sqlite"),
        ("sqlite://localhost/var/lib/refurb/refurb.sqlite", "/var/lib/refurb/refurb.sqlite"),
        ("sqlite:data/refurb.sqlite", "data/refurb.sqlite"),
        ("file:///srv/atelier%20nord.sqlite?mode=rwc", "/srv/atelier nord.sqlite"),
        ("data/refurb.sqlite", "data/refurb.sqlite"),
    ])
    func sqliteFiles(text: String, path: String) throws {
        #expect(try DatabaseLocation(parsing: text) == .sqlite(path: path))
    }

    @Test("a PostgreSQL server by host and port, with its password kept out of what is shown")
    func postgresByHost() throws {
        let location = try DatabaseLocation(parsing: "postgres://refurb:s%40cret@db.reseau.local:5433/atelier")
        #expect(location == .postgres(PostgresAddress(user: "refurb", password: "s@cret", host: "db.reseau.local", port: 5433,
                                                      database: "atelier")))
        #expect(location.display == "postgres://refurb:***@db.reseau.local:5433/atelier")
        #expect(!location.display.contains("s@cret"))
    }

    @Test("a PostgreSQL server by its Unix socket folder, as libpq's host=/folder")
    func postgresBySocket() throws {
        let location = try DatabaseLocation(parsing: "postgresql://refurb@/refurb?host=/run/postgresql")
        guard case .postgres(let address) = location else {
            Issue.record("a postgresql:// URL names a PostgreSQL server")
            return
        }
        #expect(address.host == nil)
        #expect(address.socketPath == "/run/postgresql/.s.PGSQL.5432")
        #expect(address.database == "refurb")
        #expect(location.display == "postgres://refurb@/refurb?host=/run/postgresql")
    }

    @Test("an address that cannot be used is refused with the accepted forms, in French and English", arguments: [
        ("mysql://root@localhost/refurb", "store.location.unknown"),
        ("postgres://localhost/refurb", "store.location.postgres"),
        ("postgres://refurb@localhost/", "store.location.postgres"),
        ("postgres://refurb@localhost:99999/refurb", "store.location.postgres"),
        ("postgres://refurb@/refurb?host=relative/folder", "store.location.postgres"),
        ("postgres://refurb@localhost/refurb?password=x", "store.location.option"),
        ("", "store.location.unknown"),
    ])
    func refusals(text: String, key: String) {
        do {
            _ = try DatabaseLocation(parsing: text)
            Issue.record("\(text) was accepted")
        } catch let error as StoreError {
            guard case .invalidInput(let message) = error else {
                Issue.record("\(error) is not a refusal of the input")
                return
            }
            #expect(message.key == key)
            #expect(!error.message(in: .fr).contains("store.location"))
            #expect(!error.message(in: .en).contains("store.location"))
        } catch {
            Issue.record("\(error)")
        }
    }
}
