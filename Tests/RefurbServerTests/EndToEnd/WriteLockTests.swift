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

        // Three intakes go in while the lock is held: each waits for it (5 s), one after the other.
        let writesDone = WriteCount()
        let writes = Task {
            try await withThrowingTaskGroup(of: RawAnswer.self) { group in
                for number in 1...3 {
                    group.addTask {
                        let answer = try await RawAnswer.send("POST", server.baseURL + "/api/devices", token: admin.token,
                                                              json: #"{"lot":"\#(lot)","category":"laptop","serial":"LOCK-\#(number)"}"#)
                        writesDone.value.add(1, ordering: .sequentiallyConsistent)
                        return answer
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
        }
        // Pacing only: let the intakes reach the service before the reads are sent.
        try await Task.sleep(for: .milliseconds(500))
        let reads = [
            ("/healthz", nil as String?),
            ("/api/scan/LOCK-0", admin.token),
            ("/api/scan/\(tag)", admin.token),
            ("/api/scan/\(lot)", admin.token),
            ("/api/devices/\(tag)", admin.token),
            ("/api/lots", admin.token),
        ]
        for (path, token) in reads {
            let answer = try await RawAnswer.send("GET", server.baseURL + path, token: token)
            #expect(answer.status == 200, "GET \(path) while the lock is held: \(answer.status)")
        }
        // Every read was answered while the intakes were still waiting for the lock.
        #expect(writesDone.value.load(ordering: .sequentiallyConsistent) == 0)

        let refused = try await writes.value
        #expect(refused.count == 3)
        for answer in refused {
            #expect(answer.status == 503)
            #expect(answer.retryAfter == "5")
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

/// How many intakes have had their answer.
final class WriteCount: Sendable {
    let value = Atomic<Int>(0)
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
