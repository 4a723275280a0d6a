import Foundation

/// Runs Debian's `dmidecode --from-dump` on a corpus dump and reads its text output: the independent
/// decoder our parser is compared with.
struct DmidecodeOracle {
    struct Block {
        var type: Int
        var fields: [String: String]
    }

    static let path = TestPaths.executable("dmidecode")

    let blocks: [Block]

    init?(dump: String, types: String) {
        guard let executable = Self.path else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--from-dump", dump, "-t", types]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        var blocks: [Block] = []
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("Handle "), let typeText = line.split(separator: ",").dropFirst().first?.split(separator: " ").last {
                blocks.append(Block(type: Int(typeText) ?? -1, fields: [:]))
            } else if line.hasPrefix("\t"), !line.hasPrefix("\t\t"), let colon = line.firstIndex(of: ":"), !blocks.isEmpty {
                let key = line[..<colon].trimmingCharacters(in: .whitespaces)
                let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                blocks[blocks.count - 1].fields[key] = value
            }
        }
        self.blocks = blocks
    }

    func blocks(ofType type: Int) -> [Block] {
        blocks.filter { $0.type == type }
    }

    /// "1 GB", "512 MB", "16 kB", "No Module Installed", "Unknown" → bytes, 0 for an empty slot, nil unknown.
    static func bytes(fromSize text: String) -> UInt64? {
        if text == "No Module Installed" { return 0 }
        let parts = text.split(separator: " ")
        guard parts.count == 2, let value = UInt64(parts[0]) else { return nil }
        switch parts[1] {
        case "kB": return value << 10
        case "MB": return value << 20
        case "GB": return value << 30
        case "TB": return value << 40
        default: return nil
        }
    }
}
