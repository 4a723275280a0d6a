@testable import Erasure
import Foundation
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

    @Test func smartctlJSONOfRealDrives() throws {
        let folder = try #require(Fixtures.projectRoot) + "/Tests/Fixtures/hardware/smartctl"
        let ata = try #require(SmartSummary.parse(json: try Data(contentsOf: URL(fileURLWithPath: folder + "/ST3500418AS_11.json"))))
        #expect(ata.identity.model == "ST3500418AS")
        #expect(ata.summary.passed != nil)
        #expect(ata.summary.powerOnHours != nil)
        #expect(ata.summary.reallocatedSectors != nil)
        let nvme = try #require(SmartSummary.parse(json: try Data(contentsOf: URL(fileURLWithPath: folder + "/nvme-null-Samsung_SSD_970_EVO_Plus_250GB-nvme0.json"))))
        #expect(nvme.summary.percentageUsed != nil)
        #expect(nvme.summary.mediaErrors != nil)
        var parsed = 0
        for file in try FileManager.default.contentsOfDirectory(atPath: folder) where file.hasSuffix(".json") {
            if SmartSummary.parse(json: try Data(contentsOf: URL(fileURLWithPath: folder + "/" + file))) != nil { parsed += 1 }
        }
        #expect(parsed > 50)
    }
}
