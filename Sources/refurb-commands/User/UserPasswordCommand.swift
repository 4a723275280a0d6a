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
        abstract: "Set a new password for an account (made up and printed, or read with --password-stdin); its sessions end.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp("The account name.", valueName: "name"))
    var name: String

    @Flag(help: "Read the password from standard input instead of making one up.")
    var passwordStdin = false

    @Option(help: ArgumentHelp("bcrypt cost (the service's default is 12).", valueName: "n"))
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
