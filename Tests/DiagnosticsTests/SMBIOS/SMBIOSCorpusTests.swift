import Foundation
import Testing
@testable import Diagnostics

/// The 19 real dumps, decoded by us and by Debian's dmidecode, must agree.
@Suite("SMBIOS corpus against dmidecode")
struct SMBIOSCorpusTests {
    static let dumps = TestPaths.corpusFiles("smbios")

    private func decode(_ path: String) throws -> (SMBIOSInventory, SystemIdentity, WarningLog) {
        var warnings = WarningLog()
        let table = try SMBIOSTableSource.dumpFile(path: path).load(warnings: &warnings).get()
        let inventory = SMBIOSInventory(table: table, warnings: &warnings)
        let identity = SystemIdentityBuilder.build(from: FirmwareIdentity(inventory: inventory), source: .smbiosDump, warnings: &warnings)
        return (inventory, identity, warnings)
    }

    @Test("all 19 dumps are there and decode")
    func allDecode() throws {
        #expect(Self.dumps.count == 19)
        for dump in Self.dumps {
            let (inventory, _, _) = try decode(dump)
            #expect(inventory.system != nil, "\(dump)")
        }
    }

    @Test("manufacturer, product, version and serial agree with dmidecode (placeholders absent, with a warning)",
          .enabled(if: DmidecodeOracle.path != nil, "dmidecode is not installed (apt-get install dmidecode)"),
          arguments: SMBIOSCorpusTests.dumps)
    func systemIdentity(dump: String) throws {
        let oracle = try #require(DmidecodeOracle(dump: dump, types: "1"))
        let expected = try #require(oracle.blocks(ofType: 1).first)
        let (inventory, identity, warnings) = try decode(dump)
        let record = try #require(inventory.system)
        let pairs: [(String, String?, String?, IdentityField)] = [
            ("Manufacturer", record.manufacturer, identity.manufacturer, .systemManufacturer),
            ("Product Name", record.productName, identity.product, .systemProduct),
            ("Version", record.version, identity.version, .systemVersion),
            ("Serial Number", record.serialNumber, identity.serialNumber, .systemSerial),
        ]
        for (field, raw, reported, identityField) in pairs {
            let dmidecodeValue = try #require(expected.fields[field], "dmidecode printed no \(field)")
            if dmidecodeValue == "Not Specified" {
                // dmidecode prints string 0 and a literal "Not Specified" alike.
                #expect(raw == nil || raw == "Not Specified", "\(field): dmidecode says Not Specified")
                #expect(reported == nil)
            } else {
                #expect(raw == dmidecodeValue, "\(field) of \(dump)")
                if let reported {
                    #expect(reported == dmidecodeValue)
                } else {
                    // Absent in the report only as a recognised placeholder, and then a warning quotes it.
                    #expect(PlaceholderFilter.isPlaceholder(dmidecodeValue), "\(field) “\(dmidecodeValue)” dropped without being a placeholder")
                    #expect(warnings.warnings.contains(ProbeWarning(.system, identityField.placeholderKey, dmidecodeValue)))
                }
            }
        }
    }

    @Test("memory module sizes and slots agree with dmidecode",
          .enabled(if: DmidecodeOracle.path != nil, "dmidecode is not installed (apt-get install dmidecode)"),
          arguments: SMBIOSCorpusTests.dumps)
    func memoryModules(dump: String) throws {
        let oracle = try #require(DmidecodeOracle(dump: dump, types: "17"))
        let expected = oracle.blocks(ofType: 17)
        let (inventory, _, _) = try decode(dump)
        #expect(inventory.memoryDevices.count == expected.count, "\(dump)")
        for (device, block) in zip(inventory.memoryDevices, expected) {
            let size = block.fields["Size"] ?? "?"
            switch device.size {
            case .empty: #expect(size == "No Module Installed")
            case .unknown: #expect(size == "Unknown")
            case .bytes(let bytes): #expect(DmidecodeOracle.bytes(fromSize: size) == bytes, "\(dump) \(size)")
            }
            let locator = block.fields["Locator"]
            #expect(device.locator == (locator == "Not Specified" ? nil : locator), "\(dump)")
            let bank = block.fields["Bank Locator"]
            #expect(device.bankLocator == (bank == "Not Specified" ? nil : bank))
        }
    }

    @Test("the ThinkPad's readable model comes from Version; the VMware dump's announced 2.31 is fixed up")
    func knownQuirks() throws {
        let thinkpad = try #require(Self.dumps.first { $0.hasSuffix("LenovoThinkPad-T61p.dmp") })
        let (_, identity, _) = try decode(thinkpad)
        #expect(identity.manufacturer == "LENOVO")
        #expect(identity.product == "64606XG")
        #expect(identity.model == "ThinkPad T61p")
        #expect(identity.serialNumber == "L3C7558")
        let vmware = try #require(Self.dumps.first { $0.hasSuffix("VMware-Virtual-Platform.0.dmidump") })
        let (inventory, _, warnings) = try decode(vmware)
        #expect(inventory.version == SMBIOSVersion(major: 2, minor: 3))
        #expect(warnings.contains(key: "probe.warning.smbios.versionFixup"))
    }
}
