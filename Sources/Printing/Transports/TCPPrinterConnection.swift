import Glibc
import HostSystem
import RefurbCore

/// Raw TCP to a network label printer (port 9100, "JetDirect"): the job bytes as they are.
/// Zebra printers answer `~HS` on the same socket; Brother QL network models answer `ESC i S`.
public final class TCPPrinterConnection: PrinterConnection {
    public let summary: String
    public var canRead: Bool { true }

    private let descriptor: Int32
    private let thread: BlockingIOThread
    private let writeStallTimeout: Duration

    /// Connects within `connectTimeout`; a host that does not answer gives a `PrintingError`, not a hang.
    public static func connect(host: String, port: UInt16,
                               connectTimeout: Duration = .seconds(5),
                               writeStallTimeout: Duration = .seconds(15)) async throws -> TCPPrinterConnection {
        let thread = BlockingIOThread(name: "refurb.printing.tcp")
        let summary = "tcp \(host):\(port)"
        let descriptor = try await thread.run {
            try openSocket(host: host, port: port, timeout: connectTimeout, summary: summary)
        }
        return TCPPrinterConnection(descriptor: descriptor, thread: thread, summary: summary,
                                    writeStallTimeout: writeStallTimeout)
    }

    private init(descriptor: Int32, thread: BlockingIOThread, summary: String, writeStallTimeout: Duration) {
        self.descriptor = descriptor
        self.thread = thread
        self.summary = summary
        self.writeStallTimeout = writeStallTimeout
    }

    public func write(_ bytes: [UInt8]) async throws {
        let (descriptor, timeout, summary) = (self.descriptor, writeStallTimeout, self.summary)
        try await thread.run {
            try FileDescriptorIO.writeAll(bytes, to: descriptor, stallTimeout: timeout, what: summary)
        }
    }

    public func read(upTo maxCount: Int, timeout: Duration) async throws -> [UInt8] {
        let (descriptor, summary) = (self.descriptor, self.summary)
        return try await thread.run {
            try FileDescriptorIO.read(upTo: maxCount, from: descriptor, timeout: timeout, what: summary)
        }
    }

    public func close() async {
        let descriptor = self.descriptor
        _ = try? await thread.run {
            // Half-close first so the printer sees the end of the job before the socket goes away.
            shutdown(descriptor, Int32(SHUT_WR))
            Glibc.close(descriptor)
        }
        thread.stop()
    }

    private static func openSocket(host: String, port: UInt16, timeout: Duration, summary: String) throws -> Int32 {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var results: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &results)
        guard status == 0, let first = results else {
            throw PrintingError(Message("printing.tcp.unknownHost", host), kind: .badRequest)
        }
        defer { freeaddrinfo(results) }

        var lastError = SystemCallError("connect", path: summary, code: ECONNREFUSED)
        var candidate: UnsafeMutablePointer<addrinfo>? = first
        while let address = candidate {
            candidate = address.pointee.ai_next
            let descriptor: Int32
            do {
                descriptor = try SystemCallError.retryingInterrupts("socket", path: summary) {
                    socket(address.pointee.ai_family, address.pointee.ai_socktype, address.pointee.ai_protocol)
                }
            } catch {
                lastError = error
                continue
            }
            // Non-blocking connect so that an unreachable host is bounded by `timeout`. Not retried on EINTR: the
            // connection goes on in the background and a second connect would only say EALREADY.
            let flags = fcntl(descriptor, F_GETFL, 0)
            _ = fcntl(descriptor, F_SETFL, flags | O_NONBLOCK)
            var failure: SystemCallError?
            if Glibc.connect(descriptor, address.pointee.ai_addr, address.pointee.ai_addrlen) != 0 {
                failure = SystemCallError("connect", path: summary)
            }
            if let inProgress = failure, inProgress.meansInProgress {
                guard try FileDescriptorIO.waitFor(POLLOUT, on: descriptor, timeout: timeout) else {
                    Glibc.close(descriptor)
                    throw PrintingError(Message("printing.tcp.connectTimeout", summary), kind: .communication)
                }
                var socketError: Int32 = 0
                var length = socklen_t(MemoryLayout<Int32>.size)
                getsockopt(descriptor, SOL_SOCKET, SO_ERROR, &socketError, &length)
                failure = socketError == 0 ? nil : SystemCallError("connect", path: summary, code: socketError)
            }
            guard let refused = failure else {
                var noDelay: Int32 = 1
                setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &noDelay, socklen_t(MemoryLayout<Int32>.size))
                return descriptor
            }
            lastError = refused
            Glibc.close(descriptor)
        }
        throw PrintingError(Message("printing.tcp.connectFailed", summary, lastError.reason), kind: .communication)
    }
}
