import Foundation

/// A throwaway directory for one test, written file by file: hostile trees (FIFOs, huge files, link
/// loops) cannot be committed, so they are made here. Removed when the test's value goes away.
final class TemporaryTree {
    let path: String

    init(copying source: String? = nil) throws {
        path = NSTemporaryDirectory() + "refurb-diagnostics-" + UUID().uuidString
        if let source {
            // cp -a keeps the symbolic links that sysfs is made of.
            let copy = Process()
            copy.executableURL = URL(fileURLWithPath: "/bin/cp")
            copy.arguments = ["-a", source, path]
            try copy.run()
            copy.waitUntilExit()
        } else {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        }
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    func write(_ relative: String, _ text: String) throws {
        try write(relative, bytes: Array(text.utf8))
    }

    func write(_ relative: String, bytes: [UInt8]) throws {
        let full = path + "/" + relative
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: full))
    }

    func link(_ relative: String, to target: String) throws {
        let full = path + "/" + relative
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: full, withDestinationPath: target)
    }

    func remove(_ relative: String) throws {
        try FileManager.default.removeItem(atPath: path + "/" + relative)
    }

    func makeFIFO(_ relative: String) throws {
        let full = path + "/" + relative
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        guard mkfifo(full, 0o644) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    /// An executable shell script (fake smartctl and friends).
    func script(_ relative: String, _ body: String) throws -> String {
        try write(relative, "#!/bin/sh\n" + body + "\n")
        let full = path + "/" + relative
        chmod(full, 0o755)
        return full
    }
}
