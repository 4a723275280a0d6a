import Documents
import RefurbCore

/// Lays labels out on A4 pages as vector PDF, for workshops printing on an office printer and
/// cutting along the faint outlines. Text stays text and barcode modules stay exact rectangles.
public enum PDFSheetRenderer {
    public static let pageWidthMM = 210.0
    public static let pageHeightMM = 297.0
    public static let marginMM = 10.0
    public static let gapMM = 4.0

    static let pointsPerMM = 72.0 / 25.4

    public static func render(_ layout: LabelLayout, copies: Int) throws(LabelError) -> [UInt8] {
        let labelWidthMM = layout.grid.millimetres(layout.widthDots)
        let labelHeightMM = layout.grid.millimetres(layout.heightDots)
        let columns = Swift.max(1, Int((pageWidthMM - 2 * marginMM + gapMM) / (labelWidthMM + gapMM)))
        let rows = Swift.max(1, Int((pageHeightMM - 2 * marginMM + gapMM) / (labelHeightMM + gapMM)))
        let perPage = columns * rows
        // The sheet is exactly A4 in millimetres (595.28 × 841.89 points), as label stock is cut.
        let size = PageSize(millimetresWide: pageWidthMM, high: pageHeightMM)
        do {
            return try PDFDocument.render(document: "label sheet", size: size) { canvas in
                for index in 0..<Swift.max(1, copies) {
                    if index > 0 && index % perPage == 0 { canvas.endPage() }
                    let slot = index % perPage
                    let x = marginMM + Double(slot % columns) * (labelWidthMM + gapMM)
                    let y = marginMM + Double(slot / columns) * (labelHeightMM + gapMM)
                    canvas.keepingState {
                        canvas.translate(x: x * pointsPerMM, y: y * pointsPerMM)
                        canvas.keepingState {
                            canvas.color(0.75, 0.75, 0.75)
                            canvas.outline(x: 0, y: 0, width: labelWidthMM * pointsPerMM, height: labelHeightMM * pointsPerMM,
                                           lineWidth: 0.3, dash: [2, 2])
                        }
                        canvas.scale(72.0 / layout.grid.dpi)
                        LayoutPainter.paint(layout, on: canvas)
                    }
                }
                canvas.endPage()
            }
        } catch {
            throw LabelError(Message("labels.format.pdfFailed", error.reason))
        }
    }
}
