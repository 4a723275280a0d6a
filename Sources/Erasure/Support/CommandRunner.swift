import Foundation

/// What an external tool printed and returned.
public struct CommandOutput: Sendable, Equatable {
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

public enum CommandRunnerError: Error, Sendable, Equatable {
    case toolMissing(String)
    case timedOut([String])
}

/// Runs drive tools (hdparm, nvme-cli, smartctl). Firmware erasure goes through this seam so that the
/// planning and polling logic is tested against recorded outputs of real drives.
public protocol CommandRunning: Sendable {
    func run(_ arguments: [String], timeout: Duration?) throws -> CommandOutput
}

/// Runs commands for real with Foundation's `Process`, finding the tool on PATH plus the sbin folders
/// where Debian installs hdparm, nvme and smartctl.
public struct ProcessCommandRunner: CommandRunning {
    public var searchPath: [String]

    public init(searchPath: [String]? = nil) {
        let environmentPath = ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":").map(String.init) ?? []
        self.searchPath = searchPath ?? (environmentPath + ["/usr/sbin", "/sbin", "/usr/bin", "/bin"])
    }

    public func locate(_ tool: String) -> String? {
        if tool.contains("/") { return FileManager.default.isExecutableFile(atPath: tool) ? tool : nil }
        return searchPath.map { "\($0)/\(tool)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    public func run(_ arguments: [String], timeout: Duration?) throws -> CommandOutput {
        guard let tool = arguments.first, let executable = locate(tool) else {
            throw CommandRunnerError.toolMissing(arguments.first ?? "")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = Array(arguments.dropFirst())
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = "C"  // the parsers read the tools' English output
        process.environment = environment
        let outputPipe = Pipe()
        let errorPipe = Pipe()
        process.standardOutput = outputPipe
        process.standardError = errorPipe
        process.standardInput = FileHandle.nullDevice
        try process.run()

        // Drain both pipes while the tool runs, so that a chatty tool never blocks on a full pipe.
        let collected = CollectedOutput()
        let group = DispatchGroup()
        for (pipe, isError) in [(outputPipe, false), (errorPipe, true)] {
            group.enter()
            DispatchQueue.global().async {
                let data = pipe.fileHandleForReading.readDataToEndOfFile()
                collected.store(data, isError: isError)
                group.leave()
            }
        }
        let finished = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            process.waitUntilExit()
            finished.signal()
        }
        if let timeout {
            let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
            if finished.wait(timeout: .now() + seconds) == .timedOut {
                process.terminate()
                throw CommandRunnerError.timedOut(arguments)
            }
        } else {
            finished.wait()
        }
        group.wait()
        return CommandOutput(
            exitCode: process.terminationStatus,
            standardOutput: collected.text(isError: false),
            standardError: collected.text(isError: true)
        )
    }
}

private final class CollectedOutput: @unchecked Sendable {
    private let lock = NSLock()
    private var output = Data()
    private var error = Data()

    func store(_ data: Data, isError: Bool) {
        lock.lock()
        defer { lock.unlock() }
        if isError { error = data } else { output = data }
    }

    func text(isError: Bool) -> String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: isError ? error : output, as: UTF8.self)
    }
}
