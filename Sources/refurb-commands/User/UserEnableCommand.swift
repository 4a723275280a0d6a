import ArgumentParser
import Foundation
import RefurbCommandLine
import RefurbStore

/// `refurb user enable NAME`: undoes `refurb user disable`.
struct UserEnableCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enable",
        abstract: CLIMessages.help("help.userEnable.abstract"))

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp(CLIMessages.help("help.common.name"), valueName: "name"))
    var name: String

    func run() async throws {
        try AccountSwitch.run(options, said: "cli.user.enabled") { database in
            try database.enableAccount(username: name, actor: options.who, at: Date())
        }
    }
}
