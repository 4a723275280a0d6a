import ArgumentParser
import Foundation
import RefurbCommandLine
import RefurbCore
import RefurbStore

/// `refurb user list`
struct UserListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the accounts and their roles.")

    @OptionGroup var options: GlobalOptions

    func run() async throws {
        let accounts = try options.openDatabase().accounts()
        if options.json {
            JSONOutput.print(accounts.map { CreatedAccountView(username: $0.username, roles: $0.roles.sorted().map(\.rawValue), password: nil) })
        } else {
            for account in accounts {
                print("\(account.username)\t\(Role.listText(account.roles))\(account.isDisabled ? "\t(désactivé)" : "")")
            }
        }
    }
}
