import Foundation

/// Where the tests find their fixtures: the project's own trees beside the tests, and the corpus of real
/// hardware captures in `Tests/Fixtures/hardware` (read by ErasureTests too; sources and licences in its README).
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

    /// The real-hardware corpus: `smbios/`, `smartctl/` and `power_supply/`.
    static let hardwareCorpus = URL(fileURLWithPath: testsDirectory).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/hardware").standardizedFileURL.path

    static func corpusFiles(_ folder: String, suffix: String = "") -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: hardwareCorpus + "/" + folder)) ?? []
        return names.filter { $0.hasSuffix(suffix) && !$0.hasPrefix(".") && $0 != "LICENSE" }.sorted().map { hardwareCorpus + "/" + folder + "/" + $0 }
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
