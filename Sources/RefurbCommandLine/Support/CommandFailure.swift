import Foundation
import RefurbCore
import RefurbStore

/// A failure to report to the person and to end the process with a documented exit code:
/// 1 for a refusal by a rule, 2 for bad input.
struct CommandFailure: Error {
    static let refusedCode: Int32 = 1
    static let badInputCode: Int32 = 2

    let exitCode: Int32
    let message: String
    /// Printed on standard output with --json, so that scripts can read why.
    let json: ErrorView?

    init(badInput message: String, json: ErrorView? = nil) {
        exitCode = Self.badInputCode
        self.message = message
        self.json = json
    }

    init(refused message: String, json: ErrorView? = nil) {
        exitCode = Self.refusedCode
        self.message = message
        self.json = json
    }

    /// Translates the store's refusals for a person (and for scripts with --json).
    init(_ error: StoreError, options: GlobalOptions) {
        let text = error.message(in: options.language)
        let view = options.json ? ErrorView(error, message: text) : nil
        if error.isRuleRefusal {
            self.init(refused: text, json: view)
        } else {
            self.init(badInput: text, json: view)
        }
    }

    func report() {
        if let json {
            JSONOutput.print(json)
        }
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}

extension GlobalOptions {
    /// Runs a store operation, turning its refusals into the command's failure.
    func perform<T>(_ operation: () throws -> T) throws -> T {
        do {
            return try operation()
        } catch let error as StoreError {
            throw CommandFailure(error, options: self)
        }
    }
}
