import Foundation
import RefurbCore
import Testing
@testable import Diagnostics

/// All 84 real smartctl outputs parse, and our verdict agrees with smartctl's own smart_status and exit bits.
@Suite("smartctl corpus")
struct SmartCorpusTests {
    static let files = TestPaths.corpusFiles("smartctl", suffix: ".json")

    @Test("there are 84 files")
    func count() {
        #expect(Self.files.count == 84)
    }

    @Test("each file parses and its verdict agrees with smart_status and the exit bits", arguments: SmartCorpusTests.files)
    func verdict(file: String) throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: file)))
        let output = try SmartctlOutput(json: bytes)
        let exitStatus = SmartctlExitStatus(rawValue: try #require(output.exitStatusInJSON))
        let report = SmartHealthAssessment.assess(output, exitStatus: exitStatus)
        let document = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]
        let passed = (document?["smart_status"] as? [String: Any])?["passed"] as? Bool

        #expect(report.passed == passed)
        if passed == false || exitStatus.contains(.diskFailing) {
            #expect(report.verdict == .failing)
        } else if passed == true {
            #expect(report.verdict == .ok || report.verdict == .warning, "\(file)")
        } else {
            #expect(report.verdict == .unknown)
        }
        // Logged errors and attribute thresholds are never an "ok".
        if !exitStatus.isDisjoint(with: [.prefailAttributesBelowThreshold, .attributesBelowThresholdInPast, .errorLogHasErrors, .selfTestLogHasErrors]) {
            #expect(report.verdict != .ok)
        }
        #expect(report.powerOnHours == ((document?["power_on_time"] as? [String: Any])?["hours"] as? Int
            ?? (document?["nvme_smart_health_information_log"] as? [String: Any])?["power_on_hours"] as? Int))
    }

    @Test("known drives: the WD RE3 with logged errors, an Intel SSD at 78 % wear, a Seagate with one reallocated sector")
    func knownDrives() throws {
        func report(_ suffix: String) throws -> SmartReport {
            let file = try #require(Self.files.first { $0.hasSuffix(suffix) })
            let output = try SmartctlOutput(json: Array(try Data(contentsOf: URL(fileURLWithPath: file))))
            return SmartHealthAssessment.assess(output, exitStatus: SmartctlExitStatus(rawValue: output.exitStatusInJSON ?? 0))
        }
        let wd = try report("WDC_WD5002ABYS-02B1B0-sda.json")
        #expect(wd.verdict == .warning)
        #expect(wd.reasons.map(\.message.key).contains("probe.smart.errorLog"))
        let intel = try report("INTEL_SSDSC2BB240G4-sde.json")
        #expect(intel.percentageUsed == 78)
        let seagate = try report("ST3500418AS_11.json")
        #expect(seagate.reallocatedSectors == 1)
        #expect(seagate.verdict == .warning)
        let nvme = try report("nvme-null-CT250P2SSD8-nvme0.json")
        #expect(nvme.verdict == .ok)
        #expect(nvme.percentageUsed == 0)
    }
}
