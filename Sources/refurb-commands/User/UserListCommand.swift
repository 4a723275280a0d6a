import ArgumentParser
import Foundation
import RefurbCommandLine
import RefurbCore
import RefurbStore

/// `refurb user list`
struct UserListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: CLIMessages.help("help.userList.abstract"))

    @OptionGroup var options: GlobalOptions

    func run() async throws {
        let accounts = try options.openDatabase().accounts()
        if options.json {
            JSONOutput.print(accounts.map(AccountListView.init))
        } else {
            let disabled = CLIMessages.text("cli.user.disabledMark", in: options.language)
            for account in accounts {
                print("\(account.username)\t\(Role.listText(account.roles))\(account.isDisabled ? "\t" + disabled : "")")
            }
        }
    }
}

/// An account as `refurb user list --json` shows it; disabled accounts are listed too.
struct AccountListView: Encodable {
    let username: String
    let roles: [String]
    let disabled: Bool

    init(_ account: Account) {
        username = account.username
        roles = account.roles.sorted().map(\.rawValue)
        disabled = account.isDisabled
    }
}
