import Labels
import Printing
import Testing

/// Splits a Brother job into commands, the way the printer reads it.
struct BrotherCommandReader {
    enum Command: Equatable {
        case invalidate(Int), initialize, rasterMode, printInformation([UInt8]), variousMode(UInt8), cutEvery(UInt8)
        case expanded(UInt8), margin(Int), compression(UInt8), line([UInt8]), zeroLine, printPage, printLastPage
    }

    static func read(_ job: [UInt8], bytesPerLine: Int) throws -> [Command] {
        var commands: [Command] = []
        var index = 0
        var nulls = 0
        while index < job.count {
            if job[index] == 0 { nulls += 1; index += 1; continue }
            if nulls > 0 { commands.append(.invalidate(nulls)); nulls = 0 }
            let rest = Array(job[index...].prefix(16))
            switch rest {
            case let r where r.starts(with: [0x1B, 0x40]): commands.append(.initialize); index += 2
            case let r where r.starts(with: [0x1B, 0x69, 0x61]): commands.append(.rasterMode); index += 4
            case let r where r.starts(with: [0x1B, 0x69, 0x7A]): commands.append(.printInformation(Array(r[3..<13]))); index += 13
            case let r where r.starts(with: [0x1B, 0x69, 0x4D]): commands.append(.variousMode(r[3])); index += 4
            case let r where r.starts(with: [0x1B, 0x69, 0x41]): commands.append(.cutEvery(r[3])); index += 4
            case let r where r.starts(with: [0x1B, 0x69, 0x4B]): commands.append(.expanded(r[3])); index += 4
            case let r where r.starts(with: [0x1B, 0x69, 0x64]): commands.append(.margin(Int(r[3]) | Int(r[4]) << 8)); index += 5
            case let r where r.starts(with: [0x4D]): commands.append(.compression(r[1])); index += 2
            case let r where r.starts(with: [0x67, 0x00]):
                let count = Int(job[index + 2])
                commands.append(.line(Array(job[index + 3..<index + 3 + count])))
                index += 3 + count
            case let r where r.first == 0x5A: commands.append(.zeroLine); index += 1
            case let r where r.first == 0x0C: commands.append(.printPage); index += 1
            case let r where r.first == 0x1A: commands.append(.printLastPage); index += 1
            default: throw LabelError(.init("unknown command at \(index): \(rest)"))
            }
        }
        return commands
    }
}

@Suite struct BrotherRasterEncoderTests {
    func encode(_ model: String, media: String, rows: Int = 271, copies: Int = 1,
                paint: (inout MonochromeBitmap) -> Void = { _ in }) throws -> [BrotherCommandReader.Command] {
        let qlModel = BrotherQLModel.named(model)!
        let brotherMedia = BrotherMedia.named(media)!
        var bitmap = MonochromeBitmap(width: brotherMedia.printableAcross, height: brotherMedia.printableAlong ?? rows)
        paint(&bitmap)
        let job = try BrotherRasterEncoder(model: qlModel, media: brotherMedia).encode(bitmap, copies: copies)
        return try BrotherCommandReader.read(job, bytesPerLine: qlModel.bytesPerLine)
    }

    static let issueModels = ["QL-500", "QL-550", "QL-560", "QL-570", "QL-580N", "QL-650TD", "QL-700", "QL-710W",
                              "QL-720NW", "QL-800", "QL-810W", "QL-820NWB", "QL-1050", "QL-1060N", "QL-1100"]

    @Test(arguments: issueModels)
    func everyModelOfTheIssueGetsItsOwnDialect(name: String) throws {
        let model = try #require(BrotherQLModel.named(name))
        let commands = try encode(name, media: "62x29") { bitmap in
            for x in 0..<bitmap.width where x % 3 == 0 { bitmap[x, 100] = true }
        }
        #expect(commands.first == .invalidate(model.invalidateBytes))
        #expect(commands.contains(.rasterMode) == model.needsModeSwitch)
        #expect(commands.contains(.compression(0x02)) == model.supportsCompression)
        #expect(commands.contains(.variousMode(0x40)) == model.hasCutter)
        #expect(commands.contains(.expanded(0x08)) == model.supportsExpandedMode)
        #expect(commands.contains(.zeroLine) == model.supportsZeroLines)
        #expect(commands.contains(.margin(0)))
        #expect(commands.last == .printLastPage)
        let lines = commands.filter { if case .line = $0 { true } else if case .zeroLine = $0 { true } else { false } }
        #expect(lines.count == 271)
        // Every line is 90 bytes, or 162 on the wide-head models, once decompressed.
        for case let .line(payload) in commands {
            let decoded = model.supportsCompression ? PackBits.decode(payload) : payload
            #expect(decoded.count == (["QL-1050", "QL-1060N", "QL-1100"].contains(name) ? 162 : 90))
        }
    }

    @Test func printInformationCarriesMediaAndLineCount() throws {
        let dieCut = try encode("QL-700", media: "62x100")
        #expect(dieCut.contains(.printInformation([0xCE, 0x0B, 62, 100, 0x55, 0x04, 0, 0, 0, 0])))  // 1109 lines
        let endless = try encode("QL-700", media: "29", rows: 732)
        #expect(endless.contains(.printInformation([0xCE, 0x0A, 29, 0, 0xDC, 0x02, 0, 0, 0, 0])))  // 732 lines
        #expect(endless.contains(.margin(35)))
    }

    @Test func copiesArePagesOfOneJob() throws {
        let commands = try encode("QL-820NWB", media: "62x29", copies: 3)
        #expect(commands.filter { $0 == .printPage }.count == 2)
        #expect(commands.last == .printLastPage)
        let pages = commands.compactMap { if case let .printInformation(bytes) = $0 { bytes[8] } else { nil } }
        #expect(pages == [0, 1, 1])
        #expect(commands.filter { $0 == .initialize }.count == 1)
    }

    @Test func wideHeadModelsShiftTheImageByTheirExtraOffset() throws {
        let commands = try encode("QL-1060N", media: "62x29") { bitmap in bitmap[bitmap.width - 1, 0] = true }
        guard case let .line(payload)? = commands.first(where: { if case .line = $0 { true } else { false } }) else {
            Issue.record("no raster line")
            return
        }
        let line = PackBits.decode(payload)
        // Rightmost column as read → first dot after the 12-dot media offset and the 44-dot wide-head offset.
        let position = 12 + 44
        #expect(line[position / 8] == 0x80 >> UInt8(position % 8))
    }

    @Test func the102mmRollOnlyGoesInWideModels() {
        #expect(throws: LabelError.self) { try BrotherRasterEncoder(model: BrotherQLModel.named("QL-700")!, media: BrotherMedia.named("102")!) }
        #expect(throws: Never.self) { try BrotherRasterEncoder(model: BrotherQLModel.named("QL-1100")!, media: BrotherMedia.named("102")!) }
    }

    @Test func dieCutImagesMustBeExactlyThePrintableSize() throws {
        let encoder = try BrotherRasterEncoder(model: BrotherQLModel.named("QL-700")!, media: BrotherMedia.named("62x29")!)
        #expect(throws: LabelError.self) { try encoder.encode(MonochromeBitmap(width: 696, height: 270)) }
        #expect(throws: LabelError.self) { try encoder.encode(MonochromeBitmap(width: 720, height: 271)) }
    }

    @Test func mediaTableSpansTwelveMillimetreTapeTo102By152Labels() {
        let ids = BrotherMedia.all.map(\.id)
        for id in ["12", "29", "38", "50", "62", "102", "17x54", "17x87", "23x23", "29x90", "38x90", "62x29", "62x100", "102x152"] {
            #expect(ids.contains(id), "\(id)")
        }
        let dk11209 = BrotherMedia.named("62x29")!
        #expect(dk11209.printableAcross == 696 && dk11209.printableAlong == 271)
        #expect(dk11209.requirement == MediaRequirement(kind: .dieCut, widthMM: 62, lengthMM: 29))
        #expect(BrotherMedia.named("102x152")!.requirement.lengthMM == 153)
    }
}
