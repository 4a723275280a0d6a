import ArgumentParser
import Foundation
import RefurbCommandLine
import RefurbCore
import RefurbPostgres
import RefurbStore

/// `refurb db copy --from data/refurb.sqlite --to postgres://…`: a workshop's SQLite database copied into a
/// PostgreSQL database, checked (every table's rows, the event log event for event) before anything is kept.
struct DatabaseCopyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: CLIMessages.help("help.db.copy.abstract"),
        discussion: CLIMessages.help("help.db.copy.discussion"))

    @OptionGroup var options: GlobalOptions

    @Option(name: .long, help: ArgumentHelp(CLIMessages.help("help.db.copy.from"), valueName: "path|sqlite:///…"))
    var from: String

    @Option(name: .long, help: ArgumentHelp(CLIMessages.help("help.db.copy.to"), valueName: "postgres://…"))
    var to: String

    struct Report: Encodable {
        var alreadyCopied: Bool
        var tables: [PostgresCopy.Report.Table]
        var eventDigest: String
        var seconds: Double
    }

    func run() async throws {
        let language = options.language
        let say = { (message: Message) in StoreError.catalog.text(for: message, in: language) }
        let sourcePath: String
        let address: PostgresAddress
        do {
            guard case .sqlite(let path) = try DatabaseLocation(parsing: from) else {
                throw CommandFailure(badInput: say(Message("copy.fromNotSQLite", from)))
            }
            guard case .postgres(let target) = try DatabaseLocation(parsing: to) else {
                throw CommandFailure(badInput: say(Message("copy.toNotPostgres", to)))
            }
            sourcePath = path
            address = target
        } catch let error as StoreError {
            throw CommandFailure(badInput: error.message(in: language))
        }
        guard FileManager.default.fileExists(atPath: sourcePath) else {
            throw CommandFailure(badInput: say(Message("copy.fromMissing", sourcePath)))
        }
        let source = try options.perform { try AppDatabase.open(path: sourcePath) }
        let started = Date()
        let target: PostgresStore
        do {
            target = try await PostgresStore.open(address, maximumConnections: 2)
        } catch let error as StoreError {
            throw CommandFailure(badInput: error.message(in: language))
        }
        let report: PostgresCopy.Report
        do {
            report = try await PostgresCopy(from: source, to: target).run()
        } catch let refusal as PostgresCopy.Refusal {
            await target.close()
            throw CommandFailure(refused: say(refusal.message))
        } catch {
            await target.close()
            throw CommandFailure(badInput: say(Message("store.postgres.unreachable", address.display, "\(error)")))
        }
        await target.close()
        let seconds = Date().timeIntervalSince(started)
        if options.json {
            JSONOutput.print(Report(alreadyCopied: report.alreadyCopied, tables: report.tables, eventDigest: report.eventDigest,
                                    seconds: seconds))
            return
        }
        let rows = { (name: String) in String(report.tables.first { $0.name == name }?.rows ?? 0) }
        if report.alreadyCopied {
            print(say(Message("copy.alreadyCopied", address.display, rows("device"), rows("event"))))
            return
        }
        for table in report.tables where table.rows > 0 {
            print("  \(table.name): \(table.rows)")
        }
        print(say(Message("copy.done", address.display, rows("device"), rows("lot"), rows("event"),
                          QuantityFormat.decimal(seconds, fractionDigits: 1, language: language), String(report.eventDigest.prefix(16)))))
    }
}
