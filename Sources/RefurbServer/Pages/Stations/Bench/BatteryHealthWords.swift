import Diagnostics
import RefurbCore

/// A battery's health as a volunteer and a buyer understand it, from its full capacity against its
/// design capacity: good, worn, or to replace.
struct BatteryHealthWords {
    /// At or above this share of its design capacity a battery still holds a day's use.
    static let goodFrom = 80.0
    /// Below this it lasts too little to sell as is.
    static let replaceBelow = 50.0

    let tone: String
    let verdict: String
    let detail: String?

    init(_ battery: BatteryReport, words: BenchWords) {
        guard let percent = battery.healthPercent else {
            tone = "warn"
            verdict = words("ui.bench.battery.unknown")
            detail = nil
            return
        }
        let shown = QuantityFormat.decimal(percent, fractionDigits: 0, language: words.language)
        if percent >= Self.goodFrom {
            tone = "good"
            verdict = words("ui.bench.battery.good")
        } else if percent >= Self.replaceBelow {
            tone = "warn"
            verdict = words("ui.bench.battery.worn")
        } else {
            tone = "bad"
            verdict = words("ui.bench.battery.replace")
        }
        detail = battery.cycleCount.map { words("ui.bench.battery.detailCycles", shown, String($0)) }
            ?? words("ui.bench.battery.detail", shown)
    }
}
