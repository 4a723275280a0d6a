import Foundation

struct BenchmarkReport {
    struct Row {
        let measure: String
        let store: Double
        let baseline: Double
        var higherIsBetter = false
        var target: String?
        var meetsTarget: Bool?
    }

    let rows: [Row]

    func print() {
        func pad(_ text: String, _ width: Int) -> String { text.padding(toLength: width, withPad: " ", startingAt: 0) }
        Swift.print(pad("measure", 26) + pad("refurb store", 14) + pad("raw SQLite", 14) + pad("ratio", 10) + "target")
        for row in rows {
            // The ratio reads as "times the baseline": for rates store/raw, for times and sizes store/raw too.
            let ratio = row.baseline > 0 ? row.store / row.baseline : 0
            var target = row.target ?? ""
            if let meets = row.meetsTarget { target += meets ? "  met" : "  MISSED" }
            Swift.print(pad(row.measure, 26) + pad(String(format: "%.3f", row.store), 14)
                        + pad(String(format: "%.3f", row.baseline), 14) + pad(String(format: "%.2f×", ratio), 10) + target)
        }
    }
}
