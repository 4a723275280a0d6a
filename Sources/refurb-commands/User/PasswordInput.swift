import Foundation
import RefurbCommandLine
import RefurbCore
import RefurbServer

enum PasswordInput {
    /// The first line of standard input, refused when shorter than 10 characters.
    static func readStandardInput(language: Language) throws -> String {
        guard let line = readLine(strippingNewline: true), line.count >= 10 else {
            throw CommandFailure(badInput: CLIMessages.text("cli.user.passwordTooShort", "10", in: language))
        }
        return line
    }

    static func madeUp() -> String {
        SecretToken.password()
    }
}
