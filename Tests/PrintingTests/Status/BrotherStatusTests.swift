import Printing
import RefurbCore
import Testing

@Suite struct BrotherStatusTests {
    @Test func parsesARealQL1050ReplyWithItsOneMillimetreLongerLabels() throws {
        let status = try #require(BrotherStatus(try Fixtures.hexBytes("brother-status/ql1050-102x152.hex")))
        #expect(status.errors.isEmpty)
        #expect(status.media == LoadedMedia(kind: .dieCut, widthMM: 102, lengthMM: 153))
        #expect(status.statusType == .replyToRequest)
        #expect(status.modelName == "QL-1050")
        // Brother calls this roll 102×152: a 1 mm difference is accepted.
        #expect(MediaCheck.problem(loaded: status.media, required: MediaRequirement(kind: .dieCut, widthMM: 102, lengthMM: 152)) == nil)
    }

    @Test func parsesARealQL500ReplyWithRoundLabels() throws {
        let status = try #require(BrotherStatus(try Fixtures.hexBytes("brother-status/ql500-d24.hex")))
        #expect(status.media == LoadedMedia(kind: .dieCut, widthMM: 24, lengthMM: 24))
        #expect(status.modelName == "QL-500/550")
    }

    @Test func continuousTapeHasNoLength() throws {
        let status = try #require(BrotherStatus(try Fixtures.hexBytes("brother-status/ql700-29-endless.hex")))
        #expect(status.media == LoadedMedia(kind: .continuous, widthMM: 29))
        #expect(status.modelName == "QL-700")
    }

    static let errorFiles: [(String, BrotherStatusErrors, String)] = [
        ("error1-bit0-no-media", .noMedia, "Pas de rouleau"),
        ("error1-bit1-end-of-media", .endOfMedia, "Fin du rouleau"),
        ("error1-bit2-cutter-jam", .cutterJam, "Massicot bloqué"),
        ("error1-bit3-weak-battery", .weakBattery, "Batterie faible"),
        ("error1-bit4-printer-in-use", .printerInUse, "occupée"),
        ("error1-bit5-turned-off", .turnedOff, "éteinte"),
        ("error1-bit6-high-voltage-adapter", .highVoltageAdapter, "Adaptateur"),
        ("error1-bit7-fan-error", .fanError, "Ventilateur"),
        ("error2-bit0-replace-media", .replaceMedia, "Mauvais rouleau"),
        ("error2-bit1-expansion-buffer-full", .expansionBufferFull, "Mémoire"),
        ("error2-bit2-communication-error", .communicationError, "transmission"),
        ("error2-bit3-communication-buffer-full", .communicationBufferFull, "Tampon"),
        ("error2-bit4-cover-open", .coverOpen, "Capot ouvert"),
        ("error2-bit5-cancel-key", .cancelKey, "annulée"),
        ("error2-bit6-feed-error", .feedError, "n'avance pas"),
        ("error2-bit7-system-error", .systemError, "Erreur interne"),
    ]

    @Test(arguments: errorFiles)
    func eachErrorBitIsNamedInPlainFrench(file: String, flag: BrotherStatusErrors, french: String) throws {
        let status = try #require(BrotherStatus(try Fixtures.hexBytes("brother-status/\(file).hex")))
        #expect(status.errors == flag)
        let report = PrinterStatusReport(brother: status)
        #expect(!report.isReady)
        #expect(report.problems.count == 1)
        #expect(report.problems[0].text(in: .fr, catalog: .printing).contains(french))
        #expect(!report.problems[0].text(in: .en, catalog: .printing).contains("printing."))
    }

    @Test func everyErrorFixtureIsCovered() {
        let files = Fixtures.names(in: "brother-status").filter { $0.hasPrefix("error") }.map { String($0.dropLast(4)) }
        #expect(Set(files) == Set(Self.errorFiles.map(\.0)))
    }

    @Test func findsRepliesInAStreamWithLeftovers() throws {
        let reply = try Fixtures.hexBytes("brother-status/ql700-62x29.hex")
        let done = try Fixtures.hexBytes("brother-status/ql700-printing-completed.hex")
        let replies = BrotherStatus.replies(in: [0x00, 0x42] + reply + done + [0x80, 0x20])
        #expect(replies.map(\.statusType) == [.replyToRequest, .printingCompleted])
    }

    @Test func refusesWhatIsNotAStatusReply() {
        #expect(BrotherStatus([UInt8](repeating: 0, count: 32)) == nil)
        #expect(BrotherStatus([0x80, 0x20, 0x42]) == nil)
    }
}

@Suite struct MediaCheckTests {
    @Test func wrongWidthIsRefusedInTheWorkshopsWords() throws {
        let loaded = try #require(BrotherStatus(try Fixtures.hexBytes("brother-status/ql700-29-endless.hex"))).media
        let problem = try #require(MediaCheck.problem(loaded: loaded, required: MediaRequirement(kind: .dieCut, widthMM: 62, lengthMM: 29)))
        #expect(problem.text(in: .fr, catalog: .printing).hasPrefix("Rouleau 29 mm chargé, l'étiquette demande 62 mm."))
        #expect(problem.text(in: .en, catalog: .printing).hasPrefix("29 mm roll loaded, the label needs 62 mm."))
    }

    @Test func continuousTapeForADieCutTemplateIsRefused() throws {
        let loaded = try #require(BrotherStatus(try Fixtures.hexBytes("brother-status/ql700-62-endless.hex"))).media
        let problem = try #require(MediaCheck.problem(loaded: loaded, required: MediaRequirement(kind: .dieCut, widthMM: 62, lengthMM: 29)))
        #expect(problem.text(in: .fr, catalog: .printing) == "Rouleau continu 62 mm chargé, l'étiquette demande des étiquettes prédécoupées 62×29 mm.")
    }

    @Test func dieCutLabelsForAContinuousTemplateAreRefused() throws {
        let loaded = try #require(BrotherStatus(try Fixtures.hexBytes("brother-status/ql700-62x29.hex"))).media
        let problem = try #require(MediaCheck.problem(loaded: loaded, required: MediaRequirement(kind: .continuous, widthMM: 62)))
        #expect(problem.text(in: .fr, catalog: .printing) == "Étiquettes prédécoupées 62×29 mm chargées, l'étiquette demande un rouleau continu 62 mm.")
    }

    @Test func otherDieCutLengthIsRefused() throws {
        let loaded = try #require(BrotherStatus(try Fixtures.hexBytes("brother-status/ql700-62x29.hex"))).media
        let problem = try #require(MediaCheck.problem(loaded: loaded, required: MediaRequirement(kind: .dieCut, widthMM: 62, lengthMM: 100)))
        #expect(problem.text(in: .fr, catalog: .printing) == "Étiquettes 62×29 mm chargées, l'étiquette demande 62×100 mm.")
    }

    @Test func noRollIsToldAsSuch() throws {
        let loaded = try #require(BrotherStatus(try Fixtures.hexBytes("brother-status/ql700-no-media.hex"))).media
        let problem = try #require(MediaCheck.problem(loaded: loaded, required: MediaRequirement(kind: .continuous, widthMM: 62)))
        #expect(problem.key == "printing.media.none")
    }

    @Test func matchingMediaPasses() throws {
        let loaded = try #require(BrotherStatus(try Fixtures.hexBytes("brother-status/ql700-62x29.hex"))).media
        #expect(MediaCheck.problem(loaded: loaded, required: MediaRequirement(kind: .dieCut, widthMM: 62, lengthMM: 29)) == nil)
    }
}
