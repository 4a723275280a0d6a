import ArgumentParser
import Foundation
import RefurbCommandLine
import RefurbStore

/// `refurb user enable NAME`: undoes `refurb user disable`.
struct UserEnableCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enable",
        abstract: "Enable a disabled account again: it can sign in, and its tokens that were not revoked work again.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp("The account name.", valueName: "name"))
    var name: String

    func run() async throws {
        try AccountSwitch.run(options, said: "cli.user.enabled") { database in
            try database.enableAccount(username: name, actor: options.who, at: Date())
        }
    }
}
