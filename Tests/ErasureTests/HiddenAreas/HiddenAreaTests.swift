@testable import Erasure
import HostSystem
import Testing

@Suite struct HiddenAreaTests {
    @Test func hdparmMaxSectorsReadings() throws {
        #expect(HdparmMaxSectorsParser.parse(try Fixtures.text("hdparm-N-hpa-disabled.txt")) == .init(visibleSectors: 312_581_808, nativeSectors: 312_581_808))
        #expect(HdparmMaxSectorsParser.parse(try Fixtures.text("hdparm-N-hpa-enabled.txt")) == .init(visibleSectors: 310_484_656, nativeSectors: 312_581_808))
        #expect(HdparmMaxSectorsParser.parse(try Fixtures.text("hdparm-N-invalid-usb-bridge.txt")) == nil)
        #expect(HdparmDCOParser.realMaxSectors("DCO Revision: 0x0002\n\tReal max sectors: 312581808\n") == 312_581_808)
    }

    @Test func hiddenAreaIsDetectedAndRestoreCommandPlanned() throws {
        let disk = FirmwareCommandPlannerTests.disk("sda", transport: .sata, rotational: true)
        let runner = ScriptedRunner([
            "hdparm -N /dev/sda": [.ok(try Fixtures.text("hdparm-N-hpa-enabled.txt"))],
            "hdparm --dco-identify /dev/sda": [.ok("\tReal max sectors: 312581808\n")],
        ])
        let status = HiddenAreaInspector(runner: runner).inspect(disk)
        #expect(status.state == .hidden)
        #expect(status.hpaSectors == 2_097_152)
        #expect(status.dcoSectors == 0)
        #expect(HiddenAreaInspector.restoreCommand(disk, nativeSectors: 312_581_808) == ["hdparm", "--yes-i-know-what-i-am-doing", "-N", "p312581808", "/dev/sda"])
    }

    @Test func unreadableOnATAIsUnknownElsewhereNotApplicable() {
        let sata = FirmwareCommandPlannerTests.disk("sda", transport: .sata, rotational: true)
        let failing = ScriptedRunner(["hdparm -N /dev/sda": [CommandOutput(exitCode: 5, standardOutput: "", standardError: "SG_IO: bad/missing sense data")]])
        #expect(HiddenAreaInspector(runner: failing).inspect(sata).state == .unknown)
        let nvme = FirmwareCommandPlannerTests.disk("nvme0n1", transport: .nvme, rotational: false)
        #expect(HiddenAreaInspector(runner: failing).inspect(nvme) == .notApplicable)
    }
}
