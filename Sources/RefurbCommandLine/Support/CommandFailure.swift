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

    package func report() {
        if let json {
            JSONOutput.print(json)
        }
        printToStandardError(message)
    }
}
