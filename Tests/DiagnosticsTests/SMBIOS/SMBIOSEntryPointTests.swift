import Testing
@testable import Diagnostics

@Suite("SMBIOS entry points")
struct SMBIOSEntryPointTests {
    @Test("_SM_ (2.x): version, exact table length, structure count, both checksums")
    func smbios2() throws {
        let entry = try SMBIOSEntryPoint.parse(SMBIOSBuilder.smbios2EntryPoint(major: 2, minor: 7, tableLength: 1234, count: 42))
        #expect(entry.kind == .smbios2)
        #expect(entry.version == SMBIOSVersion(major: 2, minor: 7))
        #expect(entry.tableLength == 1234)
        #expect(entry.structureCount == 42)
        #expect(entry.tableAddress == 32)
        #expect(entry.checksumsValid)
    }

    @Test("_SM3_ (3.x): the table length is a maximum and there is no count")
    func smbios3() throws {
        let entry = try SMBIOSEntryPoint.parse(SMBIOSBuilder.smbios3EntryPoint(major: 3, minor: 4, maximumLength: 5829))
        #expect(entry.kind == .smbios3)
        #expect(entry.version.description == "3.4.0")
        #expect(entry.tableLength == 5829)
        #expect(entry.structureCount == nil)
        #expect(entry.checksumsValid)
    }

    @Test("legacy _DMI_: version from the BCD revision byte")
    func legacy() throws {
        let entry = try SMBIOSEntryPoint.parse(SMBIOSBuilder.legacyEntryPoint(bcdRevision: 0x20, tableLength: 300, count: 9))
        #expect(entry.kind == .legacyDMI)
        #expect(entry.version == SMBIOSVersion(major: 2, minor: 0))
        #expect(entry.tableLength == 300)
        #expect(entry.structureCount == 9)
        #expect(entry.checksumsValid)
    }

    @Test("dmidecode's version fixups: 2.31 and 2.33 are read as 2.3 and 2.6")
    func versionFixups() throws {
        let vmware = try SMBIOSEntryPoint.parse(SMBIOSBuilder.smbios2EntryPoint(major: 2, minor: 0x1F, tableLength: 10, count: 1))
        #expect(vmware.version == SMBIOSVersion(major: 2, minor: 3))
        #expect(vmware.announcedVersion == SMBIOSVersion(major: 2, minor: 0x1F))
        let other = try SMBIOSEntryPoint.parse(SMBIOSBuilder.smbios2EntryPoint(major: 2, minor: 0x33, tableLength: 10, count: 1))
        #expect(other.version == SMBIOSVersion(major: 2, minor: 6))
    }

    @Test("a corrupted checksum is noticed but does not stop the decoding")
    func badChecksum() throws {
        var bytes = SMBIOSBuilder.smbios2EntryPoint(major: 2, minor: 8, tableLength: 10, count: 1)
        bytes[0x08] &+= 1
        let entry = try SMBIOSEntryPoint.parse(bytes)
        #expect(!entry.checksumsValid)
    }

    @Test("no anchor, a cut-off entry point and a missing _DMI_ anchor are refused, not trapped on")
    func refusals() {
        #expect(throws: SMBIOSEntryPoint.ParseError.noAnchor) { try SMBIOSEntryPoint.parse([UInt8](repeating: 0x41, count: 32)) }
        #expect(throws: SMBIOSEntryPoint.ParseError.noAnchor) { try SMBIOSEntryPoint.parse([]) }
        #expect(throws: SMBIOSEntryPoint.ParseError.truncated(.smbios2)) { try SMBIOSEntryPoint.parse(Array("_SM_".utf8) + [0, 0x1F]) }
        #expect(throws: SMBIOSEntryPoint.ParseError.truncated(.smbios3)) { try SMBIOSEntryPoint.parse(Array("_SM3_".utf8)) }
        #expect(throws: SMBIOSEntryPoint.ParseError.truncated(.legacyDMI)) { try SMBIOSEntryPoint.parse(Array("_DMI_".utf8)) }
        var noIntermediate = SMBIOSBuilder.smbios2EntryPoint(major: 2, minor: 8, tableLength: 10, count: 1)
        noIntermediate[0x10] = 0x58
        #expect(throws: SMBIOSEntryPoint.ParseError.missingIntermediateAnchor) { try SMBIOSEntryPoint.parse(noIntermediate) }
    }
}
