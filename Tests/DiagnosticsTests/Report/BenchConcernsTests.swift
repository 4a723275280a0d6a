@testable import Diagnostics
import RefurbCore
import Testing

/// What the bench console points out under the summary: nothing on the healthy laptop fixture; a missing serial, a
/// failing or worn disk, a worn or missing battery, no disk at all, each with its words.
@Suite struct BenchConcernsTests {
    func laptop() -> HardwareReport {
        HardwareProbe(options: ProbeOptions(root: SystemRoot(path: TestPaths.laptop), smartctl: nil)).run()
    }

    @Test("the laptop fixture: nothing missing or suspicious")
    func healthyLaptop() {
        #expect(BenchConcerns.of(laptop()).isEmpty)
    }

    @Test("each concern, in the order the console shows them, in French and English")
    func everyConcern() throws {
        var report = laptop()
        report.system.serialNumber = nil
        report.storage[0].smart = SmartReport(verdict: .failing)
        report.storage[1].smart = SmartReport(verdict: .warning)
        report.storage[2].smart = SmartReport(verdict: .ok)
        report.batteries[0].healthPercent = 41.6
        let keys = BenchConcerns.of(report).map(\.key)
        #expect(keys == ["bench.concern.noSerial", "bench.concern.smartFailing", "bench.concern.smartWarning",
                         "bench.concern.wornBattery"])
        let worn = try #require(BenchConcerns.of(report).last)
        #expect(worn.text(in: .fr, catalog: .benchConsole) == "La batterie BAT0 ne garde plus que 42 % de sa capacité d'origine : à remplacer avant la vente.")
        #expect(worn.text(in: .en, catalog: .benchConsole).hasPrefix("Battery BAT0 keeps only 42 %"))
    }

    @Test("a laptop with no battery and no disk")
    func missingParts() {
        var report = laptop()
        report.batteries = []
        report.storage = []
        #expect(BenchConcerns.of(report).map(\.key) == ["bench.concern.noDisk", "bench.concern.noBattery"])
    }
}
