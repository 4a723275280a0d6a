/// An open path to one printer: bytes out, and where the printer can answer, bytes back.
/// Every implementation does its blocking work on a `BlockingIOThread`, never on the Swift pool,
/// and every call is bounded by a timeout: a silent printer yields an error, never a hang.
public protocol PrinterConnection: Sendable {
    /// How the connection is shown to a person ("usb 04f9:2042 QL-700", "tcp 10.0.0.5:9100", a path).
    var summary: String { get }
    /// Whether the printer can answer on this connection (status replies). A plain file cannot,
    /// and neither can a unidirectional USB interface.
    var canRead: Bool { get }
    /// Sends every byte or throws a `PrintingError`, giving up when the printer accepts nothing for the write timeout.
    func write(_ bytes: [UInt8]) async throws
    /// Returns what arrived within `timeout`, at most `maxCount` bytes; empty when nothing came.
    func read(upTo maxCount: Int, timeout: Duration) async throws -> [UInt8]
    /// Releases the printer (for USB: releases the interface and gives it back to the kernel driver).
    func close() async
}

extension Duration {
    /// Whole milliseconds, at least 1 (0 means "no timeout" to libusb and poll, which must never happen here).
    var boundedMilliseconds: Int32 {
        let (seconds, attoseconds) = components
        let milliseconds = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        return Int32(clamping: Swift.max(1, milliseconds))
    }
}
