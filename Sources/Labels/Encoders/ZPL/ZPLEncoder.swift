/// Writes a layout as a ZPL II label. Barcodes use the printer's own encoders (`^BC` Code 128 in
/// automatic subset mode, `^BQ` QR, `^BX` Data Matrix) at the layout's module size and position; text
/// uses font 0 under `^CI28` (UTF-8) when the font has every character, else is drawn here and sent as
/// `^GFA`; rules and boxes are `^GB`.
public struct ZPLEncoder: Sendable {
    public let fontCoverage: ZebraFontCoverage

    public init(fontCoverage: ZebraFontCoverage) {
        self.fontCoverage = fontCoverage
    }

    public func encode(_ layout: LabelLayout, copies: Int = 1) -> String {
        var zpl = "^XA\n^CI28\n^PW\(layout.widthDots)\n^LL\(layout.heightDots)\n^LH0,0\n"
        for item in layout.items {
            switch item {
            case let .text(text):
                zpl += textCommands(text)
            case let .barcode(barcode):
                zpl += barcodeCommand(barcode) + "\n"
            case let .filledRect(rect):
                zpl += "^FO\(rect.x),\(rect.y)^GB\(rect.width),\(rect.height),\(Swift.min(rect.width, rect.height))^FS\n"
            case let .outline(rect, thickness):
                zpl += "^FO\(rect.x),\(rect.y)^GB\(rect.width),\(rect.height),\(thickness)^FS\n"
            }
        }
        if copies > 1 { zpl += "^PQ\(copies)\n" }
        return zpl + "^XZ\n"
    }

    private func textCommands(_ text: LaidOutText) -> String {
        var commands = ""
        let height = Int(text.font.sizeDots.rounded())
        for (index, line) in text.lines.enumerated() where !line.isEmpty {
            let origin = text.origin(ofLine: index)
            let top = Int((origin.baseline - text.metrics.ascent).rounded())
            if fontCoverage.covers(line) {
                // ^FB one line wide as the frame lets the printer align with its own font's widths.
                let justification = switch text.alignment {
                case .left: "L"
                case .center: "C"
                case .right: "R"
                }
                // Font 0 is a bold face already: one weight serves both.
                commands += "^FO\(text.frame.x),\(top)^A0N,\(height),\(height)^FB\(text.frame.width),1,0,\(justification)"
                    + ZPLFieldData.command(line) + "^FS\n"
            } else {
                let glyphs = TextLineRasterizer.render(line, width: text.lineWidths[index], font: text.font,
                                                       metrics: text.metrics)
                commands += "^FO\(Int(origin.x.rounded())),\(top)" + ZPLGraphicField.command(glyphs) + "^FS\n"
            }
        }
        return commands
    }

    private func barcodeCommand(_ barcode: LaidOutBarcode) -> String {
        let origin = "^FO\(barcode.origin.x),\(barcode.origin.y)"
        switch barcode.symbology {
        case .code128:
            // Mode A lets the printer switch subsets (C for digit runs), as zint does, so the printed
            // symbol has the width the layout measured; interpretation line off (text is its own element).
            return origin + "^BY\(barcode.moduleDots)^BCN,\(barcode.heightDots),N,N,N,A"
                + ZPLFieldData.command(barcode.data) + "^FS"
        case let .qr(errorCorrection):
            // Field data carries the error-correction level and "A" (automatic input mode) before a comma.
            return origin + "^BQN,2,\(barcode.moduleDots)"
                + ZPLFieldData.command("\(errorCorrection.rawValue)A,\(barcode.data)") + "^FS"
        case .dataMatrix:
            return origin + "^BXN,\(barcode.moduleDots),200" + ZPLFieldData.command(barcode.data) + "^FS"
        }
    }
}
