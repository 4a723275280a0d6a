import Erasure
import Foundation
import HostSystem
import Synchronization

/// Plays back recorded tool outputs in order for each command line, and records what was run. The last
/// answer for a command repeats.
final class ScriptedRunner: CommandRunning {
    private let script: Mutex<[String: [CommandOutput]]>
    private let calls = Mutex<[String]>([])

    init(_ script: [String: [CommandOutput]]) {
        self.script = Mutex(script)
    }

    var commandsRun: [String] { calls.withLock { $0 } }

    func run(_ arguments: [String], timeout: Duration) throws -> CommandOutput {
        let line = arguments.joined(separator: " ")
        calls.withLock { $0.append(line) }
        return try script.withLock { script in
            guard var answers = script[line], let first = answers.first else { throw CommandRunnerError.toolMissing(line) }
            if answers.count > 1 { answers.removeFirst() }
            script[line] = answers
            return first
        }
    }
}

extension CommandOutput {
    static func ok(_ text: String) -> CommandOutput { CommandOutput(exitCode: 0, standardOutput: text) }
}
