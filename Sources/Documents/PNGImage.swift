import CCairo

/// PNG files, written by Cairo.
public enum PNGImage {
    /// A 1-bit image (rows of `bytesPerRow` bytes, most-significant bit first, 1 = black) as a black-on-white
    /// PNG at its own resolution. Cairo's A1/A8 surfaces would save ink as white (alpha stored as grey), so
    /// the bits are painted onto an RGB surface first.
    public static func monochrome(_ bits: [UInt8], width: Int, height: Int, bytesPerRow: Int) -> [UInt8] {
        precondition(bits.count >= bytesPerRow * height, "bit buffer does not match \(width)×\(height)")
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height)) else { return [] }
        defer { cairo_surface_destroy(surface) }
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        if let data = cairo_image_surface_get_data(surface) {
            // RGB24 keeps one 32-bit word per pixel in native order; 0x00FFFFFF is white.
            data.withMemoryRebound(to: UInt32.self, capacity: stride / 4 * height) { pixels in
                let wordsPerRow = stride / 4
                for y in 0..<height {
                    let row = pixels + y * wordsPerRow
                    let source = y * bytesPerRow
                    for x in 0..<width {
                        row[x] = bits[source + x >> 3] & (0x80 >> UInt8(x & 7)) != 0 ? 0x0000_0000 : 0x00FF_FFFF
                    }
                }
            }
        }
        cairo_surface_mark_dirty(surface)
        return CairoByteStream.collect { write, closure in
            cairo_surface_write_to_png_stream(surface, write, closure)
        }
    }
}
