import Foundation
import Glibc

/// A throwaway folder for one test: a `/` with sysfs attributes, device links and the hostile files (FIFOs, link
/// loops) that cannot be committed, or the scripts that stand in for tools. Removed when the test's value goes away.
final class FixtureTree {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("refurb-host-root-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The absolute path of `relative`, its folder created.
    private func prepared(_ relative: String) throws -> String {
        let full = path + "/" + relative
        let folder = String(full[..<(full.lastIndex(of: "/") ?? full.endIndex)])
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return full
    }

    func write(_ relative: String, _ text: String) throws {
        try write(relative, bytes: Array(text.utf8))
    }

    func write(_ relative: String, bytes: [UInt8]) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: try prepared(relative)))
    }

    func folder(_ relative: String) throws {
        try FileManager.default.createDirectory(atPath: path + "/" + relative, withIntermediateDirectories: true)
    }

    func link(_ relative: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: try prepared(relative), withDestinationPath: target)
    }

    /// A file with its permissions (a tool that is there but cannot be run, with 0o644).
    @discardableResult
    func write(_ relative: String, _ text: String, mode: mode_t) throws -> String {
        try write(relative, text)
        chmod(path + "/" + relative, mode)
        return path + "/" + relative
    }

    /// An executable shell script standing in for a tool (smartctl that hangs, hdparm that floods).
    func script(_ relative: String, _ body: String) throws -> String {
        try write(relative, "#!/bin/sh\n" + body + "\n", mode: 0o755)
    }

    func fifo(_ relative: String) throws {
        guard mkfifo(try prepared(relative), 0o644) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }
}
