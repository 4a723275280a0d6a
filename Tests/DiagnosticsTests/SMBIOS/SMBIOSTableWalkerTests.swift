import Testing
@testable import Diagnostics

@Suite("SMBIOS table walk")
struct SMBIOSTableWalkerTests {
    private func walk(_ table: [UInt8], count: Int? = nil, kind: SMBIOSEntryPoint.Kind = .smbios2) -> ([SMBIOSStructure], WarningLog) {
        let entry = SMBIOSEntryPoint(kind: kind, version: .init(major: 2, minor: 8), tableAddress: 32, tableLength: table.count,
                                     structureCount: kind == .smbios3 ? nil : (count ?? 1000), checksumsValid: true, announcedVersion: nil)
        var warnings = WarningLog()
        let structures = SMBIOSTableWalker.structures(in: table, entryPoint: entry, warnings: &warnings)
        return (structures, warnings)
    }

    @Test("strings are split from the string set, and a structure without strings ends in two NULs")
    func strings() throws {
        let table = SMBIOSBuilder.structure(type: 1, handle: 1, formatted: [1, 2, 0, 3], strings: ["Acme", "Box", "SN1"])
            + SMBIOSBuilder.structure(type: 32, handle: 2, formatted: [0, 0, 0, 0, 0, 0, 0])
            + SMBIOSBuilder.endOfTable
        let (structures, _) = walk(table, count: 3)
        try #require(structures.map(\.type) == [1, 32, 127])
        #expect(structures[0].stringField(0x04) == .text("Acme"))
        #expect(structures[0].stringField(0x06) == .notSpecified)
        #expect(structures[0].stringField(0x07) == .text("SN1"))
        #expect(structures[1].strings.isEmpty)
    }

    @Test("a string index past the string set is a bad index, not a crash")
    func badIndex() {
        let table = SMBIOSBuilder.structure(type: 2, handle: 2, formatted: [1, 9, 0, 0], strings: ["Acme"])
        let (structures, _) = walk(table, count: 1)
        #expect(structures[0].stringField(0x05) == .badIndex(9))
        #expect(structures[0].stringField(0x06) == .notSpecified)
        #expect(structures[0].stringField(0x60) == .notSpecified)
    }

    @Test("a length under 4 stops the walk as dmidecode does")
    func brokenLength() {
        var table = SMBIOSBuilder.structure(type: 0, handle: 0, formatted: [1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0], strings: ["V"])
        table += [4, 2, 0, 0, 0, 0]
        let (structures, warnings) = walk(table, count: 5)
        #expect(structures.count == 1)
        #expect(warnings.contains(key: "probe.warning.smbios.brokenStructure"))
    }

    @Test("a length pointing past the end, and strings without terminator, stop the walk with a warning")
    func overruns() {
        let (pastEnd, pastEndWarnings) = walk([1, 200, 0, 0, 1, 2, 3], count: 1)
        #expect(pastEnd.isEmpty)
        #expect(pastEndWarnings.contains(key: "probe.warning.smbios.truncatedStructure"))

        let unterminated: [UInt8] = [1, 8, 0, 0, 1, 2, 3, 4] + Array("no terminator".utf8)
        let (cut, cutWarnings) = walk(unterminated, count: 1)
        #expect(cut.isEmpty)
        #expect(cutWarnings.contains(key: "probe.warning.smbios.unterminatedStrings"))
    }

    @Test("a table claiming 65,535 tiny structures (a 'loop' of empty records) ends at the ceiling")
    func structureCeiling() {
        let tiny = SMBIOSBuilder.structure(type: 200, handle: 7, formatted: [])
        let table = Array([[UInt8]](repeating: tiny, count: 10_000).joined())
        let (structures, warnings) = walk(table, count: 65_535)
        #expect(structures.count == SMBIOSTableWalker.structureCeiling)
        #expect(warnings.contains(key: "probe.warning.smbios.tooManyStructures"))
    }

    @Test("SMBIOS 3 stops at type 127; 2.x stops at the announced count and says when structures are missing")
    func endConditions() {
        let table = SMBIOSBuilder.endOfTable + SMBIOSBuilder.structure(type: 1, handle: 1, formatted: [0, 0, 0, 0])
        #expect(walk(table, kind: .smbios3).0.count == 1)
        let (two, _) = walk(table, count: 2)
        #expect(two.count == 2)
        let (fewer, warnings) = walk(table, count: 5)
        #expect(fewer.count == 2)
        #expect(warnings.contains(key: "probe.warning.smbios.fewerStructures"))
    }

    @Test("control characters and invalid UTF-8 in strings become dots, as dmidecode's ascii_filter does")
    func sanitising() {
        let table = [UInt8(1), 8, 1, 0, 1, 0, 0, 0] + [0x41, 0x07, 0xFF, 0x42, 0x20, 0x20, 0] + [0]
        let (structures, _) = walk(table, count: 1)
        #expect(structures[0].stringField(0x04) == .text("A..B"))
    }
}
