#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A failure to report to the person and to end the process with a documented exit code:
/// 1 for a refusal by a rule, 2 for bad input.
package struct CommandFailure: Error {
    package static let refusedCode: Int32 = 1
    package static let badInputCode: Int32 = 2

    package let exitCode: Int32
    package let message: String
    /// Printed on standard output with --json, so that scripts can read why.
    package let json: ErrorView?

    package init(badInput message: String, json: ErrorView? = nil) {
        exitCode = Self.badInputCode
        self.message = message
        self.json = json
    }

    package init(refused message: String, json: ErrorView? = nil) {
        exitCode = Self.refusedCode
        self.message = message
        self.json = json
    }

    private init(alreadySaid exitCode: Int32) {
        self.exitCode = exitCode
        message = ""
        json = nil
    }

    /// A refusal the command has already said, in its own output (each disk's result, the bench's screen, a
    /// verification's JSON): nothing more is printed, the process ends with exit code 1.
    package static let refusedAlreadySaid = CommandFailure(alreadySaid: refusedCode)
    /// Bad input the command has already said: nothing more is printed, the process ends with exit code 2.
    package static let badInputAlreadySaid = CommandFailure(alreadySaid: badInputCode)

    package func report() {
        if let json {
            JSONOutput.print(json)
        }
        if !message.isEmpty {
            printToStandardError(message)
        }
    }
}
