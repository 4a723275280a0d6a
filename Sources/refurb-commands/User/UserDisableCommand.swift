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
        abstract: "Disable an account: it can no longer sign in, its sessions end and its tokens are refused.",
        discussion: """
            The account stays in the list and in the history; `refurb user enable NAME` undoes it, tokens included.
            The last admin who can sign in cannot be disabled. A running service ends the account's sessions at
            once and refuses its tokens within 5 seconds (disabling through the service or the office page
            refuses them at once).
            Example: refurb user disable camille
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp("The account name.", valueName: "name"))
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
