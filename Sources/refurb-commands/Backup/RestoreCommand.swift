import ArgumentParser
import Foundation
import RefurbCommandLine
import RefurbCore
import RefurbServer
import RefurbStore

/// `refurb restore --from FILE`: brings a backup back, keeping the replaced database beside it.
struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: CLIMessages.help("help.restore.abstract"),
        discussion: CLIMessages.help("help.restore.discussion"))

    @OptionGroup var options: GlobalOptions

    @Option(help: ArgumentHelp(CLIMessages.help("help.restore.from"), valueName: "file"))
    var from: String

    @Flag(help: ArgumentHelp(CLIMessages.help("help.restore.yes")))
    var yes = false

    func run() async throws {
        let language = options.language
        let path = options.databasePath
        if ServiceLock.isHeld(forDatabase: path) {
            throw CommandFailure(refused: CLIMessages.text("cli.restore.serviceRunning", path, in: language))
        }
        if !yes {
            print(CLIMessages.text("cli.restore.confirm", path, from, in: language), terminator: " ")
            guard let answer = readLine()?.lowercased(), ["o", "oui", "y", "yes"].contains(answer) else {
                throw CommandFailure(refused: CLIMessages.text("cli.restore.cancelled", in: language))
            }
        }
        let stamp = ISO8601DateFormatter().string(from: Date()).replacingOccurrences(of: ":", with: "")
        let aside = path + ".before-restore-" + stamp
        // The backup is checked before the copy aside is made: a refused restore leaves the folder as it was.
        let kept: Bool
        do {
            kept = try AppDatabase.restore(from: from, to: path, keepingReplacedAt: aside)
        } catch let error as StoreError {
            throw CommandFailure(error, options: options)
        }
        print(CLIMessages.text("cli.restore.done", from, path, in: language))
        if kept { print(CLIMessages.text("cli.restore.kept", aside, in: language)) }
    }
}
