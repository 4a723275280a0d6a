import Testing
@testable import Diagnostics

@Suite("Memory")
struct MemoryReaderTests {
    @Test("the laptop fixture: one 8 GiB LPDDR3 module, one empty slot, 16 GiB maximum, MemTotal")
    func laptop() throws {
        var warnings = WarningLog()
        let firmware = SMBIOSReader(root: SystemRoot(path: TestPaths.laptop)).read(warnings: &warnings)
        let memory = MemoryReader(root: SystemRoot(path: TestPaths.laptop)).read(inventory: firmware.inventory, warnings: &warnings)
        #expect(memory.usableBytes == 7_987_200 << 10)
        #expect(memory.installedBytes == 8 << 30)
        #expect(memory.mappedBytes == 8 << 30)
        #expect(memory.maximumCapacityBytes == 16 << 30)
        #expect(memory.slotCount == 2)
        #expect(memory.emptySlotCount == 1)
        let module = try #require(memory.modules.first)
        #expect(module.slot == "ChannelA-DIMM0")
        #expect(module.type == "LPDDR3")
        #expect(module.formFactor == "Row Of Chips")
        #expect(module.speedMTs == 1867)
        #expect(module.manufacturer == "Samsung")
        #expect(module.partNumber == "K4E6E304EB-EGCF")
        // "00000000" is a filler serial: absent, with a warning.
        #expect(module.serialNumber == nil)
        #expect(warnings.warnings.contains(ProbeWarning(.memory, IdentityField.memorySerial.placeholderKey, "00000000")))
        let empty = try #require(memory.modules.last)
        #expect(!empty.installed)
        #expect(empty.slot == "ChannelB-DIMM0")
        #expect(empty.manufacturer == nil)
    }

    @Test("MemTotal parsing tolerates odd input")
    func memInfo() {
        #expect(MemInfoParser.totalBytes(lines: ["MemTotal:       16318324 kB"]) == 16_318_324 << 10)
        #expect(MemInfoParser.totalBytes(lines: ["MemFree: 1 kB"]) == nil)
        #expect(MemInfoParser.totalBytes(lines: ["MemTotal: lots"]) == nil)
        #expect(MemInfoParser.totalBytes(lines: ["MemTotal: 99999999999999999999999 kB"]) == nil)
        #expect(MemInfoParser.totalBytes(lines: []) == nil)
    }

    @Test("JEDEC codes some firmware writes instead of a maker's name")
    func jedec() {
        #expect(JEDECManufacturer.name(for: "80CE") == "Samsung")
        #expect(JEDECManufacturer.name(for: "80CE808980CE") == "Samsung")
        #expect(JEDECManufacturer.name(for: "CE00000000000000") == "Samsung")
        #expect(JEDECManufacturer.name(for: "C100000000000000") == "Infineon")
        #expect(JEDECManufacturer.name(for: "802C") == "Micron")
        #expect(JEDECManufacturer.name(for: "80AD") == "SK Hynix")
        #expect(JEDECManufacturer.name(for: "7F98000000000000") == "Kingston")
        #expect(JEDECManufacturer.name(for: "859B") == "Crucial")
        #expect(JEDECManufacturer.name(for: "Samsung") == nil)
        #expect(JEDECManufacturer.name(for: "7F7F7F7F") == nil)
    }

    @Test("without SMBIOS, modules are unknown and the report says so")
    func noTables() {
        var warnings = WarningLog()
        let memory = MemoryReader(root: SystemRoot(path: TestPaths.desktopDMIID)).read(inventory: nil, warnings: &warnings)
        #expect(memory.usableBytes == 3_946_384 << 10)
        #expect(memory.modules.isEmpty)
        #expect(warnings.contains(key: "probe.warning.memory.noModules"))
    }
}
