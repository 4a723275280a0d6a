import Foundation

/// Where the tests find their fixtures: the project's own trees beside the tests, and the shared corpus
/// of real captures in `<repository>/../shared/fixtures` (or `$REFURB_SHARED_FIXTURES`).
enum TestPaths {
    /// Tests/DiagnosticsTests, found from this file's path (which may run through a symbolic link).
    static let testsDirectory: String = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        if url.lastPathComponent == "Support" { url.deleteLastPathComponent() }
        return url.path
    }()

    static let fixtures = testsDirectory + "/Fixtures"
    /// The fixture trees, unpacked once per test run (see Fixtures/make_fixtures.py for why they are archives).
    static let laptop = unpacked("laptop")
    static let desktopDMIID = unpacked("desktop-dmi-id")

    private static let unpackDirectory = NSTemporaryDirectory() + "refurb-diagnostics-fixtures-\(ProcessInfo.processInfo.processIdentifier)"

    private static func unpacked(_ name: String) -> String {
        let destination = unpackDirectory + "/" + name
        if !FileManager.default.fileExists(atPath: destination) {
            try? FileManager.default.createDirectory(atPath: unpackDirectory, withIntermediateDirectories: true)
            let tar = Process()
            tar.executableURL = URL(fileURLWithPath: executable("tar") ?? "/bin/tar")
            tar.arguments = ["-xzf", fixtures + "/" + name + ".tar.gz", "-C", unpackDirectory]
            try? tar.run()
            tar.waitUntilExit()
        }
        return destination
    }

    /// The real-hardware corpus, or nil when it is not present on this machine.
    static let sharedCorpus: String? = {
        if let fromEnvironment = ProcessInfo.processInfo.environment["REFURB_SHARED_FIXTURES"],
           FileManager.default.fileExists(atPath: fromEnvironment + "/smbios") {
            return fromEnvironment
        }
        var directory = URL(fileURLWithPath: testsDirectory)
        while directory.path != "/" {
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
                let corpus = directory.deletingLastPathComponent().appendingPathComponent("shared/fixtures").standardizedFileURL.path
                return FileManager.default.fileExists(atPath: corpus + "/smbios") ? corpus : nil
            }
            directory.deleteLastPathComponent()
        }
        return nil
    }()

    static var hasSharedCorpus: Bool { sharedCorpus != nil }

    static func corpusFiles(_ folder: String, suffix: String = "") -> [String] {
        guard let corpus = sharedCorpus,
              let names = try? FileManager.default.contentsOfDirectory(atPath: corpus + "/" + folder)
        else { return [] }
        return names.filter { $0.hasSuffix(suffix) && !$0.hasPrefix(".") && $0 != "LICENSE" }.sorted().map { corpus + "/" + folder + "/" + $0 }
    }

    /// The full path of a program on PATH, or nil.
    static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in (path.split(separator: ":").map(String.init) + ["/usr/sbin", "/sbin"]) {
            let candidate = directory + "/" + name
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
