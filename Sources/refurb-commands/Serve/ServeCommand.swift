import ArgumentParser
import Foundation
import Hummingbird
import Logging
import Printing
import RefurbCommandLine
import RefurbCore
import RefurbPostgres
import RefurbServer
import RefurbStore

/// `refurb serve`: the workshop's service, which the stations, bench machines and web pages talk to.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: CLIMessages.help("help.serve.abstract"),
        discussion: CLIMessages.help("help.serve.discussion")
    )

    @OptionGroup var options: GlobalOptions

    @Option(help: ArgumentHelp(CLIMessages.help("help.serve.database"), valueName: "url"))
    var database: String?

    @Option(name: .customLong("journal-key-dir"), help: ArgumentHelp(CLIMessages.help("help.serve.journalKeyDir"), valueName: "dir"))
    var journalKeyDir: String?

    @Option(help: ArgumentHelp(CLIMessages.help("help.serve.host"), valueName: "address"))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp(CLIMessages.help("help.serve.port"), valueName: "port"))
    var port = 8080

    @Option(help: ArgumentHelp(CLIMessages.help("help.serve.bcryptCost"), valueName: "n"))
    var bcryptCost: UInt8 = 12

    @Option(help: ArgumentHelp(CLIMessages.help("help.serve.labels"), valueName: "dir"))
    var labels: String?

    @Option(help: ArgumentHelp(CLIMessages.help("help.serve.workshop"), valueName: "name"))
    var workshop: String?

    @Option(name: .customLong("trusted-proxy"),
            help: ArgumentHelp(CLIMessages.help("help.serve.trustedProxies"),
                               valueName: "address"))
    var trustedProxies: [String] = []

    @Option(help: ArgumentHelp(CLIMessages.help("help.serve.filePrinters"),
                               valueName: "dir"))
    var filePrinters: String?

    @Option(help: ArgumentHelp(CLIMessages.help("help.serve.publicURL"),
                               valueName: "url"))
    var publicURL: String?

    @Option(help: ArgumentHelp(CLIMessages.help("help.serve.maxConnections"),
                               valueName: "n"))
    var maxConnections = ConnectionLimits().maximumConnections

    @Option(help: ArgumentHelp(CLIMessages.help("help.serve.idleTimeout"),
                               valueName: "seconds"))
    var idleTimeout = Int(ConnectionLimits().idleTimeout.components.seconds)

    @Option(name: .customLong("wipe-quiet-after"),
            help: ArgumentHelp(CLIMessages.help("help.serve.wipeQuietAfter"),
                               valueName: "seconds"))
    var wipeQuietAfter: Int?

    /// --wipe-quiet-after, else $REFURB_WIPE_QUIET_AFTER (its text, checked by `validate`); nil for the default.
    private var quietAfterText: String? {
        wipeQuietAfter.map(String.init) ?? ProcessInfo.processInfo.environment["REFURB_WIPE_QUIET_AFTER"]
    }

    func validate() throws {
        guard ConnectionLimits.allowedMaximumConnections.contains(maxConnections) else {
            throw ValidationError("--max-connections: \(ConnectionLimits.allowedMaximumConnections.lowerBound)…\(ConnectionLimits.allowedMaximumConnections.upperBound)")
        }
        guard ConnectionLimits.allowedIdleTimeoutSeconds.contains(idleTimeout) else {
            throw ValidationError("--idle-timeout: \(ConnectionLimits.allowedIdleTimeoutSeconds.lowerBound)…\(ConnectionLimits.allowedIdleTimeoutSeconds.upperBound) seconds")
        }
        if let filePrinters {
            do { _ = try FilePrinterFolder(filePrinters) } catch { throw ValidationError("--file-printers: " + error.text(in: options.language)) }
        }
        if let text = publicURL ?? ProcessInfo.processInfo.environment["REFURB_PUBLIC_URL"], PublicURL(text) == nil {
            throw ValidationError(CLIMessages.text("cli.serve.publicURLMalformed", text, in: options.language))
        }
        for proxy in trustedProxies where IPAddress(proxy) == nil {
            throw ValidationError("--trusted-proxy: \(proxy) is not an IP address (192.0.2.7 or 2001:db8::7)")
        }
        guard (4...31).contains(bcryptCost) else { throw ValidationError("--bcrypt-cost: 4…31") }
        let quiet = ServiceConfiguration.allowedWipeQuietSeconds
        if let text = quietAfterText, !(Int(text).map(quiet.contains) ?? false) {
            throw ValidationError("--wipe-quiet-after: \(quiet.lowerBound)…\(quiet.upperBound) seconds")
        }
        guard (0...65535).contains(port) else { throw ValidationError("--port: 0…65535 (0 picks a free port)") }
    }

    /// `--database`, else `--db`, else $REFURB_DATABASE_URL, else $REFURB_DB or ./data/refurb.sqlite: read
    /// before anything is opened, so that an address we cannot read changes nothing.
    private func location() throws -> DatabaseLocation {
        let language = options.language
        if let db = options.db, let database {
            throw CommandFailure(badInput: CLIMessages.text("cli.serve.databaseTwice", db, database, in: language))
        }
        let url = ProcessInfo.processInfo.environment["REFURB_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
        guard let text = database ?? (options.db == nil ? url : nil) else { return .sqlite(path: options.databasePath) }
        do {
            return try DatabaseLocation(parsing: text)
        } catch let error as StoreError {
            throw CommandFailure(badInput: error.message(in: language))
        }
    }

    func run() async throws {
        let location = try location()
        // First, so that the connection cap is worked out from the limit the service really has.
        let openFilesAtStart = OpenFileLimit.current()
        let openFiles = OpenFileLimit.raiseToHard()
        let language = options.language
        // SQLite: one service per file (`ServiceLock`). PostgreSQL: as many processes as wanted; its
        // migrations take their own lock (`PostgresMigrator`).
        let store: any ServiceStore
        let shown: String
        var lock: ServiceLock?
        var postgres: PostgresStore?
        let environment = ProcessInfo.processInfo.environment
        var keyFolder = journalKeyDir ?? environment["REFURB_JOURNAL_KEY_DIR"].flatMap { $0.isEmpty ? nil : $0 }
        switch location {
        case .sqlite(let path):
            store = try options.openDatabase(at: path)
            guard let acquired = try ServiceLock.acquire(forDatabase: path) else {
                throw CommandFailure(refused: CLIMessages.text("cli.serve.alreadyRunning", path, in: language))
            }
            lock = acquired
            shown = path
        case .postgres(let address):
            let opened: PostgresStore
            do {
                opened = try await PostgresStore.open(address)
            } catch let error as StoreError {
                throw CommandFailure(badInput: error.message(in: language))
            }
            postgres = opened
            store = opened
            shown = address.display
            keyFolder = keyFolder ?? "./data/journal-key"
        }
        if let password = try await FirstAdmin.ensure(in: store, bcryptCost: bcryptCost) {
            Self.say(CLIMessages.text("cli.serve.firstAdmin", FirstAdmin.username, password, in: language))
        }
        var logger = Logger(label: "refurb")
        logger.logLevel = ProcessInfo.processInfo.environment["REFURB_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
        logger.info("open-file limit: \(openFiles.soft) (was \(openFilesAtStart.soft), hard limit \(openFiles.hard))")
        var configuration = ServiceConfiguration(
            host: host, port: port, databasePath: shown, bcryptCost: bcryptCost, labelsDirectory: labels,
            workshopName: workshop ?? ProcessInfo.processInfo.environment["REFURB_WORKSHOP"] ?? "Refurb")
        if let keyFolder { configuration.journalKeyDirectory = keyFolder }
        configuration.connections = ConnectionLimits(maximumConnections: maxConnections, idleTimeout: .seconds(idleTimeout))
        configuration.trustedProxies = trustedProxies
        if let seconds = quietAfterText.flatMap({ Int($0) }) { configuration.wipeQuietAfter = TimeInterval(seconds) }
        configuration.filePrinters = try filePrinters.map { try FilePrinterFolder($0) }
        configuration.publicURL = (publicURL ?? ProcessInfo.processInfo.environment["REFURB_PUBLIC_URL"]).flatMap(PublicURL.init)
        if geteuid() == 0 {
            FileHandle.standardError.write(Data((CLIMessages.text("cli.serve.runningAsRoot", in: language) + "\n").utf8))
        }
        let app = try buildApplication(configuration, database: store, logger: logger) { [host] bound in
            // Scripts and tests wait for this line, and read the port from it when started with --port 0.
            Self.say(CLIMessages.text("cli.serve.listening", "http://\(host):\(bound)", shown, in: language))
        }
        try await app.runService()
        await postgres?.close()
        withExtendedLifetime(lock) {}
    }

    /// Written at once, unbuffered: a script reading the pipe sees each line as it is said.
    private static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
