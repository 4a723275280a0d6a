import ArgumentParser
import Foundation
import RefurbCommandLine
import RefurbCore
import RefurbStore

/// `refurb backup --to FILE`: a consistent copy, taken while the service keeps running.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: CLIMessages.help("help.backup.abstract"),
        discussion: CLIMessages.help("help.backup.discussion"))

    @OptionGroup var options: GlobalOptions

    @Option(help: ArgumentHelp(CLIMessages.help("help.backup.to"), valueName: "file"))
    var to: String

    func run() async throws {
        let database = try options.openDatabase()
        do {
            try database.backup(to: to)
        } catch let error as StoreError {
            throw CommandFailure(error, options: options)
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: to)[.size] as? Int) ?? 0
        print(CLIMessages.text("cli.backup.done", to, String(size / 1024), in: options.language))
    }
}
