import Foundation
import Synchronization

/// The latest progress of each running wipe, by device and drive. Kept in memory only: it matters
/// while the wipe runs, and the certificate is the record once it ends.
final class WipeProgressBoard: Sendable {
    struct Update: Codable, Sendable {
        let drive: String
        let bytesDone: Int64
        let bytesTotal: Int64
        let pass: Int?
        let passes: Int?
        let bytesPerSecond: Double?
        let phase: String?
    }

    struct Entry: Codable, Sendable {
        let update: Update
        let receivedAt: Date
    }

    private let entries = Mutex<[String: [String: Entry]]>([:])

    func record(_ update: Update, tag: String) {
        entries.withLock { $0[tag, default: [:]][update.drive] = Entry(update: update, receivedAt: Date()) }
    }

    func finish(tag: String, drive: String) {
        entries.withLock { _ = $0[tag]?.removeValue(forKey: drive) }
    }

    func current(tag: String) -> [Entry] {
        entries.withLock { ($0[tag] ?? [:]).values.sorted { $0.update.drive < $1.update.drive } }
    }
}
