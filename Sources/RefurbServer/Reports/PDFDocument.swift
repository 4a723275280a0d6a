import CCairo
import Foundation
import RefurbCore

/// The service's one way of drawing an A4 PDF in memory with Cairo (the donor report, receipts and
/// invoices): a surface that writes into a byte buffer, its metadata, and a pen for text. The erasure
/// certificate, drawn by the stations, has its own in the Erasure module.
enum PDFDocument {
    static let pageWidth = 595.0
    static let pageHeight = 842.0

    struct RenderFailure: Error, CustomStringConvertible {
        let document: String
        let reason: String
        var description: String { "\(document): \(reason)" }
    }

    /// Draws the document with `draw` (which calls `cairo_show_page` after each page) and returns its bytes.
    /// `landscape` turns the A4 page (842 × 595 points), for wide tables such as the register.
    static func render(document: String, title: String, author: String, landscape: Bool = false,
                       draw: (OpaquePointer) -> Void) throws -> [UInt8] {
        let sink = ByteSink()
        let surface = cairo_pdf_surface_create_for_stream({ closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
            Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue().append(UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }, Unmanaged.passUnretained(sink).toOpaque(), landscape ? pageHeight : pageWidth, landscape ? pageWidth : pageHeight)
        guard let surface else { throw RenderFailure(document: document, reason: "cairo could not create a PDF surface") }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, author)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Refurb")
        guard let context = cairo_create(surface) else {
            cairo_surface_destroy(surface)
            throw RenderFailure(document: document, reason: "cairo could not draw")
        }
        draw(context)
        cairo_destroy(context)
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        cairo_surface_destroy(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw RenderFailure(document: document, reason: String(cString: cairo_status_to_string(status)))
        }
        return withExtendedLifetime(sink) { sink.bytes }
    }

    /// Collects what Cairo writes; Cairo calls back into it through an unmanaged pointer.
    private final class ByteSink {
        var bytes: [UInt8] = []
        func append(_ buffer: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: buffer) }
    }
}

/// Text on a page: DejaVu Sans at a size, measured, shortened to a width or wrapped on words.
struct PDFPen {
    let context: OpaquePointer

    func font(size: Double, bold: Bool) {
        cairo_select_font_face(context, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(context, size)
    }

    func show(_ text: String, x: Double, y: Double) {
        cairo_move_to(context, x, y)
        cairo_show_text(context, text)
    }

    func measure(_ text: String) -> Double {
        var extents = cairo_text_extents_t()
        cairo_text_extents(context, text, &extents)
        return extents.x_advance
    }

    /// The workshop at the top of a document: its name in bold, then its address lines and contact.
    /// Returns where the next line goes.
    func identity(_ identity: WorkshopIdentity, x: Double, y: Double, width: Double, nameSize: Double, lineSize: Double) -> Double {
        var y = y
        font(size: nameSize, bold: true)
        show(fit(identity.name, width: width), x: x, y: y + nameSize)
        y += nameSize * 1.5
        font(size: lineSize, bold: false)
        for line in identity.addressLines + [identity.contact].compactMap({ $0 }) {
            show(fit(line, width: width), x: x, y: y + lineSize)
            y += lineSize * 4 / 3
        }
        return y
    }

    /// The text, shortened with an ellipsis when it is wider than the column.
    func fit(_ text: String, width: Double) -> String {
        guard measure(text) > width else { return text }
        var kept = text
        while !kept.isEmpty, measure(kept + "…") > width { kept.removeLast() }
        return kept + "…"
    }

    func wrap(_ text: String, width: Double, size: Double, bold: Bool = false) -> [String] {
        font(size: size, bold: bold)
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ").map(String.init) {
            let candidate = current.isEmpty ? word : current + " " + word
            if measure(candidate) <= width || current.isEmpty {
                current = candidate
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    func color(_ red: Double, _ green: Double, _ blue: Double) {
        cairo_set_source_rgb(context, red, green, blue)
    }

    func line(from x1: Double, _ y1: Double, to x2: Double, _ y2: Double, width: Double = 0.5) {
        cairo_set_line_width(context, width)
        cairo_move_to(context, x1, y1)
        cairo_line_to(context, x2, y2)
        cairo_stroke(context)
    }
}
