import ArgumentParser
import Foundation
import RefurbCommandLine
import RefurbCore
import RefurbStore

/// The options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        CLIMessages.help("help.globalOptions.db"),
        valueName: "path"))
    var db: String?

    /// `--json` and `--lang`, as every command takes them.
    @OptionGroup var output: OutputOptions

    @Option(name: .long, help: ArgumentHelp(
        CLIMessages.help("help.globalOptions.actor"), valueName: "name"))
    var actor: String?

    @Option(name: .long, help: ArgumentHelp(
        CLIMessages.help("help.globalOptions.station"), valueName: "name"))
    var station: String?

    var databasePath: String {
        db ?? ProcessInfo.processInfo.environment["REFURB_DB"] ?? "./data/refurb.sqlite"
    }

    var json: Bool { output.json }

    var language: Language { output.language }

    var who: Actor {
        let environment = ProcessInfo.processInfo.environment
        let user = actor ?? environment["REFURB_ACTOR"] ?? environment["USER"] ?? "cli"
        return Actor(user: user, station: station ?? "cli@\(ProcessInfo.processInfo.hostName)")
    }

    /// The SQLite database of `--db` (or the file `path` names instead).
    func openDatabase(at path: String? = nil) throws -> AppDatabase {
        let path = path ?? databasePath
        do {
            return try AppDatabase.open(path: path)
        } catch let error as StoreError {
            throw CommandFailure(badInput: error.message(in: language))
        } catch {
            throw CommandFailure(badInput: CLIMessages.text("cli.databaseUnusable", path, "\(error)", in: language))
        }
    }
}
