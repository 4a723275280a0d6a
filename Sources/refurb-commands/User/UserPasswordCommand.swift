import ArgumentParser
import Foundation
import RefurbCommandLine
import RefurbCore
import RefurbServer
import RefurbStore

/// `refurb user password NAME`: a new password, for someone who forgot theirs (or the first admin's). The
/// account's open sessions end.
struct UserPasswordCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "password",
        abstract: CLIMessages.help("help.userPassword.abstract"))

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp(CLIMessages.help("help.common.name"), valueName: "name"))
    var name: String

    @Flag(help: ArgumentHelp(CLIMessages.help("help.common.passwordStdin")))
    var passwordStdin = false

    @Option(help: ArgumentHelp(CLIMessages.help("help.common.bcryptCost"), valueName: "n"))
    var bcryptCost: UInt8 = 12

    func run() async throws {
        let language = options.language
        let given = passwordStdin ? try PasswordInput.readStandardInput(language: language) : nil
        let password = given ?? PasswordInput.madeUp()
        let ended: Int
        do {
            // Every session of the account ends: whoever knew the old password is signed out.
            ended = try options.openDatabase().setPasswordHash(username: name, passwordHash: PasswordHasher(cost: bcryptCost).hashNow(password),
                                                               actor: options.who, at: Date())
        } catch let error as StoreError {
            throw CommandFailure(error, options: options)
        }
        print(CLIMessages.text("cli.user.passwordSet", name, String(ended), in: language))
        if given == nil { print(CLIMessages.text("cli.user.madeUpPassword", password, in: language)) }
    }
}
