import Foundation
import Logging
import PostgresNIO
import RefurbCore
import RefurbStore

/// The store on a PostgreSQL server shared by a network's workshops and by several service processes:
/// the same operations as `AppDatabase`, behind the same boundary (`InventoryStore`), over a pool of
/// connections (postgres-nio's `PostgresClient`).
///
/// Where SQLite relies on its single writer, this adapter takes PostgreSQL's locks instead: the device
/// row (`SELECT … FOR UPDATE`) for a change, and a transaction-scoped advisory lock for what is numbered
/// (asset tags, lot numbers), so that two processes never hand out the same number.
public final class PostgresStore: Sendable {
    let client: PostgresClient
    let logger: Logger
    private let running: Task<Void, Never>

    /// Connects to the server, brings its schema up to date (`PostgresMigrator`) and returns the store.
    /// Call `close()` when done.
    public static func open(_ address: PostgresAddress, maximumConnections: Int = 20,
                            logger: Logger = PostgresStore.defaultLogger) async throws -> PostgresStore {
        let store = PostgresStore(address, maximumConnections: maximumConnections, logger: logger)
        do {
            try await PostgresMigrator(store: store).migrate()
        } catch {
            await store.close()
            throw Self.storeError(error, address: address)
        }
        return store
    }

    private init(_ address: PostgresAddress, maximumConnections: Int, logger: Logger) {
        var configuration: PostgresClient.Configuration
        if let socket = address.socketPath {
            configuration = .init(unixSocketPath: socket, username: address.user, password: address.password,
                                  database: address.database)
        } else {
            // TLS is left to the network (a server on the same host or a private link): the address names
            // a host the organisation runs.
            configuration = .init(host: address.host ?? "localhost", port: address.port, username: address.user,
                                  password: address.password, database: address.database, tls: .disable)
        }
        configuration.options.maximumConnections = maximumConnections
        configuration.options.connectTimeout = .seconds(5)
        // The pool's own log only says what a query's failure says again, and warns when a first query is
        // queued before `run()` has begun, which it then serves: errors only.
        var background = logger
        background.logLevel = .error
        let client = PostgresClient(configuration: configuration, backgroundLogger: background)
        self.client = client
        self.logger = logger
        running = Task { await client.run() }
    }

    /// Notices and worse: the pool's own information (a connection opened, one given up as the pool
    /// closed) would fill the service's log.
    public static var defaultLogger: Logger {
        var logger = Logger(label: "refurb.postgres")
        logger.logLevel = .notice
        return logger
    }

    /// Closes every connection of the pool.
    public func close() async {
        running.cancel()
        await running.value
    }

    /// Runs `body` in one transaction: everything it wrote is committed together, or nothing is when it
    /// throws.
    func transaction<Result: Sendable>(_ body: (PostgresConnection) async throws -> Result) async throws -> Result {
        do {
            return try await client.withTransaction(logger: logger) { connection in try await body(connection) }
        } catch let error as PostgresTransactionError {
            // The closure's own error (a refusal) is what the caller must see, not the wrapper.
            if let closureError = error.closureError { throw closureError }
            throw error
        }
    }

    /// A server or connection failure said in the store's words; the store's own refusals pass through.
    static func storeError(_ error: any Error, address: PostgresAddress) -> any Error {
        if error is StoreError { return error }
        // The server answered but refused a statement: it is reachable, the schema is what failed.
        if let serverMessage = (error as? PSQLError)?.serverInfo?[.message] {
            return StoreError.invalidInput(Message("store.postgres.schemaFailed", address.display, serverMessage))
        }
        return StoreError.invalidInput(Message("store.postgres.unreachable", address.display, String(describing: error)))
    }

    /// The SQLSTATE of a server error (`23505` for a unique violation), if that is what `error` is.
    static func sqlState(of error: any Error) -> String? {
        (error as? PSQLError)?.serverInfo?[.sqlState]
    }
}
