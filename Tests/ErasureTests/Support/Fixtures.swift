import Foundation

/// Recorded outputs of real drive tools (see Fixtures/README.md); the real drives' smartctl outputs are in the
/// project's hardware corpus, `Tests/Fixtures/hardware/smartctl`, which DiagnosticsTests reads too.
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
}
