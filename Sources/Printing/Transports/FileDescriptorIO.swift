import Glibc
import RefurbCore

/// Blocking writes and reads on a file descriptor bounded by `poll`, shared by the TCP and
/// device-node transports. Called only from a `BlockingIOThread`.
enum FileDescriptorIO {
    /// Writes all of `bytes`, waiting at most `stallTimeout` each time the descriptor is not writable.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32, stallTimeout: Duration, what: String) throws {
        var offset = 0
        while offset < bytes.count {
            guard try waitFor(POLLOUT, on: descriptor, timeout: stallTimeout) else {
                throw PrintingError(Message("printing.io.writeTimeout", what, String(offset), String(bytes.count)),
                                    kind: .communication)
            }
            let written = bytes[offset...].withUnsafeBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress, buffer.count)
            }
            if written < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw PrintingError(Message("printing.io.writeFailed", what, systemErrorText()), kind: .communication)
            }
            offset += written
        }
    }

    /// Reads what is available within `timeout`: empty when nothing arrives or the peer closed.
    static func read(upTo maxCount: Int, from descriptor: Int32, timeout: Duration, what: String) throws -> [UInt8] {
        guard try waitFor(POLLIN, on: descriptor, timeout: timeout) else { return [] }
        var buffer = [UInt8](repeating: 0, count: maxCount)
        let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, maxCount) }
        if count < 0 {
            if errno == EINTR || errno == EAGAIN { return [] }
            throw PrintingError(Message("printing.io.readFailed", what, systemErrorText()), kind: .communication)
        }
        return Array(buffer.prefix(count))
    }

    /// True when the descriptor is ready for `events` before `timeout`.
    static func waitFor(_ events: Int32, on descriptor: Int32, timeout: Duration) throws -> Bool {
        var entry = pollfd(fd: descriptor, events: Int16(events), revents: 0)
        while true {
            let result = poll(&entry, 1, timeout.boundedMilliseconds)
            if result < 0 {
                if errno == EINTR { continue }
                throw PrintingError(Message("printing.io.pollFailed", systemErrorText()), kind: .communication)
            }
            if result == 0 { return false }
            if entry.revents & Int16(POLLNVAL) != 0 {
                throw PrintingError(Message("printing.io.closed"), kind: .communication)
            }
            // POLLERR/POLLHUP: let the following read/write report the precise error.
            return true
        }
    }

    static func systemErrorText(_ code: Int32 = errno) -> String {
        String(cString: strerror(code))
    }
}
