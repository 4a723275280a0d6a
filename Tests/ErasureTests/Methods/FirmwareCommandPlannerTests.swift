@testable import Erasure
import Foundation
import HostSystem
import Testing

/// The exact command lines each firmware method runs, and the drives it must refuse.
@Suite struct FirmwareCommandPlannerTests {
    static func disk(_ name: String, transport: DiskTransport, rotational: Bool) -> Disk {
        Disk(name: name, devicePath: "/dev/\(name)", number: DeviceNumber(major: 8, minor: 0), identity: DriveIdentity(),
             transport: transport, mediaType: MediaType.classify(transport: transport, rotational: rotational), sizeBytes: 250_059_350_016,
             logicalSectorSize: 512, physicalSectorSize: 4096, rotational: rotational, removable: false, readOnly: false, partitions: [])
    }

    let hdd = FirmwareCommandPlannerTests.disk("sda", transport: .sata, rotational: true)
    let ssd = FirmwareCommandPlannerTests.disk("sdb", transport: .sata, rotational: false)
    let nvme = FirmwareCommandPlannerTests.disk("nvme0n1", transport: .nvme, rotational: false)

    func ata(_ fixture: String) throws -> DriveCapabilities { DriveCapabilities(ata: ATAIdentify.parse(try Fixtures.text(fixture))) }
    func nvmeCapabilities() throws -> DriveCapabilities {
        DriveCapabilities(nvme: NVMeControllerCapabilities.parse(json: try Fixtures.text("nvme-id-ctrl-WDC_PC_SN730.json")))
    }

    @Test func enhancedSecurityEraseOnANotFrozenDrive() throws {
        let plan = try FirmwareCommandPlanner().plan(.ataSecureEraseEnhanced, for: hdd, capabilities: try ata("hdparm-I-WDC_WD2500AAKS-hdd.txt"))
        #expect(plan.commandLines == [
            "hdparm --user-master u --security-set-pass refurb /dev/sda",
            "hdparm --user-master u --security-erase-enhanced refurb /dev/sda",
        ])
        #expect(plan.watch == .commandCompletion(confirm: ["hdparm", "-I", "/dev/sda"]))
        #expect(plan.method.category == .purge)
        #expect(WipeMethod.ataSecureErase.category == .clear)
    }

    @Test func frozenDriveIsRefusedWithTheSuspendRemedy() throws {
        #expect(throws: FirmwareRefusal.frozen) {
            try FirmwareCommandPlanner().plan(.ataSecureEraseEnhanced, for: ssd, capabilities: try ata("hdparm-I-Micron_5300-ssd-frozen.txt"))
        }
        let message = WipePlanner.message(for: .frozen, disk: ssd)
        #expect(message.text(in: .fr, catalog: .erasure).contains("veille"))
        #expect(message.text(in: .en, catalog: .erasure).contains("rtcwake -m mem"))
        #expect(throws: FirmwareRefusal.unsupported(method: .ataSecureEraseEnhanced)) {
            try FirmwareCommandPlanner().plan(.ataSecureEraseEnhanced, for: hdd, capabilities: try ata("hdparm-I-ST9100822A-hdd-frozen-spaces.txt"))
        }
    }

    @Test func ataSanitizeIsNotBlockedBySecurityFreeze() throws {
        let capabilities = try ata("hdparm-I-Micron_5300-ssd-frozen.txt")
        let crypto = try FirmwareCommandPlanner().plan(.ataSanitizeCrypto, for: ssd, capabilities: capabilities)
        #expect(crypto.commandLines == ["hdparm --yes-i-know-what-i-am-doing --sanitize-crypto-scramble /dev/sdb"])
        #expect(crypto.watch == .ataSanitizeStatus(status: ["hdparm", "--sanitize-status", "/dev/sdb"]))
        let block = try FirmwareCommandPlanner().plan(.ataSanitizeBlock, for: ssd, capabilities: capabilities)
        #expect(block.commandLines == ["hdparm --yes-i-know-what-i-am-doing --sanitize-block-erase /dev/sdb"])
        let overwrite = try FirmwareCommandPlanner().plan(.ataSanitizeOverwrite, for: ssd, capabilities: capabilities)
        #expect(overwrite.commandLines == ["hdparm --yes-i-know-what-i-am-doing --sanitize-overwrite-passes 1 --sanitize-overwrite 0 /dev/sdb"])
    }

    @Test func nvmeSanitizeAndFormat() throws {
        let capabilities = try nvmeCapabilities()
        let crypto = try FirmwareCommandPlanner().plan(.nvmeSanitizeCrypto, for: nvme, capabilities: capabilities)
        // SANICAP says No-Deallocate is inhibited, so it isn't asked for.
        #expect(crypto.commandLines == ["nvme sanitize /dev/nvme0 --sanact=4"])
        #expect(crypto.watch == .nvmeSanitizeLog(status: ["nvme", "sanitize-log", "/dev/nvme0"]))
        #expect(try FirmwareCommandPlanner().plan(.nvmeSanitizeBlock, for: nvme, capabilities: capabilities).commandLines == ["nvme sanitize /dev/nvme0 --sanact=2"])
        #expect(try FirmwareCommandPlanner().plan(.nvmeFormatCrypto, for: nvme, capabilities: capabilities).commandLines
            == ["nvme format /dev/nvme0n1 --ses=2 --force --timeout=3600000"])
        #expect(WipeMethod.nvmeFormatUserData.category == .clear && WipeMethod.nvmeFormatCrypto.category == .purge)
    }

    @Test func commandsThatCannotReachTheDriveAreRefused() throws {
        let usb = FirmwareCommandPlannerTests.disk("sdc", transport: .usb, rotational: true)
        #expect(throws: FirmwareRefusal.wrongTransport(method: .ataSanitizeBlock, transport: .usb)) {
            try FirmwareCommandPlanner().plan(.ataSanitizeBlock, for: usb, capabilities: try ata("hdparm-I-Micron_5300-ssd-frozen.txt"))
        }
        #expect(throws: FirmwareRefusal.wrongTransport(method: .nvmeSanitizeCrypto, transport: .sata)) {
            try FirmwareCommandPlanner().plan(.nvmeSanitizeCrypto, for: ssd, capabilities: try nvmeCapabilities())
        }
        #expect(throws: FirmwareRefusal.capabilitiesUnknown(method: .ataSanitizeCrypto)) {
            try FirmwareCommandPlanner().plan(.ataSanitizeCrypto, for: ssd, capabilities: DriveCapabilities())
        }
    }

    @Test func autoFollowsTheStandardsPerMediaType() throws {
        #expect(AutoMethodPolicy.candidates(for: hdd, capabilities: try ata("hdparm-I-WDC_WD2500AAKS-hdd.txt")) == [.zero])
        // Frozen SSD: sanitize still possible, enhanced erase not, overwrite last (Clear only).
        #expect(AutoMethodPolicy.candidates(for: ssd, capabilities: try ata("hdparm-I-Micron_5300-ssd-frozen.txt")) == [.ataSanitizeCrypto, .random])
        #expect(AutoMethodPolicy.candidates(for: nvme, capabilities: try nvmeCapabilities()) == [.nvmeSanitizeCrypto, .nvmeFormatCrypto, .random])
        let usb = FirmwareCommandPlannerTests.disk("sdc", transport: .usb, rotational: false)
        #expect(AutoMethodPolicy.candidates(for: usb, capabilities: DriveCapabilities()) == [.random])
        #expect(WipeMethod.random.defaultVerification == .full)
        #expect(WipeMethod.nvmeSanitizeCrypto.defaultVerification == .sample(basisPoints: 1000))
    }
}
