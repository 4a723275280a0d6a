import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Synchronization

/// `refurb serve` as a real process on 127.0.0.1 with a free port, on a database in `directory`.
final class ServerProcess: Sendable {
    let process: Process
    let port: Int
    /// Printed on the first start against an empty database.
    let adminPassword: String?
    let databasePath: String

    /// `arguments` are added to `refurb serve`'s (a later `--bcrypt-cost` wins over the default 4).
    /// `openFiles` starts it under that RLIMIT_NOFILE, through prlimit (see `canLimitOpenFiles`).
    convenience init(databasePath: String, arguments: [String] = [], openFiles: (soft: Int, hard: Int)? = nil) throws {
        try self.init(database: ["--db", databasePath], databasePath: databasePath, arguments: arguments, openFiles: openFiles)
    }

    /// On the store `database` names to `refurb serve` (`["--database", "postgres://…"]`).
    init(database: [String], databasePath: String, arguments: [String] = [], openFiles: (soft: Int, hard: Int)? = nil) throws {
        self.databasePath = databasePath
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = ["serve"] + database + ["--port", "0", "--bcrypt-cost", "4",
                                                    "--labels", TestWorkshop.repositoryRoot + "/Labels"] + arguments
        if let openFiles {
            // prlimit sets the limit and then executes the program: the process id stays the service's.
            process.arguments = ["--nofile=\(openFiles.soft):\(openFiles.hard)", Self.executable.path] + (process.arguments ?? [])
            process.executableURL = URL(fileURLWithPath: Self.prlimit)
        }
        var environment = ProcessInfo.processInfo.environment
        environment["REFURB_LANG"] = "en"
        environment["REFURB_LOG_LEVEL"] = "warning"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        self.process = process
        // A service that neither listens nor exits must not hang the tests: it is stopped after a minute.
        let watchdog = DispatchWorkItem { [process] in if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 60, execute: watchdog)
        defer { watchdog.cancel() }
        // Read lines until the service says where it listens (or gives up and exits).
        var text = ""
        var port: Int?
        let handle = output.fileHandleForReading
        while port == nil {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
            if let range = text.range(of: #"http://127\.0\.0\.1:(\d+)"#, options: .regularExpression) {
                port = Int(text[range].split(separator: ":").last!)
            }
        }
        guard let port else {
            process.terminate()
            throw ServerProcessError.didNotStart(text)
        }
        self.port = port
        adminPassword = text.range(of: #"with password ([A-Za-z0-9]+)"#, options: .regularExpression)
            .map { String(text[$0].split(separator: " ").last!) }
        // Keep draining the pipe so that the service never blocks on a full one.
        handle.readabilityHandler = { _ = $0.availableData }
    }

    var baseURL: String { "http://127.0.0.1:\(port)" }

    /// prlimit (util-linux), which starts a program under given resource limits.
    static let prlimit = "/usr/bin/prlimit"
    static var canLimitOpenFiles: Bool { FileManager.default.isExecutableFile(atPath: prlimit) }

    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }

    /// kill -9: no chance to flush or close anything.
    func crash() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// `refurb` beside the tests, or the one `$REFURB_TEST_REFURB` names (to run a test against another
    /// build, such as the code before a fix).
    static var executable: URL {
        if let path = ProcessInfo.processInfo.environment["REFURB_TEST_REFURB"] { return URL(fileURLWithPath: path) }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("refurb").path), folder.path != "/" {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("refurb")
    }

    /// Runs another `refurb` command (backup, restore) and returns its exit status and output.
    static func run(_ arguments: [String], input: String? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["REFURB_LANG"] = "en"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        let stdin = Pipe()
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try? stdin.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

enum ServerProcessError: Error {
    case didNotStart(String)
}

/// A small JSON client over URLSession for the real server.
struct HTTPClient: Sendable {
    let baseURL: String
    var token: String?

    struct Answer: Sendable {
        let status: Int
        let data: Data
        /// The session cookie the answer set (`name=value`), if any.
        var cookie: String? = nil
        var json: [String: Any] { (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:] }
        var list: [[String: Any]] { (try? JSONSerialization.jsonObject(with: data)) as? [[String: Any]] ?? [] }
    }

    func send(_ method: String, _ path: String, json: String? = nil, body: Data? = nil,
              headers: [String: String] = [:]) async throws -> Answer {
        var request = URLRequest(url: URL(string: baseURL + path)!)
        request.httpMethod = method
        request.timeoutInterval = 30
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        if let body = json.map({ Data($0.utf8) }) ?? body {
            request.httpBody = body
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        // Cookies are kept per host, not per port: with URLSession's shared store, tests running side by side
        // against services on other ports of 127.0.0.1 would send each other's session cookie. Each test
        // sends the cookie it got itself, as a header.
        request.httpShouldHandleCookies = false
        let (data, response) = try await Self.session.data(for: request)
        let http = response as? HTTPURLResponse
        let cookie = http?.value(forHTTPHeaderField: "Set-Cookie")?.split(separator: ";").first.map(String.init)
        return Answer(status: http?.statusCode ?? 0, data: data, cookie: cookie)
    }

    /// A session that neither stores nor sends cookies by itself (FoundationNetworking on Linux reads the
    /// shared store whatever the request says).
    static let session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        configuration.httpCookieAcceptPolicy = .never
        return URLSession(configuration: configuration)
    }()

    /// Signs in as the admin with a session, and returns a client holding a new admin Bearer token.
    static func admin(of server: ServerProcess) async throws -> HTTPClient {
        let anonymous = HTTPClient(baseURL: server.baseURL)
        guard let password = server.adminPassword else { throw ServerProcessError.didNotStart("no admin password printed") }
        let session = try await anonymous.send("POST", "/api/session", json: #"{"username":"admin","password":"\#(password)"}"#)
        guard session.status == 200, let csrf = session.json["csrfToken"] as? String else { throw ServerProcessError.didNotStart("login \(session.status)") }
        // The session's cookie and its CSRF token go with the cookie-borne POST.
        guard let cookie = session.cookie else { throw ServerProcessError.didNotStart("login set no cookie") }
        let token = try await anonymous.send("POST", "/api/tokens", json: #"{"name":"tests"}"#,
                                             headers: ["X-CSRF-Token": csrf, "Cookie": cookie])
        guard let secret = token.json["token"] as? String else { throw ServerProcessError.didNotStart("token \(token.status)") }
        return HTTPClient(baseURL: server.baseURL, token: secret)
    }

    /// A Bearer token for a new account with `roles`, made by this (admin) client.
    func client(for username: String, roles: [String]) async throws -> HTTPClient {
        let roleList = roles.map { "\"\($0)\"" }.joined(separator: ",")
        let made = try await send("POST", "/api/users", json: #"{"username":"\#(username)","roles":[\#(roleList)],"password":"a long enough password"}"#)
        guard made.status == 201 else { throw ServerProcessError.didNotStart("user \(made.status) \(made.json)") }
        let token = try await send("POST", "/api/tokens", json: #"{"name":"\#(username)-bench","username":"\#(username)","station":"banc-\#(username)"}"#)
        guard let secret = token.json["token"] as? String else { throw ServerProcessError.didNotStart("token \(token.status)") }
        return HTTPClient(baseURL: baseURL, token: secret)
    }
}
