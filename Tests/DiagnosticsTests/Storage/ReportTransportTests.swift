import Foundation
import Testing
@testable import Diagnostics

/// The hardware report names a disk's transport in its schema's words, whatever case of HostSystem's one
/// classification the disk has: SAS is reported as SCSI, as it always was.
@Suite("Transports in the report")
struct ReportTransportTests {
    @Test("every transport is reported with a word the schema knows")
    func schemaWords() throws {
        let schemaPath = TestPaths.testsDirectory + "/../../Schemas/hardware-report.schema.json"
        let schema = try String(contentsOfFile: schemaPath, encoding: .utf8)
        #expect(schema.contains(#""transport": { "enum": ["sata", "nvme", "usb", "mmc", "scsi", "virtio", "unknown"] }"#))
        let words = Set(DiskTransport.allCases.map(\.inHardwareReport.rawValue))
        #expect(words == ["sata", "nvme", "usb", "mmc", "scsi", "virtio", "unknown"])
        #expect(DiskTransport.sas.inHardwareReport == .scsi)
    }
}
