import Foundation
import Labels
import Testing

@Suite struct ZintBarcodeEncoderTests {
    @Test func code128SwitchesToSubsetCForDigitRuns() throws {
        // zint and zxing both need 112 modules for RF-000123 (B then C); pure subset B would be 134.
        let matrix = try ZintBarcodeEncoder.encode("RF-000123", as: .code128)
        #expect(matrix.rows == 1)
        #expect(matrix.columns == 112)
        // Code 128 starts with a bar and ends with the stop pattern's final 2-module bar.
        #expect(matrix[0, 0] && matrix[110, 0] && matrix[111, 0])
    }

    @Test(arguments: QRErrorCorrection.allCases)
    func shortTagsAreVersion1QRCodesAtEveryLevel(level: QRErrorCorrection) throws {
        let matrix = try ZintBarcodeEncoder.encode("RF-000123", as: .qr(errorCorrection: level))
        #expect(matrix.columns == 21 && matrix.rows == 21)
    }

    @Test func errorCorrectionLevelChangesTheSymbolForLongerData() throws {
        let url = "https://shop.example/a/RF-000123"
        let low = try ZintBarcodeEncoder.encode(url, as: .qr(errorCorrection: .L))
        let high = try ZintBarcodeEncoder.encode(url, as: .qr(errorCorrection: .H))
        #expect(low.columns == 25)
        #expect(high.columns == 33)
    }

    @Test func dataMatrixIsSquare() throws {
        let matrix = try ZintBarcodeEncoder.encode("RF-000123", as: .dataMatrix)
        #expect(matrix.columns == 14 && matrix.rows == 14)
        let long = try ZintBarcodeEncoder.encode("R000123K-2026-11-28-ATELIER", as: .dataMatrix)
        #expect(long.columns == long.rows)
    }

    @Test func dataCode128CannotCarryIsRefusedWithZintsReason() {
        #expect(throws: LabelError.self) { try ZintBarcodeEncoder.encode("€ 12", as: .code128) }
    }
}

@Suite struct BarcodePlacementTests {
    func layout(_ element: String, dpi: Double, data: String = "R000123K") throws -> LaidOutBarcode {
        let json = """
            {"name": "bc", "size": {"width": 100, "height": 60}, "media": {"zebra": {"dpi": 203}},
             "elements": [\(element)]}
            """
        let folder = try RepositoryPaths.temporaryFolder()
        let file = folder.appendingPathComponent("bc.json")
        try Data(json.utf8).write(to: file)
        let template = try LabelTemplateLibrary.load(file: file)
        let layout = try LabelRenderer().layout(template, fields: LabelFields([.assetTag: data]), dpi: dpi)
        guard case let .barcode(barcode) = layout.items[0] else { throw LabelError(.init("unexpected")) }
        return barcode
    }

    @Test(arguments: [(300.0, 3), (203.0, 2)])
    func code128ModulesAreWholeDotsOfAboutAQuarterMillimetre(dpi: Double, dots: Int) throws {
        let barcode = try layout(#"{"id": "b", "type": "code128", "x": 5, "y": 5, "width": 60, "height": 10, "data": "{assetTag}"}"#, dpi: dpi)
        #expect(barcode.moduleDots == dots)
        // The quiet zone (10 modules) lies inside the element, before the first bar.
        let frameX = DotGrid(dpi: dpi).dots(5)
        #expect(barcode.origin.x == frameX + 10 * dots)
        #expect(barcode.heightDots == DotGrid(dpi: dpi).rect(MillimetreRect(x: 5, y: 5, width: 60, height: 10)).height)
    }

    @Test func twoDimensionalCodesTakeTheLargestWholeModuleThatFits() throws {
        // 20 mm at 300 dpi = 236 dots; a version 1 QR with its 4-module quiet zones spans 29 modules: 8 dots each.
        let barcode = try layout(#"{"id": "q", "type": "qr", "x": 5, "y": 5, "width": 20, "height": 20, "data": "{assetTag}", "errorCorrection": "Q"}"#, dpi: 300)
        #expect(barcode.moduleDots == 8)
        #expect(barcode.origin.x == DotGrid(dpi: 300).dots(5) + 4 * 8)
        #expect(barcode.origin.y == DotGrid(dpi: 300).dots(5) + 4 * 8)
    }

    @Test func aBarcodeTooWideForItsBoxIsRefusedNotSqueezed() throws {
        do {
            _ = try layout(#"{"id": "b", "type": "code128", "x": 5, "y": 5, "width": 20, "height": 10, "data": "{assetTag}"}"#, dpi: 300)
            Issue.record("a 33 mm symbol cannot fit 20 mm")
        } catch let error as LabelError {
            #expect(error.message.key == "labels.barcode.tooWide")
            #expect(error.text(in: .fr).contains("« b »"))
        }
    }

    @Test func aTwoDimensionalCodeBelowAQuarterMillimetreModuleIsRefused() {
        #expect(throws: LabelError.self) {
            _ = try layout(#"{"id": "q", "type": "qr", "x": 5, "y": 5, "width": 5, "height": 5, "data": "{assetTag}"}"#, dpi: 300)
        }
    }
}
