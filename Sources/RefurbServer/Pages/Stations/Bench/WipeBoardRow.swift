import Foundation
import RefurbCore

/// One drive on the live board of wipes, ready to show: the figures for scripts, and the same
/// figures as words in the reader's language, so that the page and its script say exactly the same.
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
    /// No news for longer than `WipeProgressBoard.stalledAfter`.
    let stalled: Bool
    let progressText: String
    let speedText: String
    let etaText: String
    let statusText: String

    /// A week: past that, an estimate tells nothing more.
    static let longestEstimate = 7.0 * 86_400

    init(_ running: WipeProgressBoard.Running, now: Date, language: Language) {
        let words = BenchWords(language: language)
        let update = running.entry.update
        assetTag = running.assetTag
        drive = update.drive
        phase = update.phase
        let knownPhases = ["write", "verify", "fingerprint", "firmware", "done"]
        phaseText = update.phase.map { knownPhases.contains($0) ? words("ui.bench.phase." + $0) : $0 }
            ?? words("ui.bench.phase.unknown")
        let done = max(0, update.bytesDone)
        let total = max(0, update.bytesTotal)
        let speed = update.bytesPerSecond.flatMap { $0 > 0 && $0.isFinite ? $0 : nil }
        // Capped so that a crawling speed reported by a dying drive cannot overflow the conversion.
        let eta = speed.map { Int(min(Self.longestEstimate, (Double(max(0, total - done)) / $0).rounded())) }
        let silence = max(0, Int(now.timeIntervalSince(running.entry.receivedAt)))
        let isStalled = now.timeIntervalSince(running.entry.receivedAt) > WipeProgressBoard.stalledAfter
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
        speedText = speed.map { QuantityFormat.speed($0, language: language, unitSeparator: "\u{00A0}") } ?? unknown
        etaText = isStalled ? unknown : eta.map { QuantityFormat.duration(seconds: $0) } ?? unknown
        statusText = isStalled
            ? words("ui.bench.board.stalled", QuantityFormat.duration(seconds: silence))
            : words("ui.bench.board.live")
    }

    /// The values a template reads.
    var templateValues: [String: Any] {
        ["assetTag": assetTag, "drive": drive, "phaseText": phaseText, "percent": percent, "progressText": progressText,
         "speedText": speedText, "etaText": etaText, "statusText": statusText, "stalled": stalled]
    }

    private enum CodingKeys: String, CodingKey {
        case assetTag, drive, phase, phaseText, percent, bytesDone, bytesTotal, bytesPerSecond, etaSeconds, receivedAt
        case secondsSinceUpdate, stalled, progressText, speedText, etaText, statusText
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
        try container.encode(progressText, forKey: .progressText)
        try container.encode(speedText, forKey: .speedText)
        try container.encode(etaText, forKey: .etaText)
        try container.encode(statusText, forKey: .statusText)
    }
}
