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

    /// One drive being wiped somewhere in the workshop, with the device it came from.
    struct Running: Sendable {
        let assetTag: String
        let entry: Entry
    }

    /// Without news for this long a wipe is shown as stalled: the bench machine may have frozen, been
    /// switched off or lost the network. It stays on the board so that somebody goes and looks.
    static let stalledAfter: TimeInterval = 120
    /// A wipe silent for this long is forgotten: its machine was turned off long ago, and a stale row
    /// would only hide the live ones.
    static let forgottenAfter: TimeInterval = 12 * 3600

    private let entries = Mutex<[String: [String: Entry]]>([:])

    func record(_ update: Update, tag: String, at date: Date = Date()) {
        entries.withLock { $0[tag, default: [:]][update.drive] = Entry(update: update, receivedAt: date) }
    }

    func finish(tag: String, drive: String) {
        entries.withLock { _ = $0[tag]?.removeValue(forKey: drive) }
    }

    func current(tag: String) -> [Entry] {
        entries.withLock { ($0[tag] ?? [:]).values.sorted { $0.update.drive < $1.update.drive } }
    }

    /// Every wipe on the board across all benches, by asset tag then drive. Wipes silent for longer
    /// than `forgottenAfter` are dropped on the way.
    func running(at now: Date = Date()) -> [Running] {
        entries.withLock { board in
            for (tag, drives) in board {
                let kept = drives.filter { now.timeIntervalSince($0.value.receivedAt) < Self.forgottenAfter }
                board[tag] = kept.isEmpty ? nil : kept
            }
            return board.keys.sorted().flatMap { tag in
                (board[tag] ?? [:]).values.sorted { $0.update.drive < $1.update.drive }.map { Running(assetTag: tag, entry: $0) }
            }
        }
    }
}
