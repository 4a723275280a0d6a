import CCairo

/// Gathers what a Cairo stream-writing function (a PDF surface, a PNG) writes into a byte array.
enum CairoByteStream {
    private final class Sink {
        var bytes: [UInt8] = []
    }

    /// Calls `write` with Cairo's write callback and the closure pointer to pass it, and returns the bytes
    /// written before `write` returned.
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
