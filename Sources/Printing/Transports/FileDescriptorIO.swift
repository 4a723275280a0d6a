import Glibc
import HostSystem
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
            let start = offset
            do {
                offset += try SystemCallError.retryingInterrupts("write", path: what) {
                    bytes[start...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
                }
            } catch where error.meansWouldBlock {
                continue
            } catch {
                throw PrintingError(Message("printing.io.writeFailed", what, error.reason), kind: .communication)
            }
        }
    }

    /// Reads what is available within `timeout`: empty when nothing arrives or the peer closed.
    static func read(upTo maxCount: Int, from descriptor: Int32, timeout: Duration, what: String) throws -> [UInt8] {
        guard try waitFor(POLLIN, on: descriptor, timeout: timeout) else { return [] }
        var buffer = [UInt8](repeating: 0, count: maxCount)
        do {
            let count = try SystemCallError.retryingInterrupts("read", path: what) {
                buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, maxCount) }
            }
            return Array(buffer.prefix(count))
        } catch where error.meansWouldBlock {
            return []
        } catch {
            throw PrintingError(Message("printing.io.readFailed", what, error.reason), kind: .communication)
        }
    }

    /// True when the descriptor is ready for `events` before `timeout`.
    static func waitFor(_ events: Int32, on descriptor: Int32, timeout: Duration) throws -> Bool {
        var entry = pollfd(fd: descriptor, events: Int16(events), revents: 0)
        let result: Int32
        do {
            result = try SystemCallError.retryingInterrupts("poll", path: "descriptor \(descriptor)") { poll(&entry, 1, timeout.boundedMilliseconds) }
        } catch {
            throw PrintingError(Message("printing.io.pollFailed", error.reason), kind: .communication)
        }
        if result == 0 { return false }
        if entry.revents & Int16(POLLNVAL) != 0 {
            throw PrintingError(Message("printing.io.closed"), kind: .communication)
        }
        // POLLERR/POLLHUP: let the following read/write report the precise error.
        return true
    }

    /// Opens a printer's device node to write jobs and read its status, or only to write when reading is not
    /// allowed (a usblp node a user may write but not read). `open` is given the flags; O_NONBLOCK so that a
    /// stalled printer is caught by poll's timeout rather than blocking forever.
    static func openDevice(path: String, _ open: (Int32) -> Int32) throws(SystemCallError) -> Int32 {
        do {
            return try SystemCallError.retryingInterrupts("open", path: path) { open(O_RDWR | O_NONBLOCK | O_CLOEXEC) }
        } catch where error.meansPermissionDenied {
            return try SystemCallError.retryingInterrupts("open", path: path) { open(O_WRONLY | O_NONBLOCK | O_CLOEXEC) }
        }
    }
}
