import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One request as the stub server read it off the wire.
struct StubRequest: Sendable {
    let method: String
    let target: String
    /// Names in lower case, in the order received.
    let headers: [(name: String, value: String)]
    let body: Data

    func header(_ name: String) -> String? {
        headers.first { $0.name == name.lowercased() }?.value
    }
}

struct StubResponse: Sendable {
    var status: Int
    var headers: [(String, String)] = []
    var body = Data()

    static func json(_ status: Int, _ text: String, headers: [(String, String)] = []) -> StubResponse {
        StubResponse(status: status, headers: [("Content-Type", "application/json")] + headers, body: Data(text.utf8))
    }

    static func problem(_ status: Int, title: String, detail: String?) -> StubResponse {
        var object: [String: Any] = ["type": "about:blank", "title": title, "status": status]
        if let detail { object["detail"] = detail }
        let body = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return StubResponse(status: status, headers: [("Content-Type", "application/problem+json")], body: body)
    }
}

/// What the stub does with a request it has read.
enum StubAction: Sendable {
    case respond(StubResponse)
    /// Reads the whole request, then closes the connection without a byte of answer: a lost reply.
    case closeWithoutAnswer
    /// Waits until `gate` opens (or 10 s pass), then acts.
    indirect case after(Gate, StubAction)
}

/// A tiny HTTP/1.1 server on 127.0.0.1 for tests: raw sockets, one thread accepting, one per connection, every
/// answer with `Connection: close`. It records every request and answers as `handler` says. Reads time out after
/// 5 s so that a test never hangs on it.
final class StubHTTPServer: @unchecked Sendable {
    let port: UInt16
    private let listenFD: Int32
    private let handler: @Sendable (StubRequest) -> StubAction
    private let lock = NSLock()
    private var recorded: [StubRequest] = []
    private var stopped = false
    private let acceptLoopDone = DispatchSemaphore(value: 0)

    init(handler: @escaping @Sendable (StubRequest) -> StubAction) throws {
        self.handler = handler
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw StubError.socket(errno) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in.loopback(port: 0)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 64) == 0 else {
            close(fd)
            throw StubError.socket(errno)
        }
        listenFD = fd
        port = try boundPort(of: fd)
        let thread = Thread { [self] in acceptLoop() }
        thread.name = "StubHTTPServer.accept"
        thread.start()
    }

    convenience init(respond: @escaping @Sendable (StubRequest) -> StubResponse) throws {
        try self.init(handler: { .respond(respond($0)) })
    }

    var baseURL: URL { URL(string: "http://127.0.0.1:\(port)")! }

    var requests: [StubRequest] {
        lock.lock()
        defer { lock.unlock() }
        return recorded
    }

    func stop() {
        lock.lock()
        let wasStopped = stopped
        stopped = true
        lock.unlock()
        guard !wasStopped else { return }
        _ = acceptLoopDone.wait(timeout: .now() + 5)
        close(listenFD)
    }

    deinit {
        stop()
    }

    private var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    private func acceptLoop() {
        defer { acceptLoopDone.signal() }
        while !isStopped {
            var poller = pollfd(fd: listenFD, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, 100)
            guard ready > 0 else { continue }
            let connection = accept(listenFD, nil, nil)
            guard connection >= 0 else { continue }
            let thread = Thread { [self] in serve(connection) }
            thread.name = "StubHTTPServer.connection"
            thread.start()
        }
    }

    private func serve(_ fd: Int32) {
        defer { close(fd) }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var reader = SocketReader(fd: fd)
        guard let request = reader.readRequest(continueIfExpected: true) else { return }
        lock.lock()
        recorded.append(request)
        lock.unlock()
        perform(handler(request), on: fd)
    }

    private func perform(_ action: StubAction, on fd: Int32) {
        switch action {
        case .respond(let response):
            writeAll(fd, Self.serialize(response))
            shutdown(fd, Int32(SHUT_WR))
        case .closeWithoutAnswer:
            shutdown(fd, Int32(SHUT_RDWR))
        case .after(let gate, let next):
            gate.wait(seconds: 120)
            perform(next, on: fd)
        }
    }

    static func serialize(_ response: StubResponse) -> Data {
        var head = "HTTP/1.1 \(response.status) \(reasonPhrase(response.status))\r\n"
        for (name, value) in response.headers {
            head += "\(name): \(value)\r\n"
        }
        head += "Content-Length: \(response.body.count)\r\nConnection: close\r\n\r\n"
        return Data(head.utf8) + response.body
    }

    static func reasonPhrase(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 201: "Created"
        case 302: "Found"
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 404: "Not Found"
        case 409: "Conflict"
        case 422: "Unprocessable Content"
        case 429: "Too Many Requests"
        case 500: "Internal Server Error"
        case 503: "Service Unavailable"
        default: "Status"
        }
    }
}

enum StubError: Error {
    case socket(Int32)
}

/// Reads an HTTP/1.1 request: request line, headers, then a Content-Length or chunked body.
private struct SocketReader {
    let fd: Int32
    var buffer = Data()

    init(fd: Int32) {
        self.fd = fd
    }

    /// Reads more bytes; false at end of stream, error or timeout.
    mutating func fill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 16384)
        while true {
            let count = recv(fd, &chunk, chunk.count, 0)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return false }
            buffer.append(contentsOf: chunk[0..<count])
            return true
        }
    }

    mutating func readLine() -> String? {
        while true {
            if let range = buffer.range(of: Data("\r\n".utf8)) {
                let line = String(decoding: buffer[buffer.startIndex..<range.lowerBound], as: UTF8.self)
                buffer.removeSubrange(buffer.startIndex..<range.upperBound)
                return line
            }
            guard buffer.count < 65536, fill() else { return nil }
        }
    }

    mutating func readBytes(_ count: Int) -> Data? {
        while buffer.count < count {
            guard fill() else { return nil }
        }
        let bytes = Data(buffer.prefix(count))
        buffer.removeFirst(count)
        return bytes
    }

    mutating func readRequest(continueIfExpected: Bool) -> StubRequest? {
        // Not HTTP (a TLS ClientHello starts with 0x16): hang up at once rather than wait for a line.
        guard fill(), let first = buffer.first, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(first) else { return nil }
        guard let requestLine = readLine() else { return nil }
        let parts = requestLine.split(separator: " ")
        guard parts.count == 3, parts[2].hasPrefix("HTTP/1.") else { return nil }
        var headers: [(name: String, value: String)] = []
        while let line = readLine() {
            if line.isEmpty { break }
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            headers.append((name, value))
        }
        func header(_ name: String) -> String? { headers.first { $0.name == name }?.value }
        if continueIfExpected, header("expect")?.lowercased() == "100-continue" {
            writeAll(fd, Data("HTTP/1.1 100 Continue\r\n\r\n".utf8))
        }
        var body = Data()
        if header("transfer-encoding")?.lowercased().contains("chunked") == true {
            while let sizeLine = readLine() {
                guard let size = Int(sizeLine.split(separator: ";")[0].trimmingCharacters(in: .whitespaces), radix: 16)
                else { return nil }
                if size == 0 {
                    while let trailer = readLine(), !trailer.isEmpty {}
                    break
                }
                guard let chunk = readBytes(size), readLine() != nil else { return nil }
                body.append(chunk)
            }
        } else if let length = header("content-length").flatMap({ Int($0) }), length > 0 {
            guard let bytes = readBytes(length) else { return nil }
            body = bytes
        }
        return StubRequest(method: String(parts[0]), target: String(parts[1]), headers: headers, body: body)
    }
}

private func writeAll(_ fd: Int32, _ data: Data) {
    data.withUnsafeBytes { buffer in
        var offset = 0
        while offset < buffer.count {
            let count = send(fd, buffer.baseAddress! + offset, buffer.count - offset, Int32(MSG_NOSIGNAL))
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return }
            offset += count
        }
    }
}

private func boundPort(of fd: Int32) throws -> UInt16 {
    var address = sockaddr_in()
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let result = withUnsafeMutablePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
    }
    guard result == 0 else { throw StubError.socket(errno) }
    return UInt16(bigEndian: address.sin_port)
}

extension sockaddr_in {
    static func loopback(port: UInt16) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        return address
    }
}

/// A port on 127.0.0.1 where nothing listens: a socket is bound to it (so no one else gets it) but never listens,
/// so a connection there is refused at once.
final class ClosedPort: @unchecked Sendable {
    let port: UInt16
    private let fd: Int32

    init() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw StubError.socket(errno) }
        var address = sockaddr_in.loopback(port: 0)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, let port = try? boundPort(of: fd) else {
            let code = errno
            close(fd)
            throw StubError.socket(code)
        }
        self.fd = fd
        self.port = port
    }

    var baseURL: URL { URL(string: "http://127.0.0.1:\(port)")! }

    deinit {
        close(fd)
    }
}
