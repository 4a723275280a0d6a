import Foundation
import Labels
import Testing

@Suite struct ZPLEncoderTests {
    static let goldenFields = LabelFields([.assetTag: "R000123K", .workshop: "Atelier", .grade: "A^B~C_D"])

    func template(_ name: String) throws -> LabelTemplate {
        try LabelTemplateLibrary.load(file: RepositoryPaths.fixtures.appendingPathComponent("templates/\(name).json"))
    }

    /// Checked by hand against the ZPL II guide: at 203 dpi 8 pt = 23 dots, 2 mm = 16 dots; the Code 128's
    /// first bar is 10 modules (20 dots) into its box; the QR (21 + 2×4 modules in 72 dots) has 2-dot modules
    /// and starts 4 modules in; the Data Matrix (12×12 + 2 quiet modules in 72 dots) has 5-dot modules,
    /// right-aligned; `^`, `~` and `_` go through `^FH` as _5E, _7E, _5F.
    @Test func matchesTheHandCheckedGolden() throws {
        let layout = try LabelRenderer().layout(template("zpl-golden"), fields: Self.goldenFields, dpi: 203)
        let zpl = ZPLEncoder(fontCoverage: .ascii).encode(layout)
        let golden = try String(contentsOf: RepositoryPaths.fixtures.appendingPathComponent("golden/zpl-golden.zpl"), encoding: .utf8)
        #expect(zpl == golden)
    }

    @Test func startsWithUTF8AndTheLabelSizeAndEndsWithCopies() throws {
        let rendered = try LabelRenderer().render(template("zpl-golden"), fields: Self.goldenFields, as: .zpl, copies: 3)
        let zpl = String(decoding: rendered.bytes, as: UTF8.self)
        #expect(zpl.hasPrefix("^XA\n^CI28\n^PW406\n^LL203\n"))
        #expect(zpl.hasSuffix("^PQ3\n^XZ\n"))
    }

    @Test func euroSignGoesAsAGraphicWhenTheFontLacksIt() throws {
        let template = try SampleFields.library().load(named: "zebra-price-4x2")
        let zpl = String(decoding: try LabelRenderer().render(template, fields: SampleFields.device, as: .zpl).bytes, as: UTF8.self)
        #expect(!zpl.contains("€"))
        #expect(zpl.contains("^GFA,"))
        // ASCII-only text still uses the printer's font.
        #expect(zpl.contains("^FDAtelier du Bocage^FS"))
    }

    @Test func aUnicodeFontPrintsTheEuroAsText() throws {
        let layout = try LabelRenderer().layout(try SampleFields.library().load(named: "zebra-price-4x2"),
                                                fields: SampleFields.device, dpi: 203)
        let zpl = ZPLEncoder(fontCoverage: .unicode).encode(layout)
        #expect(zpl.contains("^FD149,00 €^FS"))
        #expect(!zpl.contains("^GFA"))
    }

    @Test func latin1CoversAccentsButNotTheEuro() {
        #expect(ZebraFontCoverage.latin1.covers("Réf. état reçu"))
        #expect(!ZebraFontCoverage.latin1.covers("149,00 €"))
        #expect(!ZebraFontCoverage.ascii.covers("Réf."))
        #expect(ZebraFontCoverage.ascii.covers("Ref. 149,00 EUR"))
    }

    @Test func nativeBarcodeCommandsUseTheLayoutsModuleSize() throws {
        let layout = try LabelRenderer().layout(try SampleFields.library().load(named: "zebra-asset-tag-2x1"),
                                                fields: SampleFields.device, dpi: 203)
        let zpl = ZPLEncoder(fontCoverage: .ascii).encode(layout)
        #expect(zpl.contains("^BY2^BCN,"))
        #expect(zpl.contains(",N,N,N,A^FDR000123K^FS"))
        #expect(zpl.contains("^BXN,") && zpl.contains(",200^FDR000123K^FS"))
    }
}

@Suite struct ZPLGraphicFieldTests {
    /// Expands ZPL's ASCII compression back to hex rows (ZPL II guide, alternative data compression).
    static func expand(_ data: Substring, bytesPerRow: Int) -> [String] {
        var rows: [String] = []
        var row = ""
        var count = 0
        func finish(fill: Character?) {
            if let fill { row += String(repeating: fill, count: bytesPerRow * 2 - row.count) }
            rows.append(row)
            row = ""
        }
        for character in data {
            switch character {
            case "G"..."Y": count += Int(character.asciiValue! - Character("F").asciiValue!)
            case "g"..."z": count += 20 * Int(character.asciiValue! - Character("f").asciiValue!)
            case ",": finish(fill: "0")
            case "!": finish(fill: "F")
            case ":": rows.append(rows.last!)
            default:
                row += String(repeating: character, count: max(1, count))
                count = 0
                if row.count == bytesPerRow * 2 { finish(fill: nil) }
            }
        }
        return rows
    }

    @Test func compressedGraphicExpandsToTheBitmap() {
        var bitmap = MonochromeBitmap(width: 100, height: 6)
        for x in 0..<100 { bitmap[x, 1] = true }               // a full row: "!"
        bitmap[3, 2] = true                                   // mostly white: ","
        for x in 0..<100 { bitmap[x, 3] = true }
        for x in 0..<100 { bitmap[x, 4] = true }              // same as above: ":"
        for x in stride(from: 0, to: 100, by: 2) { bitmap[x, 5] = true }
        let command = ZPLGraphicField.command(bitmap)
        let parts = command.split(separator: ",", maxSplits: 4)
        #expect(parts[0] == "^GFA" && parts[1] == "78" && parts[2] == "78" && parts[3] == "13")
        let rows = Self.expand(parts[4], bytesPerRow: 13)
        #expect(rows.count == 6)
        for y in 0..<6 {
            let hex = bitmap.row(y).map { String(format: "%02X", $0) }.joined()
            #expect(rows[y] == hex, "row \(y)")
        }
        #expect(command.count < 13 * 2 * 6)
    }
}
