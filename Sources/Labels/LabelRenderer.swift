import Documents
import Printing
import RefurbCore

/// Makes labels: template + field values → layout at the target's resolution → PNG, PDF, ZPL or
/// Brother raster. Cheap to create; create one per thread (it holds a text measurer, a Cairo context).
public struct LabelRenderer {
    private let engine: LabelLayoutEngine

    public init(fontFamily: String = LabelFont.defaultFamily) {
        engine = LabelLayoutEngine(measurer: TextMeasurer(), fontFamily: fontFamily)
    }

    public func render(_ template: LabelTemplate, fields: LabelFields, as format: LabelOutputFormat,
                       copies: Int = 1) throws(LabelError) -> RenderedLabel {
        guard copies >= 1 else { throw LabelError(Message("labels.copies.invalid", String(copies))) }
        switch format {
        case .png:
            let bitmap = try preview(template, fields: fields)
            return RenderedLabel(bytes: PNGEncoder.encode(bitmap), format: format)
        case .pdf:
            let layout = try engine.layout(template, fields: fields, dpi: previewDPI(template))
            return RenderedLabel(bytes: try PDFSheetRenderer.render(layout, copies: copies), format: format)
        case .zpl:
            guard let zebra = template.zebra else {
                throw LabelError(Message("labels.format.noZebraMedia", template.name))
            }
            let layout = try engine.layout(template, fields: fields, dpi: Double(zebra.dpi),
                                           constraints: .init(maxQRModuleDots: 10))
            let zpl = ZPLEncoder(fontCoverage: zebra.fontCoverage).encode(layout, copies: copies)
            return RenderedLabel(bytes: Array(zpl.utf8), format: format)
        case let .brother(model):
            guard let brother = template.brother else {
                throw LabelError(Message("labels.format.noBrotherMedia", template.name))
            }
            let encoder = try BrotherRasterEncoder(model: model, media: brother.media)
            let bitmap = try brotherBitmap(template, fields: fields, target: brother)
            return RenderedLabel(bytes: try encoder.encode(bitmap, copies: copies), format: format,
                                 requiredMedia: brother.media.requirement)
        }
    }

    /// The label as it will print, as read (not turned for the tape), at the printer's resolution:
    /// a Brother template's printable area at 300 dpi, or a Zebra label edge to edge.
    public func preview(_ template: LabelTemplate, fields: LabelFields) throws(LabelError) -> MonochromeBitmap {
        let layout = try engine.layout(template, fields: fields, dpi: previewDPI(template))
        if let brother = template.brother {
            return LabelRasterizer.render(layout, window: printableWindow(layout, brother))
        }
        return LabelRasterizer.render(layout)
    }

    /// The bitmap a Brother prints: the printable window, turned a quarter turn when the design runs along the tape.
    public func brotherBitmap(_ template: LabelTemplate, fields: LabelFields,
                              target: LabelTemplate.BrotherTarget) throws(LabelError) -> MonochromeBitmap {
        let layout = try engine.layout(template, fields: fields, dpi: BrotherMedia.dpi)
        let bitmap = LabelRasterizer.render(layout, window: printableWindow(layout, target))
        return target.rotated ? bitmap.rotatedClockwise() : bitmap
    }

    public func layout(_ template: LabelTemplate, fields: LabelFields, dpi: Double) throws(LabelError) -> LabelLayout {
        try engine.layout(template, fields: fields, dpi: dpi)
    }

    private func previewDPI(_ template: LabelTemplate) -> Double {
        template.brother != nil ? BrotherMedia.dpi : Double(template.zebra?.dpi ?? 300)
    }

    private func printableWindow(_ layout: LabelLayout, _ target: LabelTemplate.BrotherTarget) -> DotRect {
        let along = target.rotated ? layout.widthDots : layout.heightDots
        let window = target.media.printableWindow(rotated: target.rotated, designAlongDots: along)
        return DotRect(x: window.x, y: window.y, width: window.width, height: window.height)
    }
}
