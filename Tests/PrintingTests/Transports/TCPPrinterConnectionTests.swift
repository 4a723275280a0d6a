import Printing
import Testing

@Suite struct TCPPrinterConnectionTests {
    @Test func loopbackPrinterReceivesExactlyTheJobBytes() async throws {
        let printer = try LoopbackPrinter()
        let job = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let connection = try await PrinterConnector.connect(.tcp(host: "127.0.0.1", port: printer.port), files: .refused)
        try await connection.write(job)
        await connection.close()
        #expect(await printer.received() == job)
    }

    @Test func zebraOverTCPIsAskedForStatusThenGetsTheLabel() async throws {
        let ready = try Fixtures.bytes("zebra-status/ready.txt")
        let printer = try LoopbackPrinter(answer: ready, after: ZebraHostStatus.request)
        let connection = try await PrinterConnector.connect(.tcp(host: "127.0.0.1", port: printer.port), files: .refused)
        let zpl = Array("^XA^CI28^FO10,10^A0N,30,30^FDRéf. R000123K^FS^XZ\n".utf8)
        let outcome = try await PrintJobSender(statusTimeout: .seconds(2)).send(PrintJob(bytes: zpl, family: .zebraZPL),
                                                                               over: connection)
        await connection.close()
        #expect(outcome.statusBefore?.isReady == true)
        #expect(await printer.received() == ZebraHostStatus.request + zpl)
    }

    @Test func brotherWithTheWrongRollOverTCPReceivesOnlyTheStatusRequest() async throws {
        let reply = try Fixtures.hexBytes("brother-status/ql700-29-endless.hex")
        let printer = try LoopbackPrinter(answer: reply, after: [0x1B, 0x69, 0x53])
        let connection = try await PrinterConnector.connect(.tcp(host: "127.0.0.1", port: printer.port), files: .refused)
        let job = PrintJob(bytes: [0x1B, 0x40] + [UInt8](repeating: 0x67, count: 100), family: .brotherQL,
                           requiredMedia: MediaRequirement(kind: .continuous, widthMM: 62))
        do {
            _ = try await PrintJobSender(statusTimeout: .seconds(2)).send(job, over: connection)
            Issue.record("wrong roll must refuse")
        } catch let error as PrintingError {
            #expect(error.kind == .refusal)
            #expect(error.message.key == "printing.media.widthMismatch", "\(error)")
        }
        await connection.close()
        let received = await printer.received()
        #expect(received == PrinterStatusQuery.brotherRequest, "received \(received.count) bytes")
    }

    @Test func aSilentNetworkPrinterTimesOut() async throws {
        let printer = try LoopbackPrinter()
        let connection = try await PrinterConnector.connect(.tcp(host: "127.0.0.1", port: printer.port), files: .refused)
        await #expect(throws: PrintingError.self) {
            _ = try await PrinterStatusQuery.zebra(on: connection, timeout: .milliseconds(400))
        }
        await connection.close()
    }

    @Test func nobodyListeningIsAPlainError() async throws {
        // A port bound but not listening: nobody answers there, and no other test can take it meanwhile.
        let reserved = try ReservedPort()
        do {
            let connection = try await PrinterConnector.connect(.tcp(host: "127.0.0.1", port: reserved.port), files: .refused)
            await connection.close()
        } catch let error as PrintingError {
            #expect(error.text(in: .fr).contains("127.0.0.1"))
        }
    }
}
