import Foundation
import Labels
import Testing

/// Every shipped template, checked by software that shares nothing with ours: the PNG preview read by
/// zxing-cpp, the Brother raster parsed back by brother-label (which understands `Z` lines) then read by
/// zxing-cpp, the ZPL rendered by zplkit then read by zxing-cpp.
/// Set REFURB_LABEL_PREVIEW_DIR to keep the rendered previews.
@Suite(.enabled(if: PythonDecoders.available, "needs the test venv: zxing-cpp, brother-label, zplkit (scripts/test makes it)"))
struct IndependentDecodingTests {
    static let expected: [String: Set<String>] = [
        "asset-tag-62x29": ["Code128", "QRCode"],
        "asset-tag-29": ["Code128", "DataMatrix"],
        "price-62x100": ["Code128", "QRCode"],
        "price-62": ["Code128"],
        "zebra-asset-tag-2x1": ["Code128", "DataMatrix"],
        "zebra-price-4x2": ["Code128", "QRCode"],
    ]

    static let previewFolder: URL? = ProcessInfo.processInfo.environment["REFURB_LABEL_PREVIEW_DIR"]
        .map { URL(fileURLWithPath: $0, isDirectory: true) }

    func check(_ barcodes: [PythonDecoders.Barcode], template: String, output: String) {
        let formats = Set(barcodes.map(\.format))
        #expect(formats == Self.expected[template], "\(template) \(output): found \(barcodes)")
        #expect(barcodes.allSatisfy { $0.text == "R000123K" }, "\(template) \(output): \(barcodes)")
    }

    @Test(arguments: expected.keys.sorted())
    func previewBarcodesDecode(name: String) throws {
        let template = try SampleFields.library().load(named: name)
        let png = try LabelRenderer().render(template, fields: SampleFields.device, as: .png).bytes
        if let folder = Self.previewFolder {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(png).write(to: folder.appendingPathComponent("\(name).png"))
        }
        let report = try PythonDecoders.barcodes(inPNG: png)
        check(report.barcodes, template: name, output: "preview")
        #expect(report.topLeftPixel == 255, "white paper")
    }

    @Test(arguments: ["asset-tag-62x29", "asset-tag-29", "price-62x100", "price-62"],
          ["QL-500", "QL-700", "QL-800", "QL-820NWB", "QL-1060N"])
    func brotherRasterParsesBackAtTheRightSizeAndDecodes(name: String, model: String) throws {
        let template = try SampleFields.library().load(named: name)
        let qlModel = try #require(BrotherQLModel.named(model))
        let job = try LabelRenderer().render(template, fields: SampleFields.device, as: .brother(qlModel)).bytes
        let report = try PythonDecoders.brother(job)
        let page = try #require(report.pages.first)
        #expect(report.pages.count == 1)
        let media = template.brother!.media
        #expect(page.width == qlModel.dotsPerLine)
        #expect(page.mediaWidth == media.widthMM)
        #expect(page.compression == qlModel.supportsCompression)
        // Die-cut: the label's printable length; endless: the design's length, at least the model's minimum.
        let expectedLines = media.printableAlong
            ?? max(qlModel.lengthDots.lowerBound, template.brother!.rotated
                   ? DotGrid(dpi: 300).dots(template.widthMM) : DotGrid(dpi: 300).dots(template.heightMM))
        #expect(page.height == expectedLines)
        #expect(page.rasterLines == expectedLines)
        check(page.barcodes, template: name, output: "brother:\(model)")
    }

    @Test(arguments: ["zebra-asset-tag-2x1", "zebra-price-4x2"])
    func zplRendersInZplkitAndDecodes(name: String) throws {
        let template = try SampleFields.library().load(named: name)
        let zpl = String(decoding: try LabelRenderer().render(template, fields: SampleFields.device, as: .zpl).bytes,
                         as: UTF8.self)
        let saved = Self.previewFolder?.appendingPathComponent("\(name).zplkit.png")
        if let folder = Self.previewFolder { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        let report = try PythonDecoders.zpl(zpl, dpi: 203, saveTo: saved)
        #expect(report.width == DotGrid(dpi: 203).dots(template.widthMM))
        #expect(report.height == DotGrid(dpi: 203).dots(template.heightMM))
        check(report.barcodes, template: name, output: "zpl")
    }

    @Test func zplGraphicTextRendersWhereTheFontLacksTheEuro() throws {
        // zplkit refuses "€" in its font 0, as a printer font without the glyph would misprint it;
        // with the fallback the whole label renders.
        let template = try SampleFields.library().load(named: "zebra-price-4x2")
        let layout = try LabelRenderer().layout(template, fields: SampleFields.device, dpi: 203)
        let asText = ZPLEncoder(fontCoverage: .unicode).encode(layout)
        #expect(throws: PythonDecoders.Failure.self) { try PythonDecoders.zpl(asText, dpi: 203) }
        let withGraphic = ZPLEncoder(fontCoverage: .ascii).encode(layout)
        #expect(!(try PythonDecoders.zpl(withGraphic, dpi: 203).barcodes.isEmpty))
    }

    @Test(arguments: [("code128", "Code128"), ("qr", "QRCode"), ("datamatrix", "DataMatrix")])
    func eachSymbologyDecodesWithAwkwardData(type: String, format: String) throws {
        let data = type == "code128" ? "RF-0001234567" : "https://atelier.example/a/R000123K?é=€"
        let json = """
            {"name": "one", "size": {"width": 62, "height": 29}, "media": {"brother": {"label": "62x29"}},
             "elements": [{"id": "code", "type": "\(type)", "x": 3, "y": 3.5, "width": 56, "height": 22, "data": "{assetTag}"}]}
            """
        let folder = try RepositoryPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("one.json")
        try Data(json.utf8).write(to: file)
        let template = try LabelTemplateLibrary.load(file: file)
        let png = try LabelRenderer().render(template, fields: LabelFields([.assetTag: data]), as: .png).bytes
        let report = try PythonDecoders.barcodes(inPNG: png)
        #expect(report.barcodes == [PythonDecoders.Barcode(format: format, text: data)])
    }
}
