import Erasure
import Foundation
import HostSystem

/// Runs helper commands for the tests (losetup, mkfs, mount…), failing loudly when they fail.
enum Shell {
    struct Failure: Error, CustomStringConvertible {
        let command: [String]
        let output: CommandOutput
        var description: String { "\(command.joined(separator: " ")) exited \(output.exitCode): \(output.standardError)" }
    }

    @discardableResult
    static func run(_ command: [String]) throws -> CommandOutput {
        try BoundedCommandRunner().run(command, timeout: .seconds(120))
    }

    @discardableResult
    static func check(_ command: [String]) throws -> String {
        let output = try run(command)
        guard output.succeeded else { throw Failure(command: command, output: output) }
        return output.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
