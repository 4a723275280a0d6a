import Foundation
import RefurbCore

/// The live board of wipes as the page first shows it; the script then refreshes it from
/// `GET /api/wipes/progress`, whose rows are the same `WipeBoardRow`s.
enum BenchBoard {
    static func values(_ running: [WipeProgressBoard.Running], now: Date, language: Language, highlight: String? = nil) -> [String: Any] {
        let rows = running.map { entry -> [String: Any] in
            var values = WipeBoardRow(entry, now: now, language: language).templateValues
            values["current"] = entry.assetTag == highlight
            return values
        }
        return ["rows": rows, "empty": rows.isEmpty]
    }
}
