import Foundation
import RefurbCore
import Synchronization

/// The latest progress of each running wipe, by device and drive. Kept in memory only: it matters
/// while the wipe runs, and the certificate is the record once it ends.
///
/// Bounded, because bench machines post to it unattended: each update is checked for size and sense
/// (`Update.checked()`), the controller lets only existing devices and their drives in, the board keeps
/// at most `capacity` entries and `drivesPerDevice` per device (the oldest news goes first), and an entry
/// without news for `forgottenAfter` is dropped. A board of 1,000 entries is about 300 KB.
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
    /// A wipe silent for this long is forgotten: long enough for a volunteer back from a break to see the
    /// stalled row and go and look, short enough that the board does not show the morning's dead machines.
    /// (A wipe that ended with a certificate leaves at once; states kept for a while after the end would
    /// get their own, shorter, retention here.)
    static let forgottenAfter: TimeInterval = 3600
    /// The whole workshop's board: far more drives than a workshop wipes at once, few enough that the bench
    /// page lists them in a blink.
    static let defaultCapacity = 1000
    /// Drives of one device on the board: a device's drives when it has no report yet, or a disk shelf's.
    static let defaultDrivesPerDevice = 32

    /// Longest drive name: `DriveName` gives a serial (64 at most, `SerialNumber.maximumLength`), a WWN,
    /// or "path:" and a device path, which /dev/disk/by-path names keep under 128.
    static let maximumDriveLength = 128
    /// Longest phase: the known ones are short words ("write", "verify"); an unknown one is shown as sent.
    static let maximumPhaseLength = 32
    /// More passes than any method has (Gutmann's 35); past this a figure is a mistake.
    static let maximumPasses = 100

    private struct Key: Hashable {
        let tag: String
        /// `SerialNumber.key` of the drive's name, as certificates and reports are matched.
        let drive: String
    }

    let capacity: Int
    let drivesPerDevice: Int
    private let entries = Mutex<[Key: Entry]>([:])

    init(capacity: Int = defaultCapacity, drivesPerDevice: Int = defaultDrivesPerDevice) {
        self.capacity = capacity
        self.drivesPerDevice = drivesPerDevice
    }

    /// Records the news of one drive. A new drive beyond a bound pushes out the one with the oldest news
    /// (of the same device first, then of the whole board).
    func record(_ update: Update, tag: String, at date: Date = Date()) {
        let key = Key(tag: tag, drive: SerialNumber.key(for: update.drive))
        entries.withLock { board in
            Self.forget(in: &board, before: date)
            if board[key] == nil {
                let sameDevice = board.filter { $0.key.tag == tag }
                if sameDevice.count >= drivesPerDevice, let oldest = Self.oldest(sameDevice) { board[oldest] = nil }
                if board.count >= capacity, let oldest = Self.oldest(board) { board[oldest] = nil }
            }
            board[key] = Entry(update: update, receivedAt: date)
        }
    }

    /// Whether the drive already has news on the board: its next updates need no new check.
    func knows(tag: String, drive: String) -> Bool {
        entries.withLock { $0[Key(tag: tag, drive: SerialNumber.key(for: drive))] != nil }
    }

    func finish(tag: String, drive: String) {
        entries.withLock { _ = $0.removeValue(forKey: Key(tag: tag, drive: SerialNumber.key(for: drive))) }
    }

    func current(tag: String, at now: Date = Date()) -> [Entry] {
        entries.withLock { board in
            Self.forget(in: &board, before: now)
            return board.filter { $0.key.tag == tag }.values.sorted { $0.update.drive < $1.update.drive }
        }
    }

    /// Every wipe on the board across all benches, by asset tag then drive. Wipes silent for longer
    /// than `forgottenAfter` are dropped on the way.
    func running(at now: Date = Date()) -> [Running] {
        entries.withLock { board in
            Self.forget(in: &board, before: now)
            return board.map { Running(assetTag: $0.key.tag, entry: $0.value) }
                .sorted { ($0.assetTag, $0.entry.update.drive) < ($1.assetTag, $1.entry.update.drive) }
        }
    }

    /// How many drives are on the board.
    var count: Int { entries.withLock { $0.count } }

    private static func forget(in board: inout [Key: Entry], before now: Date) {
        let isForgotten = { (entry: Entry) in now.timeIntervalSince(entry.receivedAt) >= forgottenAfter }
        guard board.values.contains(where: isForgotten) else { return }
        board = board.filter { !isForgotten($0.value) }
    }

    private static func oldest(_ board: [Key: Entry]) -> Key? {
        board.min { $0.value.receivedAt < $1.value.receivedAt }?.key
    }
}

extension WipeProgressBoard.Update {
    /// The update if every field is within its bounds, else a 422 that names the field and the bound.
    func checked() throws -> Self {
        let board = WipeProgressBoard.self
        let name = drive.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw APIError.unprocessable(Message("api.wipeProgress.driveMissing")) }
        guard name.count <= board.maximumDriveLength, !name.unicodeScalars.contains(where: Self.isControl) else {
            throw APIError.unprocessable(Message("api.wipeProgress.driveMalformed", String(board.maximumDriveLength)))
        }
        if let phase, phase.count > board.maximumPhaseLength || phase.unicodeScalars.contains(where: Self.isControl) {
            throw APIError.unprocessable(Message("api.wipeProgress.phaseMalformed", String(board.maximumPhaseLength)))
        }
        // Not bytesDone <= bytesTotal: the wipe's own progress events allow a last update past the total.
        guard bytesDone >= 0, bytesTotal >= 0 else {
            throw APIError.unprocessable(Message("api.wipeProgress.bytes"))
        }
        for (field, value) in [("pass", pass), ("passes", passes)] {
            if let value, !(0...board.maximumPasses).contains(value) {
                throw APIError.unprocessable(Message("api.wipeProgress.passes", field, String(board.maximumPasses)))
            }
        }
        if let bytesPerSecond, !(bytesPerSecond.isFinite && bytesPerSecond >= 0) {
            throw APIError.unprocessable(Message("api.wipeProgress.speed"))
        }
        return Self(drive: name, bytesDone: bytesDone, bytesTotal: bytesTotal, pass: pass, passes: passes,
                    bytesPerSecond: bytesPerSecond, phase: phase)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format
    }
}
