import Foundation
import Glibc
import Synchronization

/// A network label printer stand-in on 127.0.0.1: accepts one connection, keeps every byte it
/// receives until the peer closes, and answers a status request with a canned reply when asked to.
final class LoopbackPrinter: Sendable {
    let port: UInt16
    private let listener: Int32
    private let inbox = Inbox()

    private final class Inbox: Sendable {
        let state = Mutex<(received: [UInt8], finished: Bool)>(([], false))
    }

    /// `answer` is sent back once the received bytes end with `trigger`.
    init(answer: [UInt8]? = nil, after trigger: [UInt8] = []) throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) }
        }
        guard bound == 0, listen(descriptor, 1) == 0 else { throw POSIXError(.EADDRINUSE) }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        listener = descriptor
        port = UInt16(bigEndian: address.sin_port)
        let inbox = self.inbox
        let thread = Thread {
            let client = accept(descriptor, nil, nil)
            guard client >= 0 else { return }
            var buffer = [UInt8](repeating: 0, count: 65536)
            var answered = false
            while true {
                let count = buffer.withUnsafeMutableBytes { recv(client, $0.baseAddress, $0.count, 0) }
                if count <= 0 { break }
                let total = inbox.state.withLock { current -> [UInt8] in
                    current.received += buffer.prefix(count)
                    return current.received
                }
                if let answer, !answered, total.count >= trigger.count, Array(total.suffix(trigger.count)) == trigger {
                    answered = true
                    _ = answer.withUnsafeBytes { send(client, $0.baseAddress, $0.count, 0) }
                }
            }
            close(client)
            inbox.state.withLock { $0.finished = true }
        }
        thread.start()
    }

    deinit {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    /// What arrived, once the client has closed (or after `timeout`).
    func received(timeout: Duration = .seconds(5)) async -> [UInt8] {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while clock.now < deadline {
            if inbox.state.withLock({ $0.finished }) { break }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return inbox.state.withLock { $0.received }
    }
}

/// A loopback port bound without listening, so that connecting to it is refused.
final class ReservedPort {
    let port: UInt16
    private let descriptor: Int32

    init() throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let descriptor = self.descriptor
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) }
        }
        guard bound == 0 else { throw POSIXError(.EADDRINUSE) }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        port = UInt16(bigEndian: address.sin_port)
    }

    deinit {
        close(descriptor)
    }
}
