import CCairo

/// Refurb's one PDF writer: the erasure certificate, the donor report, receipts and invoices, the test
/// record, the register and the label sheets are all drawn here, page by page on a `Canvas`, into bytes in
/// memory. Rendering blocks (Cairo, fonts): the service calls it off its event loop (`BlockingWork`).
public enum PDFDocument {
    /// Draws the document with `draw`, which ends each page (`Canvas.endPage`), and returns its bytes.
    /// `document` names it in a failure; `title` and `author` go in the file's metadata, which viewers show.
    public static func render(document: String, title: String? = nil, author: String? = nil, size: PageSize = .a4,
                              draw: (Canvas) -> Void) throws(PDFRenderFailure) -> [UInt8] {
        var failure: String?
        let bytes = CairoByteStream.collect { write, closure in
            guard let surface = cairo_pdf_surface_create_for_stream(write, closure, size.width, size.height) else {
                failure = "cairo could not create a PDF surface"
                return CAIRO_STATUS_NO_MEMORY
            }
            defer { cairo_surface_destroy(surface) }
            if let title { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title) }
            if let author { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, author) }
            if title != nil || author != nil { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Refurb") }
            guard let context = cairo_create(surface) else {
                failure = "cairo could not draw"
                return CAIRO_STATUS_NO_MEMORY
            }
            draw(Canvas(context: context))
            cairo_destroy(context)
            cairo_surface_finish(surface)
            let status = cairo_surface_status(surface)
            if status != CAIRO_STATUS_SUCCESS { failure = String(cString: cairo_status_to_string(status)) }
            return status
        }
        if let failure { throw PDFRenderFailure(document: document, reason: failure) }
        return bytes
    }
}
