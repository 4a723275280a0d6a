import Foundation
import Printing
import Testing

@Suite struct FilePrinterConnectionTests {
    @Test func fileReceivesTheJobAndCannotAnswer() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("refurb-job-\(UUID().uuidString).bin").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let connection = try await PrinterConnector.connect(try PrinterURI(parsing: "file:\(path)"), files: .anywhere)
        #expect(!connection.canRead)
        let job: [UInt8] = Array("^XA^FDtest^FS^XZ".utf8)
        let outcome = try await PrintJobSender().send(PrintJob(bytes: job, family: .zebraZPL), over: connection)
        await connection.close()
        #expect(outcome.completion == .notChecked)
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: path))) == job)
    }

    @Test func unwritablePathIsBadInput() async {
        do {
            _ = try await PrinterConnector.connect(.file(path: "/nonexistent-folder/x.bin"), files: .anywhere)
            Issue.record("must fail")
        } catch let error as PrintingError {
            #expect(error.kind == .badRequest)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func aCharacterDeviceIsOpenedAsADeviceNode() async throws {
        // /dev/null is a character device like /dev/usb/lp0.
        let connection = try await PrinterConnector.connect(.file(path: "/dev/null"), files: .anywhere)
        #expect(connection.summary == "device /dev/null")
        try await connection.write([1, 2, 3])
        await connection.close()
    }
}
