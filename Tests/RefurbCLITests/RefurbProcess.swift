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

    @discardableResult
    func run(_ arguments: [String], language: String = "fr") throws -> Outcome {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["REFURB_DB"] = databasePath
        environment["REFURB_LANG"] = language
        environment["REFURB_ACTOR"] = "camille"
        process.environment = environment
        process.currentDirectoryURL = folder
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                       stderr: String(decoding: stderr, as: UTF8.self))
    }
}
