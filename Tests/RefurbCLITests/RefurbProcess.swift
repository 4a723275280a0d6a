import Foundation

/// Runs the built `refurb` executable as a real process against a temporary database.
struct RefurbProcess {
    struct Outcome {
        let status: Int32
        let stdout: String
        let stderr: String

        func json() throws -> Any { try JSONSerialization.jsonObject(with: Data(stdout.utf8)) }
    }

    let folder: URL
    let databasePath: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("refurb-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        databasePath = folder.appendingPathComponent("data/refurb.sqlite").path
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// The executable sits beside the test bundle in the build folder.
    static var executable: URL {
        if let path = ProcessInfo.processInfo.environment["REFURB_BINARY"] {
            return URL(fileURLWithPath: path)
        }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("refurb").path), folder.path != "/" {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("refurb")
    }

    /// Runs `refurb` with `arguments` and waits for it, at most `timeout` (then it is killed, and the outcome shows it).
    /// `environment` is added to the test's own; the service variables (REFURB_URL, REFURB_TOKEN, REFURB_SPOOL) are
    /// never inherited, so that a developer's settings cannot send anything anywhere. `input`, when given, is what
    /// the process reads on its standard input (then closed), as a person typing answers.
    @discardableResult
    func run(_ arguments: [String], language: String = "fr", environment extra: [String: String] = [:],
             input: String? = nil, timeout: TimeInterval = 300, executable: URL = Self.executable) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        for name in ["REFURB_URL", "REFURB_TOKEN", "REFURB_SPOOL"] { environment[name] = nil }
        environment["REFURB_DB"] = databasePath
        environment["REFURB_LANG"] = language
        environment["REFURB_ACTOR"] = "camille"
        environment["REFURB_SPOOL"] = folder.appendingPathComponent("spool").path
        environment.merge(extra) { _, new in new }
        process.environment = environment
        process.currentDirectoryURL = folder
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let typed = input.map { _ in Pipe() }
        if let typed { process.standardInput = typed }
        try process.run()
        if let typed, let input {
            try typed.fileHandleForWriting.write(contentsOf: Data(input.utf8))
            try typed.fileHandleForWriting.close()
        }
        // Every wait is bounded: a process that hangs is killed, its pipes then close and the reads below end.
        let watchdog = DispatchWorkItem { [process] in
            if process.isRunning { process.terminate() }
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        defer { watchdog.cancel() }
        // Standard error is drained on another thread, so that neither pipe can fill up and block the process.
        let stderrData = LockedData()
        let drained = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            stderrData.set(errors.fileHandleForReading.readDataToEndOfFile())
            drained.signal()
        }
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        drained.wait()
        let stderr = stderrData.get()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                       stderr: String(decoding: stderr, as: UTF8.self))
    }
}

/// Bytes handed from one thread to another.
final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func set(_ value: Data) {
        lock.lock()
        data = value
        lock.unlock()
    }

    func get() -> Data {
        lock.lock()
        defer { lock.unlock() }
        return data
    }
}
