import Foundation

enum HexFixture {
    /// Bytes of an annotated hex file: "#" lines are comments.
    static func bytes(_ relativePath: String) throws -> [UInt8] {
        let text = try String(contentsOf: RepositoryPaths.fixtures.appendingPathComponent(relativePath), encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }
            .flatMap { $0.split(separator: " ") }.compactMap { UInt8($0, radix: 16) }
    }
}
