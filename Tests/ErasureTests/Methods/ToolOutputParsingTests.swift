@testable import Erasure
import Foundation
import RefurbCore
import Testing

/// hdparm, nvme-cli and smartctl outputs recorded from real drives (Fixtures/README.md).
@Suite struct ToolOutputParsingTests {
    @Test func hddWithEnhancedEraseNotFrozen() throws {
        let identify = ATAIdentify.parse(try Fixtures.text("hdparm-I-WDC_WD2500AAKS-hdd.txt"))
        #expect(identify.model == "WDC WD2500AAKS-00VSA0")
        #expect(identify.serial == "WD-WMART0548949")
        #expect(identify.firmware == "01.01B01")
        #expect(identify.wwn == "50014ee055b881af")
        #expect(identify.securitySupported && !identify.securityEnabled && !identify.securityLocked)
        #expect(!identify.securityFrozen)
        #expect(identify.enhancedEraseSupported)
        #expect(identify.securityEraseMinutes == 50 && identify.enhancedSecurityEraseMinutes == 50)
        #expect(identify.hpaFeatureSet && identify.dcoFeatureSet)
        #expect(!identify.sanitizeSupported && !identify.isSolidState)
    }

    @Test func frozenSSDWithSanitize() throws {
        let identify = ATAIdentify.parse(try Fixtures.text("hdparm-I-Micron_5300-ssd-frozen.txt"))
        #expect(identify.model == "Micron_5300_MTFDDAK1T9TDS")
        #expect(identify.isSolidState)
        #expect(identify.securityFrozen)
        #expect(identify.enhancedEraseSupported)
        #expect(identify.sanitizeSupported && identify.sanitizeCryptoScramble && identify.sanitizeBlockErase && identify.sanitizeOverwrite)
        #expect(identify.securityEraseMinutes == 2)
    }

    @Test func frozenHDDWithoutEnhancedEraseEvenWithSpacesForTabs() throws {
        let identify = ATAIdentify.parse(try Fixtures.text("hdparm-I-ST9100822A-hdd-frozen-spaces.txt"))
        #expect(identify.serial == "3LG1L8KE")
        #expect(identify.securitySupported && identify.securityFrozen)
        #expect(!identify.enhancedEraseSupported)
        #expect(identify.securityEraseMinutes == nil)
    }

    @Test func nvmeIdentifyController() throws {
        let nvme = try #require(NVMeControllerCapabilities.parse(json: try Fixtures.text("nvme-id-ctrl-WDC_PC_SN730.json")))
        #expect(nvme.model == "WDC PC SN730 SDBQNTY-256G-1001")
        #expect(nvme.serial == "1951B3444502")
        #expect(nvme.formatSupported)
        #expect(nvme.sanitizeCrypto && nvme.sanitizeBlock && !nvme.sanitizeOverwrite)
        #expect(nvme.noDeallocateInhibited)  // SANICAP bit 29
        #expect(nvme.formatCryptoErase && !nvme.formatAppliesToAllNamespaces)
        #expect(nvme.namespaceCount == 1)
    }

    @Test func nvmeSanitizeLogStates() throws {
        let stuck = try #require(NVMeSanitizeLogParser.parse(try Fixtures.text("nvme-sanitize-log-in-progress.txt")))
        #expect(stuck.inProgress && !stuck.lastSucceeded && !stuck.failed)
        #expect(stuck.commandWord == 2)
        #expect(abs((stuck.progress ?? 0) - 655.0 / 65536) < 1e-9)
        let crypto = try #require(NVMeSanitizeLogParser.parse(try Fixtures.text("nvme-sanitize-log-crypto-in-progress.txt")))
        #expect(crypto.commandWord == 4)
        let done = try #require(NVMeSanitizeLogParser.parse(try Fixtures.text("nvme-sanitize-log-completed.txt")))
        #expect(done.lastSucceeded && !done.inProgress)
        #expect(done.summary == "SSTAT 0x101, SPROG 65535")
    }

    @Test func hdparmSanitizeStatusStates() throws {
        let running = try #require(HdparmSanitizeStatusParser.parse(try Fixtures.text("hdparm-sanitize-status-in-process.txt")))
        #expect(running.inProgress && abs((running.progress ?? 0) - 0.5) < 0.001)
        let idle = try #require(HdparmSanitizeStatusParser.parse(try Fixtures.text("hdparm-sanitize-status-idle-succeeded.txt")))
        #expect(!idle.inProgress && idle.lastSucceeded)
        let frozen = try #require(HdparmSanitizeStatusParser.parse(try Fixtures.text("hdparm-sanitize-status-frozen.txt")))
        #expect(frozen.frozen)
    }

    private static let smartctlFolder = (Fixtures.projectRoot ?? ".") + "/Tests/Fixtures/hardware/smartctl"

    private func smartctl(_ file: String) throws -> SmartctlOutput {
        try SmartctlOutput(json: Array(try Data(contentsOf: URL(fileURLWithPath: Self.smartctlFolder + "/" + file))))
    }

    @Test func smartctlJSONOfRealDrives() throws {
        let ata = try smartctl("ST3500418AS_11.json")
        #expect(DriveIdentity(smartctl: ata).model == "ST3500418AS")
        #expect(SmartSummary(ata).passed != nil)
        #expect(SmartSummary(ata).powerOnHours != nil)
        #expect(SmartSummary(ata).reallocatedSectors != nil)
        let nvme = SmartSummary(try smartctl("nvme-null-Samsung_SSD_970_EVO_Plus_250GB-nvme0.json"))
        #expect(nvme.percentageUsed != nil)
        #expect(nvme.mediaErrors != nil)
    }

    /// The certificate's figures and drive identity from every real capture are those Erasure's own reader gave
    /// before it was merged into RefurbCore's (Fixtures/smartctl-certificate-figures.json). One deliberate
    /// difference: SCSI drives read by smartctl 7.3 or later name their vendor, product and revision
    /// `scsi_vendor`, `scsi_product`, `scsi_revision`, which the old reader did not know; the identity now has
    /// them (it only fills what sysfs did not say).
    @Test func certificateFiguresOfEveryCaptureUnchanged() throws {
        struct Figures: Decodable {
            var summary: SmartSummary
            var identity: DriveIdentity
        }
        let expected = try JSONDecoder().decode([String: Figures].self, from: Data(try Fixtures.text("smartctl-certificate-figures.json").utf8))
        #expect(expected.count == 84)
        var scsi = 0
        for (file, figures) in expected {
            let output = try smartctl(file)
            #expect(SmartSummary(output) == figures.summary, "\(file)")
            var identity = DriveIdentity(smartctl: output)
            if output.deviceProtocol == "SCSI" {
                scsi += 1
                #expect(identity.vendor != nil && identity.model != nil && identity.firmware != nil, "\(file)")
                identity.vendor = nil
                identity.model = nil
                identity.firmware = nil
            }
            #expect(identity == figures.identity, "\(file)")
        }
        #expect(scsi == 3)
        let hp = DriveIdentity(smartctl: try smartctl("HP_73.4G_MAS3735NC_25.json"))
        #expect(hp == DriveIdentity(vendor: "HP 73.4G", model: "HP 73.4G MAS3735NC", serial: "REDACTED", firmware: "HPC3"))
    }
}
