import ArgumentParser
import Foundation
import RefurbCommandLine
import RefurbCore
import RefurbServer
import RefurbStore

/// `refurb user add NAME --role …`
struct UserAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: CLIMessages.help("help.userAdd.abstract"),
        discussion: CLIMessages.help("help.userAdd.discussion")
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp(CLIMessages.help("help.userAdd.name"), valueName: "name"))
    var name: String

    @Option(name: .customLong("role"), help: ArgumentHelp(CLIMessages.help("help.userAdd.roles"), valueName: "role"))
    var roles: [String] = []

    @Flag(help: ArgumentHelp(CLIMessages.help("help.common.passwordStdin")))
    var passwordStdin = false

    @Option(help: ArgumentHelp(CLIMessages.help("help.common.bcryptCost"), valueName: "n"))
    var bcryptCost: UInt8 = 12

    func run() async throws {
        let language = options.language
        let roleSet: Set<Role>
        do {
            roleSet = try Role.parseList(roles.joined(separator: ","))
        } catch let error as RoleListError {
            throw CommandFailure(badInput: CLIMessages.text(error.message, in: language))
        }
        let password = passwordStdin ? try PasswordInput.readStandardInput(language: language) : nil
        let database = try options.openDatabase()
        let chosen = password ?? PasswordInput.madeUp()
        do {
            let account = try database.addAccount(username: name, passwordHash: PasswordHasher(cost: bcryptCost).hashNow(chosen),
                                                  roles: roleSet, actor: options.who, at: Date())
            if options.json {
                JSONOutput.print(CreatedAccountView(username: account.username, roles: account.roles.sorted().map(\.rawValue),
                                                    password: password == nil ? chosen : nil))
            } else {
                print(CLIMessages.text("cli.user.added", account.username, Role.listText(account.roles), in: language))
                if password == nil { print(CLIMessages.text("cli.user.madeUpPassword", chosen, in: language)) }
            }
        } catch let error as StoreError {
            throw CommandFailure(error, options: options)
        }
    }
}

struct CreatedAccountView: Encodable {
    let username: String
    let roles: [String]
    let password: String?
}
