import Foundation
import Testing

/// Connections nobody signs in for: idle ones, more of them than the service has descriptors, heads that
/// never end. The real `refurb serve` process, on 127.0.0.1.
@Suite("Connections the service does not let bring it down", .serialized)
struct ConnectionLimitsProcessTests {
    @Test("more idle connections than the open-file limit: the service keeps running and answers once they go")
    func idleConnectionsPastTheOpenFileLimit() async throws {
        guard ServerProcess.canLimitOpenFiles else {
            print("skipped: \(ServerProcess.prlimit) (util-linux) is missing, so the service cannot be started under a low open-file limit")
            return
        }
        let folder = try TemporaryFolder()
        // 256 descriptors, hard limit included: raising the soft limit cannot help here, only the cap can.
        let server = try ServerProcess(databasePath: folder.path + "/refurb.sqlite", openFiles: (256, 256))
        defer { server.stop() }
        let pid = server.process.processIdentifier
        #expect(ProcessFacts.openFileLimits(of: pid)?.soft == 256)
        // The listening socket, and whatever the service inherited from the test runner.
        let socketsAtRest = ProcessFacts.socketCount(of: pid)

        // Before the cap, this killed the service within a few rounds, 5 times out of 5 (SIGILL): with no
        // descriptor left, libdispatch could not open /proc/<thread>/stat to watch its threads, and trapped.
        var flood = try (0..<400).map { _ in try RawConnection(port: server.port, waiting: false) }
        var mostSockets = 0
        for round in 0..<8 {
            try await Task.sleep(for: .milliseconds(500))
            mostSockets = max(mostSockets, ProcessFacts.socketCount(of: pid))
            // Some go, and a request arrives (it waits its turn behind the flood; given up after 1 s).
            flood.removeFirst(20)
            if let request = try? RawConnection(port: server.port, patience: .seconds(1)) {
                request.send("GET /healthz HTTP/1.1\r\nHost: refurb\r\n\r\n")
                _ = request.readToEnd()
            }
            try #require(server.process.isRunning, "the service exited in round \(round)")
        }
        // 256 less the 128 kept back: at most 128 connections (NIO may take a few more in the same read
        // before it stops).
        #expect(mostSockets - socketsAtRest <= 128 + 4, "the service held \(mostSockets - socketsAtRest) connections")
        flood.removeAll()

        let answer = try await HTTPClient(baseURL: server.baseURL).send("GET", "/healthz")
        #expect(answer.status == 200)
        #expect(server.process.isRunning)
    }

    @Test("the service raises its soft open-file limit to the hard one at start")
    func raisesItsOpenFileLimit() throws {
        guard ServerProcess.canLimitOpenFiles else {
            print("skipped: \(ServerProcess.prlimit) (util-linux) is missing, so the service cannot be started under a low open-file limit")
            return
        }
        let folder = try TemporaryFolder()
        let server = try ServerProcess(databasePath: folder.path + "/refurb.sqlite", openFiles: (256, 2048))
        defer { server.stop() }
        let limits = try #require(ProcessFacts.openFileLimits(of: server.process.processIdentifier))
        #expect(limits.soft == 2048)
        #expect(limits.hard == 2048)
    }

    @Test("a connection that sends nothing, a head sent a byte at a time and a body that stalls are closed after the idle timeout")
    func idleTimeout() async throws {
        let folder = try TemporaryFolder()
        let server = try ServerProcess(databasePath: folder.path + "/refurb.sqlite", arguments: ["--idle-timeout", "1"])
        defer { server.stop() }

        // Each waits at most 10 s for the service to close it: it must, after about 1 s.
        let silent = try RawConnection(port: server.port)
        #expect(silent.readToEnd().closed, "a silent connection was kept open")

        let trickle = try RawConnection(port: server.port)
        var headClosed = false
        let head = Array("GET /healthz HTTP/1.1\r\nHost: refurb\r\nX-Slow: " + String(repeating: "a", count: 200))
        for character in head {
            guard trickle.send(String(character)) else { headClosed = true; break }
            try await Task.sleep(for: .milliseconds(50))
        }
        if !headClosed { headClosed = trickle.readToEnd().closed }
        #expect(headClosed, "a head sent a byte every 50 ms was read for 10 s without end")

        let stalled = try RawConnection(port: server.port)
        stalled.send("POST /api/session HTTP/1.1\r\nHost: refurb\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"user")
        #expect(stalled.readToEnd().closed, "a body that stopped coming was waited for")

        // A connection in use is not cut: requests one after the other on the same connection, each
        // sent within the timeout.
        let used = try RawConnection(port: server.port)
        for _ in 0..<3 {
            used.send("GET /healthz HTTP/1.1\r\nHost: refurb\r\n\r\n")
            try await Task.sleep(for: .milliseconds(300))
        }
        used.send("GET /healthz HTTP/1.1\r\nHost: refurb\r\nConnection: close\r\n\r\n")
        let answers = String(decoding: used.readToEnd().data, as: UTF8.self)
        #expect(answers.components(separatedBy: "HTTP/1.1 200").count - 1 == 4)
        #expect(server.process.isRunning)
    }

    @Test("a body the service answered without reading is read to its end and thrown away, or its connection closed")
    func unreadBody() async throws {
        let folder = try TemporaryFolder()
        let server = try ServerProcess(databasePath: folder.path + "/refurb.sqlite")
        defer { server.stop() }
        let body = Data(repeating: 0x20, count: 2_000_000)

        // Kept alive: the 401 comes before the 2 MB are in; the next request on the connection is answered.
        let kept = try RawConnection(port: server.port)
        kept.send(Data("POST /api/lots HTTP/1.1\r\nHost: refurb\r\nContent-Type: application/json\r\nContent-Length: 2000000\r\n\r\n".utf8) + body)
        kept.send("GET /healthz HTTP/1.1\r\nHost: refurb\r\nConnection: close\r\n\r\n")
        let answers = String(decoding: kept.readToEnd().data, as: UTF8.self)
        #expect(answers.hasPrefix("HTTP/1.1 401"))
        #expect(answers.contains("HTTP/1.1 200"), "\(answers.suffix(200))")

        // A body that never ends after the answer: the connection is closed 5 s after it (within 10 s here).
        let endless = try RawConnection(port: server.port)
        endless.send("POST /api/lots HTTP/1.1\r\nHost: refurb\r\nContent-Type: application/json\r\nContent-Length: 2000000\r\n\r\n ")
        var closed = false
        for _ in 0..<100 where !closed {
            closed = !endless.send(Data(repeating: 0x20, count: 1000))
            try await Task.sleep(for: .milliseconds(100))
        }
        #expect(closed, "a body still coming 10 s after its answer was read on")
        #expect(server.process.isRunning)
    }

    @Test("over the connection cap, new connections wait their turn and the service keeps answering")
    func connectionCap() async throws {
        let folder = try TemporaryFolder()
        let server = try ServerProcess(databasePath: folder.path + "/refurb.sqlite", arguments: ["--max-connections", "20", "--idle-timeout", "2"])
        defer { server.stop() }
        let pid = server.process.processIdentifier
        let socketsAtRest = ProcessFacts.socketCount(of: pid)

        let idle = try (0..<60).map { _ in try RawConnection(port: server.port, waiting: false) }
        try await Task.sleep(for: .milliseconds(500))
        // 20 connections (NIO may take a few more in the same read before it stops).
        let held = ProcessFacts.socketCount(of: pid) - socketsAtRest
        #expect(held <= 20 + 4, "the service held \(held) connections")
        #expect(held >= 20, "the service held only \(held) connections")

        // Still answered: the idle connections ahead of it are closed after 2 s, a batch at a time.
        let answer = try await HTTPClient(baseURL: server.baseURL).send("GET", "/healthz")
        #expect(answer.status == 200)
        #expect(server.process.isRunning)
        withExtendedLifetime(idle) {}
    }
}
