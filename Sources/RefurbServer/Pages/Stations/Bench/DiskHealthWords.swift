import Diagnostics

/// A disk's SMART health in plain words: a badge (good, needs a look, failing, unknown, not checked)
/// and the reasons behind it, as the probe's summary gives them, smartctl's own English in the reader's words.
struct DiskHealthWords {
    /// "good", "warn" or "bad": the badge's colour class.
    let tone: String
    let verdict: String
    let reasons: [SmartReasonWords]

    init(_ smart: SmartReport?, words: BenchWords) {
        guard let smart else {
            tone = "warn"
            verdict = words("ui.bench.health.notChecked")
            reasons = []
            return
        }
        switch smart.verdict {
        case .ok: tone = "good"
        case .warning, .unknown: tone = "warn"
        case .failing: tone = "bad"
        }
        verdict = words("ui.bench.health." + smart.verdict.rawValue)
        // Facts such as power-on hours or wear are worth reading on a good disk; on a doubtful one they
        // would drown the reasons that matter.
        reasons = smart.reasons
            .filter { $0.severity != .info || smart.verdict == .ok || smart.verdict == .unknown }
            .map { SmartReasonWords($0, words: words) }
    }
}
