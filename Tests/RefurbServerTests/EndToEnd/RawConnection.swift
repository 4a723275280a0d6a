import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One TCP connection to the service on 127.0.0.1, driven byte by byte: for what a well-behaved client
/// never does (say nothing, send a head a byte at a time, send a body its headers do not describe).
/// Every wait is bounded by `patience`; the socket is closed when the value goes away.
final class RawConnection {
    let descriptor: Int32

    enum Failure: Error {
        case socket(String)
    }

    /// Connects; with `waiting: false` the connect is left under way (the service need not accept it yet),
    /// which is how a flood of connections is opened without waiting on each.
    init(port: Int, waiting: Bool = true, patience: Duration = .seconds(10)) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure.socket("socket: errno \(errno)") }
        var timeout = timeval(tv_sec: Int(patience.components.seconds), tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        if !waiting { _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK) }
        var remote = sockaddr_in()
        remote.sin_family = sa_family_t(AF_INET)
        remote.sin_port = in_port_t(UInt16(port).bigEndian)
        inet_pton(AF_INET, "127.0.0.1", &remote.sin_addr)
        let connected = withUnsafePointer(to: &remote) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 || (!waiting && errno == EINPROGRESS) else {
            let error = errno
            close(descriptor)
            throw Failure.socket("connect: errno \(error)")
        }
    }

    deinit {
        close(descriptor)
    }

    /// Writes all of `bytes`; false when the service has closed the connection.
    @discardableResult
    func send(_ bytes: Data) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let sent = Glibc.send(descriptor, buffer.baseAddress! + offset, buffer.count - offset, Int32(MSG_NOSIGNAL))
                guard sent > 0 else { return false }
                offset += sent
            }
            return true
        }
    }

    func send(_ text: String) -> Bool { send(Data(text.utf8)) }

    /// Everything the service sends until it closes the connection, or until `patience` passes without a byte
    /// (then `closed` is false).
    func readToEnd() -> (data: Data, closed: Bool) {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            if count == 0 { return (data, true) }
            if count < 0 { return (data, errno == ECONNRESET) }
            data.append(contentsOf: buffer[0..<count])
        }
    }

    /// Sends a whole request and reads the answer to the end: the status of its first response, and that
    /// response's text (head and body).
    static func exchange(_ request: Data, port: Int) throws -> (status: Int, text: String) {
        let connection = try RawConnection(port: port)
        connection.send(request)
        let answer = String(decoding: connection.readToEnd().data, as: UTF8.self)
        let statusLine = answer.prefix { $0 != "\r" }
        return (Int(statusLine.split(separator: " ").dropFirst().first ?? "") ?? 0, answer)
    }

    static func exchange(_ request: String, port: Int) throws -> (status: Int, text: String) {
        try exchange(Data(request.utf8), port: port)
    }
}

/// What the kernel says about a running process, from /proc.
enum ProcessFacts {
    /// Resident memory in KiB (VmRSS).
    static func residentKiB(of pid: Int32) -> Int? {
        status(of: pid, field: "VmRSS:")
    }

    /// The soft and hard open-file limits in force.
    static func openFileLimits(of pid: Int32) -> (soft: Int, hard: Int)? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/limits", encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix("Max open files") }) else { return nil }
        let numbers = line.split(separator: " ").compactMap { Int($0) }
        guard numbers.count >= 2 else { return nil }
        return (numbers[0], numbers[1])
    }

    /// How many of the process's descriptors are sockets (its listening socket and its connections).
    static func socketCount(of pid: Int32) -> Int {
        let folder = "/proc/\(pid)/fd"
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return entries.filter { ((try? FileManager.default.destinationOfSymbolicLink(atPath: folder + "/" + $0)) ?? "").hasPrefix("socket:") }.count
    }

    /// What each of the process's sockets is, from /proc/net (to say which one is left open).
    static func socketDescriptions(of pid: Int32) -> [String] {
        let folder = "/proc/\(pid)/fd"
        let inodes = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).compactMap { entry -> String? in
            let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: folder + "/" + entry)) ?? ""
            guard target.hasPrefix("socket:[") else { return nil }
            return String(target.dropFirst(8).dropLast())
        }
        var found: [String] = []
        for table in ["tcp", "tcp6", "udp", "udp6", "unix", "netlink"] {
            let text = (try? String(contentsOfFile: "/proc/\(pid)/net/\(table)", encoding: .utf8)) ?? ""
            for line in text.split(separator: "\n") where inodes.contains(where: { line.split(separator: " ").contains(Substring($0)) }) {
                found.append("\(table): \(line.split(separator: " ").joined(separator: " "))")
            }
        }
        return found
    }

    private static func status(of pid: Int32, field: String) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix(field) }) else { return nil }
        return line.split(separator: " ").compactMap { Int($0) }.first
    }
}
