import Foundation

/// Files under Tests/PrintingTests/Fixtures, found from this source file's path.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures", isDirectory: true)

    static func url(_ relativePath: String) -> URL {
        directory.appendingPathComponent(relativePath)
    }

    static func names(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: url(folder).path)) ?? []).sorted()
    }

    /// A hex fixture: lines starting with "#" are comments, the rest hex bytes separated by spaces.
    static func hexBytes(_ relativePath: String) throws -> [UInt8] {
        let text = try String(contentsOf: url(relativePath), encoding: .utf8)
        return text.split(separator: "\n")
            .filter { !$0.hasPrefix("#") }
            .flatMap { $0.split(separator: " ") }
            .compactMap { UInt8($0, radix: 16) }
    }

    static func bytes(_ relativePath: String) throws -> [UInt8] {
        Array(try Data(contentsOf: url(relativePath)))
    }
}
