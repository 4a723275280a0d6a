import Foundation
import RefurbCore

/// One drive on the live board of wipes, ready to show: the figures for scripts, and the same
/// figures as words in the reader's language, so that the page and its script say exactly the same.
/// Its `state` keeps apart what a person must not confuse: a wipe running, one whose station has gone quiet
/// (no news, nobody knows how it ends), and the three ends: done, failed, refused by the service.
struct WipeBoardRow: Encodable, Sendable {
    let assetTag: String
    let drive: String
    let phase: String?
    let phaseText: String
    let percent: Int
    let bytesDone: Int64
    let bytesTotal: Int64
    let bytesPerSecond: Double?
    let etaSeconds: Int?
    let receivedAt: Date
    let secondsSinceUpdate: Int
    /// Running without news for longer than the board's `quietAfter`.
    let stalled: Bool
    /// running, quiet, done, failed or refused.
    let state: String
    let progressText: String
    let speedText: String
    let etaText: String
    /// The state in a few words (the badge).
    let statusText: String
    /// What to know about it: how long the station has been quiet, why the wipe failed or was refused.
    let detailText: String?
    /// The certificate that ended the wipe, for its links.
    let certificateId: String?

    /// A week: past that, an estimate tells nothing more.
    static let longestEstimate = 7.0 * 86_400

    init(_ running: WipeProgressBoard.Running, now: Date, language: Language) {
        let words = BenchWords(language: language)
        let update = running.entry.update
        assetTag = running.assetTag
        drive = update.drive
        phase = update.phase
        let knownPhases = ["write", "verify", "fingerprint", "firmware", "done"]
        // A certified wipe is over; any other keeps the step it was at (where it failed, or was refused).
        phaseText = if case .certified? = running.entry.ending { words("ui.bench.phase.ended") } else {
            update.phase.map { knownPhases.contains($0) ? words("ui.bench.phase." + $0) : $0 } ?? words("ui.bench.phase.unknown")
        }
        let done = max(0, update.bytesDone)
        let total = max(0, update.bytesTotal)
        let speed = update.bytesPerSecond.flatMap { $0 > 0 && $0.isFinite ? $0 : nil }
        // Capped so that a crawling speed reported by a dying drive cannot overflow the conversion.
        let eta = speed.map { Int(min(Self.longestEstimate, (Double(max(0, total - done)) / $0).rounded())) }
        let silence = max(0, Int(now.timeIntervalSince(running.entry.receivedAt)))
        let ending = running.entry.ending
        let isStalled = ending == nil && running.quiet
        let shownPercent = total > 0 ? Int(min(100, (Double(done) * 100 / Double(total)).rounded(.down))) : 0
        bytesDone = done
        bytesTotal = total
        percent = shownPercent
        bytesPerSecond = speed
        etaSeconds = eta
        receivedAt = running.entry.receivedAt
        secondsSinceUpdate = silence
        stalled = isStalled
        let unknown = words("ui.bench.board.unknown")
        progressText = words("ui.bench.board.progress", String(shownPercent),
                             QuantityFormat.diskSize(Double(done), language: language, unitSeparator: "\u{00A0}"),
                             QuantityFormat.diskSize(Double(total), language: language, unitSeparator: "\u{00A0}"))
        // An ended wipe has no speed or time left; its last figures would read as if it still ran.
        speedText = ending != nil ? unknown : speed.map { QuantityFormat.speed($0, language: language, unitSeparator: "\u{00A0}") } ?? unknown
        etaText = isStalled || ending != nil ? unknown : eta.map { QuantityFormat.duration(seconds: $0) } ?? unknown
        let ago = QuantityFormat.duration(seconds: silence)
        switch ending {
        case nil:
            state = isStalled ? "quiet" : "running"
            statusText = words(isStalled ? "ui.bench.board.quiet" : "ui.bench.board.live")
            detailText = isStalled ? words("ui.bench.board.quietDetail", ago) : nil
            certificateId = nil
        case .certified(let id, let passed, let reasons)?:
            state = passed ? "done" : "failed"
            statusText = words(passed ? "ui.bench.board.done" : "ui.bench.board.notErased")
            let why = reasons.map { $0.text(in: language, catalog: .erasure) }.joined(separator: " ")
            detailText = passed || why.isEmpty ? words("ui.bench.board.certified", ago) : why
            certificateId = id
        case .failed(let reason)?:
            state = "failed"
            statusText = words("ui.bench.board.failed")
            detailText = reason
            certificateId = nil
        case .refused(let reason)?:
            state = "refused"
            statusText = words("ui.bench.board.refused")
            detailText = reason.text(in: language)
            certificateId = nil
        }
    }

    /// The badge's colour: good for done, bad for failed and refused, warn for a quiet station.
    var tone: String {
        switch state {
        case "done": "good"
        case "failed", "refused": "bad"
        case "quiet": "warn"
        default: "live"
        }
    }

    /// The values a template reads.
    var templateValues: [String: Any] {
        var values: [String: Any] = [
            "assetTag": assetTag, "drive": drive, "phaseText": phaseText, "percent": percent, "progressText": progressText,
            "speedText": speedText, "etaText": etaText, "statusText": statusText, "stalled": stalled, "state": state, "tone": tone,
        ]
        if let detailText { values["detailText"] = detailText }
        if let certificateId { values["certificateId"] = certificateId }
        return values
    }

    private enum CodingKeys: String, CodingKey {
        case assetTag, drive, phase, phaseText, percent, bytesDone, bytesTotal, bytesPerSecond, etaSeconds, receivedAt
        case secondsSinceUpdate, stalled, state, progressText, speedText, etaText, statusText, detailText, certificateId
    }

    /// Absent figures are written as null, so that scripts always find every key.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(assetTag, forKey: .assetTag)
        try container.encode(drive, forKey: .drive)
        try container.encode(phase, forKey: .phase)
        try container.encode(phaseText, forKey: .phaseText)
        try container.encode(percent, forKey: .percent)
        try container.encode(bytesDone, forKey: .bytesDone)
        try container.encode(bytesTotal, forKey: .bytesTotal)
        try container.encode(bytesPerSecond, forKey: .bytesPerSecond)
        try container.encode(etaSeconds, forKey: .etaSeconds)
        try container.encode(receivedAt, forKey: .receivedAt)
        try container.encode(secondsSinceUpdate, forKey: .secondsSinceUpdate)
        try container.encode(stalled, forKey: .stalled)
        try container.encode(state, forKey: .state)
        try container.encode(progressText, forKey: .progressText)
        try container.encode(speedText, forKey: .speedText)
        try container.encode(etaText, forKey: .etaText)
        try container.encode(statusText, forKey: .statusText)
        try container.encode(detailText, forKey: .detailText)
        try container.encode(certificateId, forKey: .certificateId)
    }
}

extension WipeBoardRow {
    /// What the device page says next to the disk of a wipe that has gone quiet, failed or been refused (a running
    /// one shows its progress, a certified one its certificate in the erasure column).
    func diskState(words: BenchWords) -> [String: Any]? {
        guard ["quiet", "failed", "refused"].contains(state), certificateId == nil else { return nil }
        let text = detailText.map { words("ui.bench.erasure.boardState", statusText, $0) } ?? statusText
        return ["state": state, "tone": tone, "text": text]
    }

    /// The device's wipes on the board whose drive has no row in the page's disk table (no report yet, or a drive
    /// the report did not find: the usual refusal), said above the table when they went quiet, failed or were
    /// refused.
    static func notices(_ wipes: [WipeBoardRow], shownWith disks: [[String: Any]], words: BenchWords) -> [[String: Any]] {
        let shown = Set(disks.compactMap { ($0["drive"] as? String).map(SerialNumber.key(for:)) })
        return wipes.filter { !shown.contains(SerialNumber.key(for: $0.drive)) }.compactMap { wipe in
            guard let state = wipe.diskState(words: words) else { return nil }
            let said = wipe.detailText.map { words("ui.bench.erasure.boardNotice", wipe.drive, wipe.statusText, $0) }
                ?? words("ui.bench.erasure.boardState", wipe.drive, wipe.statusText)
            return ["drive": wipe.drive, "state": state["state"] ?? "", "tone": wipe.tone == "warn" ? "warn" : "error", "text": said]
        }
    }
}
