import Foundation
import RefurbCore

/// Which store a program opens, as `--database` or `$REFURB_DATABASE_URL` names it: an SQLite file
/// (`sqlite:///var/lib/refurb/refurb.sqlite`, `sqlite:data/refurb.sqlite`, or a plain path as `--db`
/// takes) or a PostgreSQL server (`postgres://user:password@host:5432/refurb`, or a Unix socket folder:
/// `postgres://refurb@/refurb?host=/run/postgresql`).
public enum DatabaseLocation: Hashable, Sendable {
    case sqlite(path: String)
    case postgres(PostgresAddress)

    /// Reads a location, or refuses it with a message that shows the accepted forms.
    public init(parsing text: String) throws {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let lowered = trimmed.lowercased()
        if lowered.hasPrefix("postgres://") || lowered.hasPrefix("postgresql://") {
            self = .postgres(try PostgresAddress(parsing: trimmed))
            return
        }
        for scheme in ["sqlite:", "file:"] where lowered.hasPrefix(scheme) {
            var rest = String(trimmed.dropFirst(scheme.count))
            if rest.hasPrefix("//") {
                rest.removeFirst(2)
                // sqlite:///abs/path has an empty host; sqlite://localhost/abs/path names this machine.
                if rest.hasPrefix("localhost/") { rest.removeFirst("localhost".count) }
                guard rest.hasPrefix("/") else { break }
            }
            if let query = rest.firstIndex(of: "?") { rest = String(rest[..<query]) }
            let path = rest.removingPercentEncoding ?? rest
            guard !path.isEmpty else { break }
            self = .sqlite(path: path)
            return
        }
        // A plain path, as `--db` takes it; anything else that looks like a URL is not one we know.
        if !trimmed.isEmpty, !trimmed.contains("://"), !lowered.hasPrefix("postgres:"), !lowered.hasPrefix("postgresql:") {
            self = .sqlite(path: trimmed)
            return
        }
        throw StoreError.invalidInput(Message("store.location.unknown", text))
    }

    /// The location without its password, for messages and logs.
    public var display: String {
        switch self {
        case .sqlite(let path): "sqlite://" + (path.hasPrefix("/") ? "" : "/") + path
        case .postgres(let address): address.display
        }
    }
}

/// Where a PostgreSQL server listens and whom to connect as.
public struct PostgresAddress: Hashable, Sendable {
    public var user: String
    public var password: String?
    /// A host name or address for TCP; nil with `socketFolder`.
    public var host: String?
    public var port: Int
    /// The folder holding the server's Unix socket (`.s.PGSQL.<port>`), as libpq's `host=/folder`.
    public var socketFolder: String?
    public var database: String

    public init(user: String, password: String? = nil, host: String? = nil, port: Int = 5432,
                socketFolder: String? = nil, database: String) {
        self.user = user
        self.password = password
        self.host = host
        self.port = port
        self.socketFolder = socketFolder
        self.database = database
    }

    /// The socket file in `socketFolder`, named as PostgreSQL names it.
    public var socketPath: String? {
        socketFolder.map { $0 + "/.s.PGSQL.\(port)" }
    }

    init(parsing text: String) throws {
        let refusal = StoreError.invalidInput(Message("store.location.postgres", text))
        guard let components = URLComponents(string: text) else { throw refusal }
        var socketFolder: String?
        for item in components.queryItems ?? [] {
            switch item.name {
            case "host":
                guard let value = item.value, value.hasPrefix("/") else { throw refusal }
                socketFolder = value
            // Accepted as libpq accepts them; only a socket or plain TCP on a trusted network is used.
            case "sslmode", "application_name", "connect_timeout": continue
            default: throw StoreError.invalidInput(Message("store.location.option", item.name))
            }
        }
        let host = components.host.flatMap { $0.isEmpty ? nil : $0.removingPercentEncoding ?? $0 }
        guard let user = components.user.flatMap({ $0.removingPercentEncoding }), !user.isEmpty,
              host != nil || socketFolder != nil else { throw refusal }
        let database = String(components.path.dropFirst()).removingPercentEncoding ?? ""
        guard !database.isEmpty, !database.contains("/") else { throw refusal }
        let port = components.port ?? 5432
        guard (1...65_535).contains(port) else { throw refusal }
        self.init(user: user, password: components.password.flatMap { $0.removingPercentEncoding },
                  host: socketFolder == nil ? host : nil, port: port, socketFolder: socketFolder, database: database)
    }

    public var display: String {
        let authority = user + (password == nil ? "" : ":***") + "@" + (host ?? "") + (host != nil && port != 5432 ? ":\(port)" : "")
        let query = socketFolder.map { "?host=" + $0 } ?? ""
        return "postgres://" + authority + "/" + database + query
    }
}
