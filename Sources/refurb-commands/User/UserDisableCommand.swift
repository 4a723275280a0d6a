import ArgumentParser
import Foundation
import RefurbCommandLine
import RefurbCore
import RefurbStore

/// `refurb user disable NAME`: for someone who left, or an account that may have been misused. Nothing is
/// deleted: the name stays in the history, and `refurb user enable` undoes it.
struct UserDisableCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "disable",
        abstract: CLIMessages.help("help.userDisable.abstract"),
        discussion: CLIMessages.help("help.userDisable.discussion"))

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp(CLIMessages.help("help.common.name"), valueName: "name"))
    var name: String

    func run() async throws {
        try AccountSwitch.run(options, said: "cli.user.disabled") { database in
            try database.disableAccount(username: name, actor: options.who, at: Date())
        }
    }
}

/// What `refurb user disable` and `refurb user enable` share: the change, its refusal as a `CommandFailure`,
/// and the account printed as JSON or in a sentence.
enum AccountSwitch {
    static func run(_ options: GlobalOptions, said key: String, _ change: (AppDatabase) throws -> Account) throws {
        let account: Account
        do {
            account = try change(try options.openDatabase())
        } catch let error as StoreError {
            throw CommandFailure(error, options: options)
        }
        if options.json {
            JSONOutput.print(AccountListView(account))
        } else {
            print(CLIMessages.text(key, account.username, in: options.language))
        }
    }
}
