import RefurbCore
import Testing
@testable import Diagnostics

@Suite("System identity rules")
struct SystemIdentityBuilderTests {
    @Test("placeholders become absent, each with a warning quoting the value; missing serials are said")
    func placeholders() {
        var firmware = FirmwareIdentity()
        firmware.manufacturer = "To Be Filled By O.E.M."
        firmware.productName = "System Product Name"
        firmware.serialNumber = "0123456789"
        firmware.uuid = .notSettable
        firmware.boardManufacturer = "ASRock"
        firmware.boardSerialNumber = "Default string"
        var warnings = WarningLog()
        let identity = SystemIdentityBuilder.build(from: firmware, source: .smbiosTables, warnings: &warnings)
        #expect(identity.manufacturer == nil)
        #expect(identity.product == nil)
        #expect(identity.serialNumber == nil)
        #expect(identity.uuid == nil)
        #expect(identity.baseboard?.manufacturer == "ASRock")
        #expect(identity.baseboard?.serialNumber == nil)
        #expect(warnings.warnings.contains(ProbeWarning(.system, IdentityField.systemSerial.placeholderKey, "0123456789")))
        #expect(warnings.warnings.contains(ProbeWarning(.system, IdentityField.boardSerial.placeholderKey, "Default string")))
        #expect(warnings.contains(key: "probe.warning.uuid.notSettable"))
        // A French reader gets French.
        let french = warnings.warnings.first { $0.key == IdentityField.systemSerial.placeholderKey }?.text(in: .fr)
        #expect(french == "Numéro de série du système : « 0123456789 » est une valeur de remplissage du fabricant, elle est ignorée.")
    }

    @Test("Lenovo's model is Version; others use the product name; a Lenovo placeholder Version falls back")
    func lenovoModel() {
        #expect(SystemIdentityBuilder.model(manufacturer: "LENOVO", product: "20HRCTO1WW", version: "ThinkPad X1 Carbon 5th") == "ThinkPad X1 Carbon 5th")
        #expect(SystemIdentityBuilder.model(manufacturer: "Dell Inc.", product: "Latitude E7450", version: "A01") == "Latitude E7450")
        var firmware = FirmwareIdentity()
        firmware.manufacturer = "LENOVO"
        firmware.productName = "81AX"
        firmware.version = "Lenovo"
        firmware.serialNumber = "PF12345"
        var warnings = WarningLog()
        let identity = SystemIdentityBuilder.build(from: firmware, source: .smbiosTables, warnings: &warnings)
        #expect(identity.model == "Lenovo")
        firmware.version = "To be filled by O.E.M."
        #expect(SystemIdentityBuilder.build(from: firmware, source: .smbiosTables, warnings: &warnings).model == "81AX")
    }

    @Test("category: chassis code first, then a battery, then the ACPI profile; otherwise unknown with a warning")
    func categories() throws {
        let tree = try TemporaryTree()
        let inference = CategoryInference(root: SystemRoot(path: tree.path))
        var warnings = WarningLog()
        #expect(inference.category(chassis: ChassisType(code: 0x0D), hasBattery: true, warnings: &warnings) == .allInOne)
        #expect(inference.category(chassis: ChassisType(code: 0x02), hasBattery: true, warnings: &warnings) == .laptop)
        #expect(warnings.warnings.isEmpty)
        #expect(inference.category(chassis: ChassisType(code: 0x01), hasBattery: false, warnings: &warnings) == nil)
        #expect(warnings.contains(key: "probe.warning.category.unknown"))
        try tree.write("sys/firmware/acpi/pm_profile", "1\n")
        #expect(inference.category(chassis: nil, hasBattery: false, warnings: &warnings) == .desktop)
        try tree.write("sys/firmware/acpi/pm_profile", "8\n")
        #expect(inference.category(chassis: ChassisType(code: 0x7E), hasBattery: false, warnings: &warnings) == .tablet)
    }

    @Test("without raw tables the identity comes from /sys/class/dmi/id, placeholders filtered the same way")
    func dmiFallback() {
        var warnings = WarningLog()
        let result = SMBIOSReader(root: SystemRoot(path: TestPaths.desktopDMIID)).read(warnings: &warnings)
        #expect(result.source == .dmiID)
        #expect(result.inventory == nil)
        #expect(warnings.contains(key: "probe.warning.smbios.tablesMissing"))
        #expect(warnings.contains(key: "probe.warning.smbios.usingDMIFallback"))
        let identity = SystemIdentityBuilder.build(from: result.identity ?? FirmwareIdentity(), source: .dmiID, warnings: &warnings)
        #expect(identity.manufacturer == nil)
        #expect(identity.baseboard?.manufacturer == "ASRock")
        #expect(identity.baseboard?.product == "H81M-DGS")
        #expect(identity.chassis?.typeName == "Desktop")
        #expect(identity.bios?.version == "P2.10")
        #expect(warnings.warnings.contains(ProbeWarning(.system, IdentityField.systemManufacturer.placeholderKey, "To Be Filled By O.E.M.")))
    }

    @Test("a dump given with --smbios-dump wins over the machine's tables; a bad dump is said and the machine is read")
    func dumpSource() throws {
        let tree = try TemporaryTree()
        let dump = SMBIOSBuilder.smbios2Dump([SMBIOSBuilder.system(manufacturer: "Acme", product: "Box 1", version: "1", serial: "AC-1"), SMBIOSBuilder.endOfTable])
        try tree.write("good.bin", bytes: dump)
        try tree.write("bad.bin", "not a dump")
        var warnings = WarningLog()
        let good = SMBIOSReader(root: SystemRoot(path: TestPaths.laptop), dumpPath: tree.path + "/good.bin").read(warnings: &warnings)
        #expect(good.source == .smbiosDump)
        #expect(good.identity?.serialNumber == "AC-1")
        let bad = SMBIOSReader(root: SystemRoot(path: TestPaths.laptop), dumpPath: tree.path + "/bad.bin").read(warnings: &warnings)
        #expect(bad.source == .smbiosTables)
        #expect(warnings.contains(key: "probe.warning.smbios.noAnchor"))
        _ = SMBIOSReader(root: SystemRoot(path: TestPaths.laptop), dumpPath: tree.path + "/missing.bin").read(warnings: &warnings)
        #expect(warnings.contains(key: "probe.warning.file.missing"))
    }
}
