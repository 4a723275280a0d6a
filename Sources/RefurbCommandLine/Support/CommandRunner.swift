import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Runs a root command and turns every failure into the documented exit code, with its message in the user's
/// language; argument errors exit with 2 (bad input) instead of ArgumentParser's 64.
package enum CommandRunner {
    /// `prepare` sees the parsed command before it runs, for what must happen before any task starts; it runs on
    /// the main thread, as NIO requires of its executor's installation.
    @MainActor
    package static func run<Root: ParsableCommand>(
        _ root: Root.Type, arguments: [String]? = nil, prepare: @Sendable (ParsableCommand) -> Void = { _ in }
    ) async -> Never {
        do {
            var command = try root.parseAsRoot(arguments)
            prepare(command)
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            exit(0)
        } catch let failure as CommandFailure {
            failure.report()
            exit(failure.exitCode)
        } catch let code as ExitCode {
            exit(code.rawValue)
        } catch {
            let code = root.exitCode(for: error)
            let text = root.fullMessage(for: error)
            if code == .success {
                if !text.isEmpty { print(text) }
                exit(0)
            }
            printToStandardError(text)
            exit(CommandFailure.badInputCode)
        }
    }
}
