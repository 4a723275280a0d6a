import Testing
@testable import Diagnostics

@Suite("The whole corpus in one pass")
struct CorpusParserTests {
    @Test("every SMBIOS dump, smartctl file and battery file is parsed")
    func everything() throws {
        let summary = CorpusParser(directory: TestPaths.hardwareCorpus).parseAll()
        #expect(summary.smbiosDumps == 19)
        #expect(summary.smbiosDumpsDecoded == 19)
        #expect(summary.smartctlFiles == 84)
        #expect(summary.smartctlFilesParsed == 84)
        #expect(summary.batteryFiles == 3)
        #expect(summary.batteriesWithHealth == 2)
    }
}
