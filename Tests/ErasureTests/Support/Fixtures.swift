import Foundation

/// Recorded outputs of real drive tools (see Fixtures/README.md).
enum Fixtures {
    static func text(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: name])
        }
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// The project's root folder (where Schemas/ lives), found by walking up from this file.
    static var projectRoot: String? {
        var url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Schemas/erasure-certificate.schema.json").path) { return url.path }
            url.deleteLastPathComponent()
        }
        return nil
    }

    /// The shared real-hardware fixtures (smartctl JSON), beside the project when present.
    static var sharedSmartctlFolder: String? {
        guard let root = projectRoot else { return nil }
        let path = (root as NSString).deletingLastPathComponent + "/shared/fixtures/smartctl"
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }
}
