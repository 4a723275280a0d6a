import Foundation
import RefurbClient
import RefurbCore

/// Results made on an offline bench for a machine whose asset tag was not known there: the hardware report and the
/// certificates, each kept as the submission it will be, with `{tag}` in its path, in a folder named after the
/// machine's serial. `refurb sync --stick` asks the service which device has that serial (its intake record), fills
/// in the tag and hands them to the spool, which sends each exactly once (same id, same Idempotency-Key).
struct AwaitingSerialFolder {
    static let tagPlaceholder = "{tag}"

    let directory: URL

    /// Keeps one result for `serial`.
    func keep(_ submission: Submission, serial: String) throws {
        let folder = directory.appendingPathComponent(Self.folderName(serial), isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let name = "\(submission.createdAtMillis)-\(submission.id).json"
        try encoder.encode(submission).write(to: folder.appendingPathComponent(name), options: .atomic)
        // The serial as the firmware gave it, since the folder's name may have had to change it.
        try Data(serial.utf8).write(to: folder.appendingPathComponent("serial.txt"), options: .atomic)
    }

    /// The serials that have results waiting, with the files of each, oldest first.
    func waiting() -> [(serial: String, folder: URL, files: [URL])] {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: directory.path) else { return [] }
        return names.sorted().compactMap { name in
            let folder = directory.appendingPathComponent(name, isDirectory: true)
            guard let serial = try? String(contentsOf: folder.appendingPathComponent("serial.txt"), encoding: .utf8),
                  let files = try? manager.contentsOfDirectory(atPath: folder.path) else { return nil }
            let results = files.filter { $0.hasSuffix(".json") }.sorted().map { folder.appendingPathComponent($0) }
            return results.isEmpty ? nil : (serial, folder, results)
        }
    }

    /// Hands one serial's results to the spool under `tag`; each file is removed once the spool has it.
    func release(_ files: [URL], tag: String, into spool: SubmissionSpool) throws -> Int {
        var moved = 0
        for file in files {
            let kept = try JSONDecoder().decode(Submission.self, from: Data(contentsOf: file))
            let ready = Submission(id: kept.id, method: kept.method,
                                   path: kept.path.replacingOccurrences(of: Self.tagPlaceholder, with: tag),
                                   contentType: kept.contentType, body: kept.body, createdAt: kept.createdAt,
                                   summary: kept.summary.replacingOccurrences(of: Self.tagPlaceholder, with: tag))
            do throws(ClientError) {
                try spool.enqueue(ready)
            } catch {
                // Handed over by a sync that stopped before it removed the file: the spool has it already.
                guard error.key == "spool.duplicate" else { throw error }
            }
            try FileManager.default.removeItem(at: file)
            moved += 1
        }
        return moved
    }

    /// A folder name from a serial: letters, digits, '-' and '_' kept, anything else (a '/' above all) as '_'.
    static func folderName(_ serial: String) -> String {
        let kept = serial.unicodeScalars.map { scalar -> Character in
            ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
                || scalar == "-" || scalar == "_" ? Character(scalar) : "_"
        }
        let name = String(kept)
        return name.isEmpty ? "_" : name
    }
}
