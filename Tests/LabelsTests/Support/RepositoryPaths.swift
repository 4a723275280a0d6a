import Foundation

/// Where the repository and its test tools are. The root is `REFURB_REPO_ROOT` if set, else the
/// first folder above this file holding both Package.swift and Labels/ (in a scratch package whose
/// Tests are symlinks, set REFURB_REPO_ROOT or rely on the symlink's target being inside the repository).
enum RepositoryPaths {
    static let root: URL = {
        if let configured = ProcessInfo.processInfo.environment["REFURB_REPO_ROOT"], !configured.isEmpty {
            return URL(fileURLWithPath: configured, isDirectory: true)
        }
        let here = URL(fileURLWithPath: #filePath)
        for start in [here, here.resolvingSymlinksInPath()] {
            var folder = start.deletingLastPathComponent()
            while folder.path != "/" {
                let manager = FileManager.default
                if manager.fileExists(atPath: folder.appendingPathComponent("Package.swift").path),
                   manager.fileExists(atPath: folder.appendingPathComponent("Labels").path) {
                    return folder
                }
                folder = folder.deletingLastPathComponent()
            }
        }
        // The test file's own repository layout: Tests/LabelsTests/Support/… → three levels up.
        return here.resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }()

    static var labels: URL { root.appendingPathComponent("Labels", isDirectory: true) }

    static var fixtures: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures", isDirectory: true)
    }

    /// A fresh temporary folder for one test's files.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("refurb-labels-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
