#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Glibc

/// What an external tool printed and returned.
public struct CommandOutput: Sendable, Equatable {
    /// The exit status; 128 + the signal's number when a signal ended it, as a shell reports it.
    public var exitCode: Int32
    public var standardOutput: String
    public var standardError: String

    public init(exitCode: Int32, standardOutput: String, standardError: String = "") {
        self.exitCode = exitCode
        self.standardOutput = standardOutput
        self.standardError = standardError
    }

    public var succeeded: Bool { exitCode == 0 }
}

/// Why a tool gave no answer.
public enum CommandRunnerError: Error, Sendable, Equatable {
    case toolMissing(String)
    /// Killed, with its process group, when its deadline passed.
    case timedOut([String])
    /// Killed because it printed more than the runner's output limit.
    case outputTooLarge([String])
    /// Found but could not be started (errno: EACCES, ENOEXEC…).
    case launchFailed([String], errno: Int32)
}

/// Runs one tool (hdparm, nvme-cli, smartctl…) to completion or to its deadline. Erasure talks to drive tools
/// through this seam so that its planning and polling logic is tested against recorded outputs of real drives;
/// `BoundedCommandRunner` is the real one. Every run has a deadline: a drive tool can hang for ever.
public protocol CommandRunning: Sendable {
    func run(_ arguments: [String], timeout: Duration) throws -> CommandOutput
}

extension BoundedCommandRunner: CommandRunning {
    /// Finds tools on PATH plus the sbin folders where Debian installs hdparm, nvme and smartctl (they are not
    /// on a user's PATH); `outputLimit` caps standard output and error together.
    public init(searchPath: [String]? = nil, outputLimit: Int = BoundedCommandRunner.defaultOutputLimit) {
        let environmentPath = ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":").map(String.init) ?? []
        self.searchPath = searchPath ?? (environmentPath + ["/usr/sbin", "/sbin", "/usr/bin", "/bin"])
        self.outputLimit = outputLimit
    }

    /// The executable's path: `tool` itself when it has a slash, else the first match on the search path.
    public func locate(_ tool: String) -> String? {
        if tool.contains("/") { return Self.isExecutableFile(tool) ? tool : nil }
        return searchPath.lazy.map { "\($0)/\(tool)" }.first(where: Self.isExecutableFile)
    }

    /// Runs `arguments` (the tool's name first) with standard input from /dev/null and LC_ALL=C, and returns
    /// what it printed on both streams. Throws when it is missing, could not start, outlived `timeout` or
    /// printed more than the limit.
    public func run(_ arguments: [String], timeout: Duration) throws -> CommandOutput {
        guard let tool = arguments.first, let executable = locate(tool) else {
            throw CommandRunnerError.toolMissing(arguments.first ?? "")
        }
        let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
        let command = Command(executable: executable, arguments: Array(arguments.dropFirst()), capturesStandardError: true)
        let outcome = Self.run([command], timeoutSeconds: seconds, outputLimit: outputLimit)[0]
        let exitCode: Int32
        switch outcome.termination {
        case .exited(let status): exitCode = status
        case .signaled(let signal): exitCode = 128 + signal
        case .timedOut: throw CommandRunnerError.timedOut(arguments)
        case .outputTooLarge: throw CommandRunnerError.outputTooLarge(arguments)
        case .launchFailed(let code) where code == ENOENT: throw CommandRunnerError.toolMissing(tool)
        case .launchFailed(let code): throw CommandRunnerError.launchFailed(arguments, errno: code)
        }
        return CommandOutput(
            exitCode: exitCode,
            standardOutput: String(decoding: outcome.output, as: UTF8.self),
            standardError: String(decoding: outcome.errorOutput, as: UTF8.self)
        )
    }

    private static func isExecutableFile(_ path: String) -> Bool {
        var information = stat()
        guard stat(path, &information) == 0, information.st_mode & S_IFMT == S_IFREG else { return false }
        return access(path, X_OK) == 0
    }
}
