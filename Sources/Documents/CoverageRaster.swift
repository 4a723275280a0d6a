import CCairo

/// Drawing at a printer's own grid: a canvas on an 8-bit coverage raster (Cairo A8, one byte a dot, 255
/// fully covered), read back without scaling. Labels are drawn here and thresholded to 1 bit.
public enum CoverageRaster {
    /// Draws on a `width` × `height` raster with `draw`, then hands its coverage bytes and row stride to
    /// `read`; nil when Cairo could not allocate the raster.
    public static func render<Result>(width: Int, height: Int, draw: (Canvas) -> Void,
                                      read: (_ coverage: UnsafeRawBufferPointer, _ stride: Int) -> Result) -> Result? {
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_A8, Int32(width), Int32(height)) else { return nil }
        defer { cairo_surface_destroy(surface) }
        guard let context = cairo_create(surface) else { return nil }
        draw(Canvas(context: context))
        cairo_destroy(context)
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let data = cairo_image_surface_get_data(surface) else { return nil }
        return read(UnsafeRawBufferPointer(start: data, count: stride * height), stride)
    }
}
