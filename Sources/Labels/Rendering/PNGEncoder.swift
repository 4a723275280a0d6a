import CCairo

/// Writes a 1-bit bitmap as a PNG, black on white, at its own resolution.
/// Cairo's A1/A8 surfaces would save ink as white (alpha stored as grey), so the bitmap is painted
/// onto an RGB surface first.
public enum PNGEncoder {
    public static func encode(_ bitmap: MonochromeBitmap) -> [UInt8] {
        let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(bitmap.width), Int32(bitmap.height))
        defer { cairo_surface_destroy(surface) }
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        if let data = cairo_image_surface_get_data(surface) {
            // RGB24 keeps one 32-bit word per pixel in native order; 0x00FFFFFF is white.
            data.withMemoryRebound(to: UInt32.self, capacity: stride / 4 * bitmap.height) { pixels in
                let wordsPerRow = stride / 4
                for y in 0..<bitmap.height {
                    let row = pixels + y * wordsPerRow
                    for x in 0..<bitmap.width {
                        row[x] = bitmap[x, y] ? 0x0000_0000 : 0x00FF_FFFF
                    }
                }
            }
        }
        cairo_surface_mark_dirty(surface)
        return CairoStreamWriter.collect { callback, closure in
            cairo_surface_write_to_png_stream(surface, callback, closure)
        }
    }
}

/// Gathers what a Cairo stream-writing function produces into a byte array.
enum CairoStreamWriter {
    private final class Sink {
        var bytes: [UInt8] = []
    }

    static func collect(_ write: (cairo_write_func_t, UnsafeMutableRawPointer) -> cairo_status_t) -> [UInt8] {
        let sink = Sink()
        let closure = Unmanaged.passRetained(sink)
        defer { closure.release() }
        _ = write({ closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
            let sink = Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue()
            sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }, closure.toOpaque())
        return sink.bytes
    }
}
