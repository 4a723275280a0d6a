import Printing
import RefurbCore
import Testing

@Suite struct PrintJobSenderTests {
    let job = PrintJob(bytes: [0x1B, 0x40, 0x01, 0x02, 0x1A], family: .brotherQL,
                       requiredMedia: MediaRequirement(kind: .dieCut, widthMM: 62, lengthMM: 29))
    let quick = PrintJobSender(statusTimeout: .milliseconds(300), completionTimeout: .milliseconds(300))

    @Test func mediaMismatchRefusesAndSendsNothingOfTheJob() async throws {
        let connection = ScriptedConnection(replies: [try Fixtures.hexBytes("brother-status/ql700-29-endless.hex")])
        do {
            _ = try await quick.send(job, over: connection)
            Issue.record("a 29 mm roll must refuse a 62×29 label")
        } catch let error as PrintingError {
            #expect(error.kind == .refusal)
            #expect(error.text(in: .fr).hasPrefix("Rouleau 29 mm chargé, l'étiquette demande 62 mm."))
        }
        #expect(connection.written == [PrinterStatusQuery.brotherRequest])
    }

    @Test func printerErrorsRefuseAndSendNothing() async throws {
        let connection = ScriptedConnection(replies: [try Fixtures.hexBytes("brother-status/error2-bit4-cover-open.hex")])
        await #expect(throws: PrintingError.self) { _ = try await quick.send(job, over: connection) }
        #expect(connection.written == [PrinterStatusQuery.brotherRequest])
    }

    @Test func readyPrinterGetsTheJobAndConfirmsCompletion() async throws {
        let connection = ScriptedConnection(replies: [try Fixtures.hexBytes("brother-status/ql700-62x29.hex"),
                                                      try Fixtures.hexBytes("brother-status/ql700-printing-completed.hex")])
        let outcome = try await quick.send(job, over: connection)
        #expect(connection.written == [PrinterStatusQuery.brotherRequest, job.bytes])
        #expect(outcome.completion == .confirmed)
        #expect(outcome.bytesSent == job.bytes.count)
        #expect(outcome.statusBefore?.loadedMedia == LoadedMedia(kind: .dieCut, widthMM: 62, lengthMM: 29))
    }

    @Test func aSilentBrotherTimesOutInsteadOfHanging() async {
        let connection = ScriptedConnection(replies: [])
        do {
            _ = try await quick.send(job, over: connection)
            Issue.record("a silent printer must be refused")
        } catch let error as PrintingError {
            #expect(error.message.key == "printing.status.silentBrother")
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(connection.written == [PrinterStatusQuery.brotherRequest])
    }

    @Test func zebraPaperOutRefuses() async throws {
        let zpl = PrintJob(bytes: Array("^XA^XZ".utf8), family: .zebraZPL)
        let connection = ScriptedConnection(replies: [try Fixtures.bytes("zebra-status/paper-out.txt")])
        do {
            _ = try await quick.send(zpl, over: connection)
            Issue.record("paper out must refuse")
        } catch let error as PrintingError {
            #expect(error.kind == .refusal)
            #expect(error.message.key == "printing.zebra.paperOut")
        }
        #expect(connection.written == [ZebraHostStatus.request])
    }

    @Test func aSilentZebraIsToldToCheckHeadAndMedia() async {
        let zpl = PrintJob(bytes: Array("^XA^XZ".utf8), family: .zebraZPL)
        let connection = ScriptedConnection(replies: [])
        do {
            _ = try await quick.send(zpl, over: connection)
            Issue.record("a silent Zebra must be refused")
        } catch let error as PrintingError {
            #expect(error.text(in: .fr).contains("tête est ouverte"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func readyZebraGetsTheJob() async throws {
        let zpl = PrintJob(bytes: Array("^XA^FDx^FS^XZ".utf8), family: .zebraZPL)
        let connection = ScriptedConnection(replies: [try Fixtures.bytes("zebra-status/ready.txt")])
        let outcome = try await quick.send(zpl, over: connection)
        #expect(connection.written.last == zpl.bytes)
        #expect(outcome.completion == .unconfirmed)
    }

    @Test func aConnectionThatCannotReadSendsWithoutChecking() async throws {
        let connection = ScriptedConnection(replies: [], canRead: false)
        let outcome = try await quick.send(job, over: connection)
        #expect(connection.written == [job.bytes])
        #expect(outcome.completion == .notChecked)
    }

    @Test func severalProblemsAreListedUnderOneHeading() async throws {
        var reply = try Fixtures.hexBytes("brother-status/ql700-62x29.hex")
        reply[9] = 0x10 | 0x01
        let connection = ScriptedConnection(replies: [reply])
        do {
            _ = try await quick.send(job, over: connection)
        } catch let error as PrintingError {
            let text = error.text(in: .fr)
            #expect(text.hasPrefix("L'imprimante n'est pas prête :"))
            #expect(text.contains("Capot ouvert") && text.contains("Mauvais rouleau"))
        }
    }
}
