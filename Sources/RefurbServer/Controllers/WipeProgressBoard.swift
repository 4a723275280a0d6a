import Foundation
import RefurbCore
import RefurbWire
import Synchronization

/// The latest news of each wipe, by device and drive: its progress while it runs, then how it ended. Kept in
/// memory only: it matters while the wipe runs and for the minutes after, and the certificate is the record.
///
/// Bounded, because bench machines post to it unattended: each update is checked for size and sense
/// (`WipeProgressUpdate.checked()`), the controller lets only existing devices and their drives in, the board keeps
/// at most `capacity` entries and `drivesPerDevice` per device (the oldest news goes first), a running entry
/// without news for `forgottenAfter` is dropped, and an ended one after `endedKeptFor`. A board of 1,000
/// entries is about 300 KB (an ended one holds at most two reasons of `maximumReasonLength` more).
final class WipeProgressBoard: Sendable {
    /// A sentence in every language the pages speak, for reasons worded when they happen (a refusal's problem
    /// details) rather than kept as a catalog key.
    struct Reason: Sendable {
        let texts: [Language: String]

        init(_ text: (Language) -> String) {
            var texts: [Language: String] = [:]
            for language in Language.allCases {
                texts[language] = String(text(language).prefix(WipeProgressBoard.maximumReasonLength))
            }
            self.texts = texts
        }

        func text(in language: Language) -> String { texts[language] ?? texts.values.first ?? "" }
    }

    /// How a wipe ended. An entry without one is still running (or has gone quiet).
    enum Ending: Sendable {
        /// The drive's certificate arrived: erased, or not (`passed` false, with the certificate's reasons).
        case certified(id: String, passed: Bool, reasons: [Message])
        /// The station could not erase the drive and said so without a certificate (`Update.failure`).
        case failed(reason: String)
        /// The service refused what the station sent for this drive (its certificate, or its progress).
        case refused(Reason)

        /// The word scripts read: done, failed or refused.
        var state: String {
            switch self {
            case .certified(_, let passed, _): passed ? "done" : "failed"
            case .failed: "failed"
            case .refused: "refused"
            }
        }
    }

    struct Entry: Encodable, Sendable {
        let update: WipeProgressUpdate
        let receivedAt: Date
        var ending: Ending? = nil

        private enum CodingKeys: String, CodingKey { case update, receivedAt, state, certificateId }

        /// `update` and `receivedAt` as before; `state` (running, done, failed or refused) and the certificate's id.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(update, forKey: .update)
            try container.encode(receivedAt, forKey: .receivedAt)
            try container.encode(ending?.state ?? "running", forKey: .state)
            var certificateId: String?
            if case .certified(let id, _, _) = ending { certificateId = id }
            try container.encode(certificateId, forKey: .certificateId)
        }
    }

    /// One drive being wiped somewhere in the workshop, with the device it came from.
    struct Running: Sendable {
        let assetTag: String
        let entry: Entry
        /// Still running, but without news for `quietAfter`.
        var quiet = false
    }

    /// Without news for this long (by default; `quietAfter`) a running wipe's station is shown as gone quiet: the
    /// bench machine may have frozen, been switched off or lost the network. It stays on the board so that
    /// somebody goes and looks.
    static let stalledAfter: TimeInterval = 120
    /// A wipe silent for this long is forgotten: long enough for a volunteer back from a break to see the
    /// stalled row and go and look, short enough that the board does not show the morning's dead machines.
    static let forgottenAfter: TimeInterval = 3600
    /// How long a wipe's end (done, failed, refused) stays on the board: the technician who started it at
    /// another bench, or who went for a coffee, still finds its result when back; and the board does not fill
    /// with the day's finished wipes.
    static let endedKeptFor: TimeInterval = 15 * 60
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
    /// Longest reason kept: a station's failure, a refusal's sentence (which can list a report's drives).
    static let maximumReasonLength = 1000

    private struct Key: Hashable {
        let tag: String
        /// `SerialNumber.key` of the drive's name, as certificates and reports are matched.
        let drive: String
    }

    let capacity: Int
    let drivesPerDevice: Int
    let quietAfter: TimeInterval
    private let entries = Mutex<[Key: Entry]>([:])

    init(capacity: Int = defaultCapacity, drivesPerDevice: Int = defaultDrivesPerDevice, quietAfter: TimeInterval = stalledAfter) {
        self.capacity = capacity
        self.drivesPerDevice = drivesPerDevice
        self.quietAfter = quietAfter
    }

    /// Records the news of one drive. A new drive beyond a bound pushes out the one with the oldest news
    /// (of the same device first, then of the whole board).
    /// An update that says the wipe failed (`Update.failure`) ends it, keeping the figures of the last progress.
    func record(_ update: WipeProgressUpdate, tag: String, at date: Date = Date()) {
        if let failure = update.failure {
            return end(tag: tag, drive: update.drive, as: .failed(reason: failure), update: update, at: date)
        }
        store(Entry(update: update, receivedAt: date), at: Key(tag: tag, drive: SerialNumber.key(for: update.drive)), at: date)
    }

    private func store(_ entry: Entry, at key: Key, at date: Date) {
        entries.withLock { board in
            Self.forget(in: &board, before: date)
            if board[key] == nil {
                let sameDevice = board.filter { $0.key.tag == key.tag }
                if sameDevice.count >= drivesPerDevice, let oldest = Self.oldest(sameDevice) { board[oldest] = nil }
                if board.count >= capacity, let oldest = Self.oldest(board) { board[oldest] = nil }
            }
            board[key] = entry
        }
    }

    /// Whether the drive is on the board as running: its next updates need no new check. An ended or refused
    /// wipe is checked again, so that a drive refused before the probe was run again gets its row back.
    func knows(tag: String, drive: String) -> Bool {
        entries.withLock { $0[Key(tag: tag, drive: SerialNumber.key(for: drive))].map { $0.ending == nil } ?? false }
    }

    /// Marks the drive's wipe as ended, keeping its last progress (or `update`, when it had none on the board)
    /// for `endedKeptFor`. A drive that ends erased shows its whole size done.
    func end(tag: String, drive: String, as ending: Ending, update: WipeProgressUpdate, at date: Date = Date()) {
        let key = Key(tag: tag, drive: SerialNumber.key(for: drive))
        var shown = entries.withLock { $0[key]?.update } ?? update
        if case .certified(_, true, _) = ending {
            shown = WipeProgressUpdate(drive: shown.drive, bytesDone: max(shown.bytesDone, shown.bytesTotal), bytesTotal: shown.bytesTotal,
                           pass: shown.pass, passes: shown.passes, bytesPerSecond: shown.bytesPerSecond, phase: shown.phase)
        }
        store(Entry(update: shown, receivedAt: date, ending: ending), at: key, at: date)
    }

    func current(tag: String, at now: Date = Date()) -> [Entry] {
        entries.withLock { board in
            Self.forget(in: &board, before: now)
            return board.filter { $0.key.tag == tag }.values.sorted { $0.update.drive < $1.update.drive }
        }
    }

    /// Every wipe on the board across all benches, running or ended, by asset tag then drive. Wipes silent for
    /// longer than `forgottenAfter`, and ends older than `endedKeptFor`, are dropped on the way.
    func running(at now: Date = Date()) -> [Running] {
        entries.withLock { board in
            Self.forget(in: &board, before: now)
            return board.map { key, entry in
                Running(assetTag: key.tag, entry: entry,
                        quiet: entry.ending == nil && now.timeIntervalSince(entry.receivedAt) > quietAfter)
            }
                .sorted { ($0.assetTag, $0.entry.update.drive) < ($1.assetTag, $1.entry.update.drive) }
        }
    }

    /// How many drives are on the board.
    var count: Int { entries.withLock { $0.count } }

    private static func forget(in board: inout [Key: Entry], before now: Date) {
        let isForgotten = { (entry: Entry) in
            now.timeIntervalSince(entry.receivedAt) >= (entry.ending == nil ? forgottenAfter : endedKeptFor)
        }
        guard board.values.contains(where: isForgotten) else { return }
        board = board.filter { !isForgotten($0.value) }
    }

    private static func oldest(_ board: [Key: Entry]) -> Key? {
        board.min { $0.value.receivedAt < $1.value.receivedAt }?.key
    }
}

extension WipeProgressUpdate {
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
        let reason = failure?.trimmingCharacters(in: .whitespaces)
        if let reason, reason.isEmpty || reason.count > board.maximumReasonLength || reason.unicodeScalars.contains(where: Self.isControl) {
            throw APIError.unprocessable(Message("api.wipeProgress.failureMalformed", String(board.maximumReasonLength)))
        }
        return Self(drive: name, bytesDone: bytesDone, bytesTotal: bytesTotal, pass: pass, passes: passes,
                    bytesPerSecond: bytesPerSecond, phase: phase, failure: reason)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format
    }
}
