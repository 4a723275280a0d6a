import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// HTTP/1.1 over plain sockets to a service on 127.0.0.1, for what URLSession cannot do: send from
/// another address of the loopback network (127.0.0.2, 127.0.1.7: Linux answers the whole 127/8 on
/// `lo`), so that the service sees many clients; and send many requests at once, each written in full
/// before any answer is read, so that they really are under way together.
enum LoopbackHTTP {
    struct Request: Sendable {
        var method = "POST"
        var path: String
        var headers: [(String, String)] = []
        var body = Data()
        /// The local address the connection comes from.
        var source = "127.0.0.1"
    }

    struct Answer: Sendable {
        let status: Int
        let headers: [String: String]
        let body: Data
        var json: [String: Any] { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:] }
    }

    enum Failure: Error {
        case socket(String)
        case malformedAnswer(String)
    }

    static func json(_ path: String, _ text: String, source: String = "127.0.0.1", headers: [(String, String)] = []) -> Request {
        Request(path: path, headers: [("Content-Type", "application/json")] + headers, body: Data(text.utf8), source: source)
    }

    /// Sends one request and reads its answer.
    static func send(_ request: Request, port: Int) throws -> Answer {
        try sendTogether([request], port: port)[0]
    }

    /// Opens a connection per request, writes every request, then reads every answer: the service has
    /// all of them in hand before it answers the first.
    static func sendTogether(_ requests: [Request], port: Int) throws -> [Answer] {
        var sockets: [Int32] = []
        defer { sockets.forEach { close($0) } }
        for request in requests {
            let socket = try connect(from: request.source, port: port)
            sockets.append(socket)
            try write(serialize(request, port: port), to: socket)
        }
        return try sockets.map { try readAnswer(from: $0) }
    }

    private static func serialize(_ request: Request, port: Int) -> Data {
        var head = "\(request.method) \(request.path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        for (name, value) in request.headers { head += "\(name): \(value)\r\n" }
        head += "Content-Length: \(request.body.count)\r\n\r\n"
        return Data(head.utf8) + request.body
    }

    private static func connect(from source: String, port: Int) throws -> Int32 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure.socket("socket: errno \(errno)") }
        var timeout = timeval(tv_sec: 60, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(socket, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var local = sockaddr_in()
        local.sin_family = sa_family_t(AF_INET)
        guard inet_pton(AF_INET, source, &local.sin_addr) == 1 else { close(socket); throw Failure.socket("bad source \(source)") }
        var remote = sockaddr_in()
        remote.sin_family = sa_family_t(AF_INET)
        remote.sin_port = in_port_t(UInt16(port).bigEndian)
        inet_pton(AF_INET, "127.0.0.1", &remote.sin_addr)
        let bound = withUnsafePointer(to: &local) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else { close(socket); throw Failure.socket("bind \(source): errno \(errno)") }
        let connected = withUnsafePointer(to: &remote) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { close(socket); throw Failure.socket("connect: errno \(errno)") }
        return socket
    }

    private static func write(_ data: Data, to socket: Int32) throws {
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let sent = Glibc.send(socket, buffer.baseAddress! + offset, buffer.count - offset, Int32(MSG_NOSIGNAL))
                guard sent > 0 else { throw Failure.socket("send: errno \(errno)") }
                offset += sent
            }
        }
    }

    /// Reads to the end of the connection (the request asked to close it) and splits head and body.
    private static func readAnswer(from socket: Int32) throws -> Answer {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count == 0 { break }
            guard count > 0 else { throw Failure.socket("recv: errno \(errno)") }
            data.append(contentsOf: buffer[0..<count])
        }
        guard let end = data.range(of: Data("\r\n\r\n".utf8)) else {
            throw Failure.malformedAnswer(String(decoding: data.prefix(200), as: UTF8.self))
        }
        let head = String(decoding: data[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        guard let statusLine = head.first, let status = Int(statusLine.split(separator: " ").dropFirst().first ?? "") else {
            throw Failure.malformedAnswer(head.first ?? "")
        }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = Data(data[end.upperBound...])
        if headers["transfer-encoding"]?.lowercased() == "chunked" { body = dechunk(body) }
        return Answer(status: status, headers: headers, body: body)
    }

    private static func dechunk(_ data: Data) -> Data {
        var result = Data()
        var rest = data[...]
        while let lineEnd = rest.range(of: Data("\r\n".utf8)) {
            let sizeText = String(decoding: rest[..<lineEnd.lowerBound], as: UTF8.self).split(separator: ";").first ?? ""
            guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16), size > 0 else { break }
            let start = lineEnd.upperBound
            guard rest.distance(from: start, to: rest.endIndex) >= size else { break }
            let end = rest.index(start, offsetBy: size)
            result.append(rest[start..<end])
            rest = rest[end...].dropFirst(2)
        }
        return result
    }
}
