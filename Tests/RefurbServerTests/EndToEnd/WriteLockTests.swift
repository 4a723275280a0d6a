import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Synchronization
import Testing

/// The real service while another process (the `sqlite3` shell, as a backup script or a curious admin
/// would) holds SQLite's write lock: writes wait their busy timeout and then say the database is busy,
/// while `/healthz`, scans and reads keep answering.
@Suite("The service while another process holds the write lock", .serialized)
struct WriteLockTests {
    @Test("reads, scans and /healthz answer while intakes wait; an intake that times out is a 503 with Retry-After")
    func readsAnswerWhileWritesWait() async throws {
        guard let shell = WriteLockHolder.sqliteShell else {
            print("skipped: the sqlite3 shell is not installed (apt-get install sqlite3)")
            return
        }
        let folder = try TemporaryFolder()
        let databasePath = folder.path + "/refurb.sqlite"
        let server = try ServerProcess(databasePath: databasePath)
        defer { server.stop() }
        let admin = try await HTTPClient.admin(of: server)
        let lot = try #require(try await admin.send("POST", "/api/lots", json: #"{"donor":"Mairie"}"#).json["code"] as? String)
        let first = try await admin.send("POST", "/api/devices", json: #"{"lot":"\#(lot)","category":"laptop","serial":"LOCK-0"}"#)
        let tag = try #require(first.json["assetTag"] as? String)

        let holder = try WriteLockHolder(shell: shell, databasePath: databasePath)
        defer { holder.release() }

        // Three intakes go in while the lock is held: each waits for it (5 s), one after the other. Each is sent,
        // and its answer timed, on a thread of its own: under the whole suite, this process's task threads are
        // busy for seconds at a time, and a time taken when a task resumes says when the task ran, not when the
        // service answered.
        let port = server.port, bearer = ("Authorization", "Bearer \(try #require(admin.token))")
        // Pacing only, on the reads' own threads too: the reads go half a second after the intakes reach the service.
        let readsGoAt = ContinuousClock.now + .milliseconds(500)
        let intakes = (1...3).map { number in
            AnswerTimer.start {
                try LoopbackHTTP.send(LoopbackHTTP.json("/api/devices", #"{"lot":"\#(lot)","category":"laptop","serial":"LOCK-\#(number)"}"#,
                                                        headers: [bearer, ("Accept-Language", "en")]), port: port)
            }
        }
        let reads = [
            ("/healthz", false),
            ("/api/scan/LOCK-0", true),
            ("/api/scan/\(tag)", true),
            ("/api/scan/\(lot)", true),
            ("/api/devices/\(tag)", true),
            ("/api/lots", true),
        ].map { path, signed in
            (path, AnswerTimer.start {
                let wait = readsGoAt - .now
                if wait > .zero { Thread.sleep(forTimeInterval: Double(wait.components.seconds) + Double(wait.components.attoseconds) * 1e-18) }
                return try LoopbackHTTP.send(LoopbackHTTP.Request(method: "GET", path: path, headers: signed ? [bearer] : []), port: port)
            })
        }
        var lastRead = ContinuousClock.Instant.now
        for (path, timer) in reads {
            let (answer, at) = try await timer.result()
            #expect(answer.status == 200, "GET \(path) while the lock is held: \(answer.status)")
            lastRead = at
        }
        var refused: [LoopbackHTTP.Answer] = []
        var firstWrite: ContinuousClock.Instant?
        for timer in intakes {
            let (answer, at) = try await timer.result()
            refused.append(answer)
            firstWrite = min(firstWrite ?? at, at)
        }
        // Every read was answered while the intakes were still waiting for the lock.
        #expect(lastRead < (firstWrite ?? lastRead), "the last read was answered \((firstWrite ?? lastRead) - lastRead) before the first intake")

        #expect(refused.count == 3)
        for answer in refused {
            #expect(answer.status == 503)
            #expect(answer.headers["retry-after"] == "5", "\(answer.headers)")
            #expect(answer.json["code"] as? String == "database-busy")
            #expect((answer.json["detail"] as? String)?.contains("busy") == true)
        }
        // Nothing was half-written, and once the lock is let go intake works again.
        holder.release()
        let after = try await admin.send("POST", "/api/devices", json: #"{"lot":"\#(lot)","category":"laptop","serial":"LOCK-1"}"#)
        #expect(after.status == 201, "\(after.json)")
        let devices = try await admin.send("GET", "/api/devices?lot=\(lot)")
        #expect((devices.json["devices"] as? [Any])?.count == 2)
    }
}

/// A request sent on a thread of its own, and the moment its answer was read there.
final class AnswerTimer: Sendable {
    private let outcome = Mutex<(Result<LoopbackHTTP.Answer, any Error>, ContinuousClock.Instant)?>(nil)
    private let done = DispatchSemaphore(value: 0)

    static func start(_ send: @escaping @Sendable () throws -> LoopbackHTTP.Answer) -> AnswerTimer {
        let timer = AnswerTimer()
        Thread {
            let result = Result { try send() }
            timer.outcome.withLock { $0 = (result, .now) }
            timer.done.signal()
        }.start()
        return timer
    }

    /// The answer and when it came, once it has (waited for off the task threads).
    func result() async throws -> (LoopbackHTTP.Answer, ContinuousClock.Instant) {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { self.done.wait(); self.done.signal(); continuation.resume() }
        }
        let (result, at) = outcome.withLock { $0! }
        return (try result.get(), at)
    }
}

/// The `sqlite3` shell holding `BEGIN IMMEDIATE` on the database until `release()`.
final class WriteLockHolder: Sendable {
    private let process: Process
    private let input: FileHandle

    static var sqliteShell: String? {
        ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    init(shell: String, databasePath: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: shell)
        process.arguments = [databasePath]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        self.process = process
        self.input = input.fileHandleForWriting
        // The shell answers "locked" once BEGIN IMMEDIATE has taken the write lock.
        self.input.write(Data("BEGIN IMMEDIATE;\nSELECT 'locked';\n".utf8))
        var said = ""
        while !said.contains("locked") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { throw ServerProcessError.didNotStart("sqlite3 stopped: \(said)") }
            said += String(decoding: chunk, as: UTF8.self)
        }
    }

    func release() {
        guard process.isRunning else { return }
        input.write(Data("ROLLBACK;\n.quit\n".utf8))
        try? input.close()
        process.waitUntilExit()
    }
}

/// One request on a connection of its own (an ephemeral session each time), with its Retry-After:
/// URLSession.shared would queue requests to one host behind its few pooled connections.
struct RawAnswer: Sendable {
    let status: Int
    let retryAfter: String?
    let data: Data
    var json: [String: Any] { (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:] }

    static func send(_ method: String, _ url: String, token: String?, json: String? = nil) async throws -> RawAnswer {
        var request = URLRequest(url: URL(string: url)!)
        request.httpMethod = method
        request.timeoutInterval = 60
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        if let json {
            request.httpBody = Data(json.utf8)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        let session = URLSession(configuration: .ephemeral)
        defer { session.finishTasksAndInvalidate() }
        let (data, response) = try await session.data(for: request)
        let http = response as? HTTPURLResponse
        return RawAnswer(status: http?.statusCode ?? 0, retryAfter: http?.value(forHTTPHeaderField: "Retry-After"), data: data)
    }
}
