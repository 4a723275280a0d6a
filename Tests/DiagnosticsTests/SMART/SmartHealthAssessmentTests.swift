import RefurbCore
import Testing
@testable import Diagnostics

@Suite("SMART verdict")
struct SmartHealthAssessmentTests {
    private func output(_ json: String) throws -> SmartctlOutput {
        try SmartctlOutput(json: Array(json.utf8))
    }

    @Test("only bit 3 or smart_status.passed == false make a disk failing")
    func failing() throws {
        let failing = try output(#"{"smart_status":{"passed":false},"power_on_time":{"hours":100}}"#)
        #expect(SmartHealthAssessment.assess(failing, exitStatus: [.diskFailing]).verdict == .failing)
        let bitOnly = try output(#"{"smart_status":{"passed":true}}"#)
        #expect(SmartHealthAssessment.assess(bitOnly, exitStatus: SmartctlExitStatus(rawValue: 8)).verdict == .failing)
        // The failing USB disk of the reference: 216 = 8 + 16 + 64 + 128.
        let report = SmartHealthAssessment.assess(failing, exitStatus: SmartctlExitStatus(rawValue: 216))
        #expect(report.verdict == .failing)
        #expect(report.reasons.map(\.message.key).contains("probe.smart.errorLog"))
        #expect(report.reasons.map(\.message.key).contains("probe.smart.selfTestErrors"))
    }

    @Test("bits 4–7 and bad counters are warnings with reasons; passed with nothing wrong is ok")
    func warnings() throws {
        let clean = try output(#"{"smart_status":{"passed":true},"power_on_time":{"hours":1200},"rotation_rate":0}"#)
        let ok = SmartHealthAssessment.assess(clean, exitStatus: [])
        #expect(ok.verdict == .ok)
        #expect(ok.reasons.map(\.message.key) == ["probe.smart.powerOnHours"])
        #expect(ok.reasons.first?.text(in: .en) == "1200 power-on hours")
        #expect(SmartHealthAssessment.assess(clean, exitStatus: SmartctlExitStatus(rawValue: 64)).verdict == .warning)
        #expect(SmartHealthAssessment.assess(clean, exitStatus: SmartctlExitStatus(rawValue: 4)).verdict == .warning)

        let sectors = try output(#"""
        {"smart_status":{"passed":true},"ata_smart_attributes":{"table":[
          {"id":5,"name":"Reallocated_Sector_Ct","value":100,"thresh":10,"when_failed":"","raw":{"value":12,"string":"12"}},
          {"id":197,"name":"Current_Pending_Sector","value":100,"thresh":0,"when_failed":"","raw":{"value":3,"string":"3"}},
          {"id":198,"name":"Offline_Uncorrectable","value":100,"thresh":0,"when_failed":"","raw":{"value":1,"string":"1"}},
          {"id":9,"name":"Power_On_Hours","value":1,"thresh":0,"when_failed":"","raw":{"value":115594749838557,"string":"34013 (105 34 0)"}}]}}
        """#)
        let report = SmartHealthAssessment.assess(sectors, exitStatus: [])
        #expect(report.verdict == .warning)
        #expect(report.reallocatedSectors == 12)
        #expect(report.pendingSectors == 3)
        #expect(report.uncorrectableSectors == 1)
        #expect(report.reasons.map { $0.text(in: .fr) }.contains("12 secteurs réalloués"))
    }

    @Test("NVMe: percentage used, media errors, spare below threshold; wear over 100 % is worn out")
    func nvme() throws {
        let worn = try output(#"{"smart_status":{"passed":true},"device":{"protocol":"NVMe"},"nvme_smart_health_information_log":{"critical_warning":0,"percentage_used":112,"media_errors":4,"available_spare":100,"available_spare_threshold":10,"power_on_hours":30000}}"#)
        let report = SmartHealthAssessment.assess(worn, exitStatus: [])
        #expect(report.verdict == .warning)
        #expect(report.percentageUsed == 112)
        #expect(report.mediaErrors == 4)
        #expect(report.powerOnHours == 30000)
        #expect(report.reasons.map(\.message.key).contains("probe.smart.wornOut"))
        let spare = try output(#"{"smart_status":{"passed":false},"nvme_smart_health_information_log":{"critical_warning":1,"percentage_used":3,"available_spare":4,"available_spare_threshold":10}}"#)
        let failing = SmartHealthAssessment.assess(spare, exitStatus: SmartctlExitStatus(rawValue: 8))
        #expect(failing.verdict == .failing)
        #expect(failing.reasons.map(\.message.key).contains("probe.smart.spareLow"))
    }

    @Test("SSD wear from the vendor attribute by name (ids collide between vendors), only on SSDs")
    func vendorWear() throws {
        let intel = try output(#"{"smart_status":{"passed":true},"rotation_rate":0,"ata_smart_attributes":{"table":[{"id":233,"name":"Media_Wearout_Indicator","value":22,"thresh":0,"when_failed":"","raw":{"value":0,"string":"0"}}]}}"#)
        #expect(SmartHealthAssessment.assess(intel, exitStatus: []).percentageUsed == 78)
        let seagate = try output(#"{"smart_status":{"passed":true},"ata_smart_attributes":{"table":[{"id":202,"name":"Data_Address_Mark_Errs","value":100,"thresh":0,"when_failed":"","raw":{"value":0,"string":"0"}}]}}"#)
        #expect(SmartHealthAssessment.assess(seagate, exitStatus: []).percentageUsed == nil)
    }

    @Test("no data (bits 0/1, or no status at all) is unknown, never ok")
    func unknown() throws {
        let nothing = try output(#"{"smartctl":{"messages":[{"string":"/dev/sdx: Unable to detect device type","severity":"error"}],"exit_status":1}}"#)
        let report = SmartHealthAssessment.assess(nothing, exitStatus: SmartctlExitStatus(rawValue: 1))
        #expect(report.verdict == .unknown)
        #expect(report.messages == ["/dev/sdx: Unable to detect device type"])
        #expect(SmartHealthAssessment.assess(try output("{}"), exitStatus: []).verdict == .unknown)
    }

    @Test("garbage is refused as JSON; odd types are ignored key by key")
    func garbage() throws {
        #expect(throws: SmartctlOutput.ParseError.notJSON) { try SmartctlOutput(json: Array("Segmentation fault".utf8)) }
        #expect(throws: SmartctlOutput.ParseError.notJSON) { try SmartctlOutput(json: []) }
        #expect(throws: SmartctlOutput.ParseError.notJSON) { try SmartctlOutput(json: [0xFF, 0xFE, 0x7B]) }
        #expect(throws: SmartctlOutput.ParseError.notAnObject) { try SmartctlOutput(json: Array("[1,2]".utf8)) }
        let odd = try output(#"{"smart_status":{"passed":"yes"},"power_on_time":{"hours":"many"},"ata_smart_attributes":{"table":"none"},"temperature":{"current":null}}"#)
        #expect(odd.passed == nil)
        #expect(odd.powerOnHours == nil)
        #expect(odd.attributes.isEmpty)
    }
}
