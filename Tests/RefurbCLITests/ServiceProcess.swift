import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#endif

/// A real `refurb serve` on a free port of 127.0.0.1, over a database in `folder`, signed in as the first admin
/// and holding a bench token made through the API, as a coordinator would.
final class ServiceProcess: @unchecked Sendable {
    struct StartFailure: Error, CustomStringConvertible {
        let description: String
    }

    let baseURL: String
    let adminPassword: String
    /// The service's log (its standard error), for the assertions that need to see what it received.
    let logPath: String
    private let process: Process
    private let output: Pipe

    /// Starts the service and waits (at most `timeout`) for the line that says where it listens.
    init(folder: URL, timeout: TimeInterval = 120) throws {
        let process = Process()
        process.executableURL = RefurbProcess.executable
        process.arguments = ["serve", "--db", folder.appendingPathComponent("r.sqlite").path, "--port", "0", "--bcrypt-cost", "4"]
        var environment = ProcessInfo.processInfo.environment
        for name in ["REFURB_URL", "REFURB_TOKEN", "REFURB_SPOOL", "REFURB_DB"] { environment[name] = nil }
        environment["REFURB_LANG"] = "fr"
        environment["REFURB_LOG_LEVEL"] = "debug"  // one log line per request, which the wipe test reads
        process.environment = environment
        process.currentDirectoryURL = folder

        let logPath = folder.appendingPathComponent("serve.log").path
        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        let output = Pipe()
        process.standardOutput = output
        process.standardError = log

        let seen = LockedData()
        let listening = DispatchSemaphore(value: 0)
        output.fileHandleForReading.readabilityHandler = { handle in
            let chunk = handle.availableData
            if chunk.isEmpty {  // end of file: the service is gone
                handle.readabilityHandler = nil
                listening.signal()
                return
            }
            var text = seen.get()
            text.append(chunk)
            seen.set(text)
            if String(decoding: text, as: UTF8.self).contains("http://127.0.0.1:") { listening.signal() }
        }
        try process.run()
        try? log.close()

        let said = { String(decoding: seen.get(), as: UTF8.self) }
        let answered = listening.wait(timeout: .now() + timeout) == .success
        guard answered, let port = Self.firstMatch(#"http://127\.0\.0\.1:([0-9]+)"#, in: said()),
              let password = Self.firstMatch(#"mot de passe (\S+) —"#, in: said()) else {
            Self.stop(process, output: output)
            let log = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
            throw StartFailure(description: "refurb serve did not start: stdout «\(said())» log «\(log.suffix(2000))»")
        }
        self.process = process
        self.output = output
        self.logPath = logPath
        self.baseURL = "http://127.0.0.1:\(port)"
        self.adminPassword = password
    }

    /// SIGTERM, then at most 30 s for a clean stop before SIGKILL; always waits for the process to be gone.
    func stop() {
        Self.stop(process, output: output)
    }

    private static func stop(_ process: Process, output: Pipe) {
        if process.isRunning {
            process.terminate()
            let deadline = Date().addingTimeInterval(30)
            while process.isRunning, Date() < deadline { usleep(20_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
        process.waitUntilExit()
        output.fileHandleForReading.readabilityHandler = nil
    }

    var log: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }

    private static func firstMatch(_ pattern: String, in text: String) -> String? {
        guard let expression = try? NSRegularExpression(pattern: pattern),
              let match = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let range = Range(match.range(at: 1), in: text) else { return nil }
        return String(text[range])
    }

    /// A port of 127.0.0.1 on which nothing listens: bound for a moment to be sure it was free, then let go.
    static func closedPort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return 9 }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                bind(fd, socketAddress, length) == 0 && getsockname(fd, socketAddress, &length) == 0
            }
        }
        return bound ? Int(UInt16(bigEndian: address.sin_port)) : 9
    }
}

/// Just enough HTTP to act as the office: JSON in, JSON out, a bearer token or a session cookie with its CSRF token.
struct ServiceClient {
    struct Answer {
        let status: Int
        let body: Data
        let headers: [AnyHashable: Any]

        func json() throws -> Any { try JSONSerialization.jsonObject(with: body) }
        func object() throws -> [String: Any] { (try json() as? [String: Any]) ?? [:] }
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let baseURL: String
    var bearer: String?
    var cookie: String?
    var csrfToken: String?

    init(baseURL: String) {
        self.baseURL = baseURL
    }

    func send(_ method: String, _ path: String, json: Any? = nil) async throws -> Answer {
        guard let url = URL(string: baseURL + path) else { throw Failure(description: "bad URL \(baseURL + path)") }
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: 60)
        request.httpMethod = method
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        request.setValue("fr", forHTTPHeaderField: "Accept-Language")
        if let json {
            request.httpBody = try JSONSerialization.data(withJSONObject: json)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        if let bearer { request.setValue("Bearer \(bearer)", forHTTPHeaderField: "Authorization") }
        if let cookie { request.setValue(cookie, forHTTPHeaderField: "Cookie") }
        if let csrfToken, method != "GET" { request.setValue(csrfToken, forHTTPHeaderField: "X-CSRF-Token") }
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpShouldSetCookies = false
        configuration.httpCookieStorage = nil
        configuration.timeoutIntervalForRequest = 60
        configuration.timeoutIntervalForResource = 60
        let session = URLSession(configuration: configuration)
        defer { session.finishTasksAndInvalidate() }
        let (data, response) = try await session.data(for: request)
        guard let http = response as? HTTPURLResponse else { throw Failure(description: "no HTTP answer for \(method) \(path)") }
        return Answer(status: http.statusCode, body: data, headers: http.allHeaderFields)
    }

    /// Signs in as the first admin, makes a bench token through the API, and returns a client that uses it.
    static func bench(on service: ServiceProcess) async throws -> (client: ServiceClient, token: String) {
        var office = ServiceClient(baseURL: service.baseURL)
        let session = try await office.send("POST", "/api/session", json: ["username": "admin", "password": service.adminPassword])
        guard session.status == 200 || session.status == 201 else {
            throw Failure(description: "sign-in: HTTP \(session.status) \(session.text)")
        }
        let setCookie = session.headers.first { ($0.key as? String)?.lowercased() == "set-cookie" }?.value as? String ?? ""
        guard let cookie = setCookie.split(separator: ";").first.map(String.init), cookie.hasPrefix("refurb_session="),
              let csrf = try session.object()["csrfToken"] as? String else {
            throw Failure(description: "sign-in: no session cookie or CSRF token (\(setCookie), \(session.text))")
        }
        office.cookie = cookie
        office.csrfToken = csrf
        let created = try await office.send("POST", "/api/tokens", json: ["name": "bench"])
        guard created.status == 201, let token = try created.object()["token"] as? String else {
            throw Failure(description: "token: HTTP \(created.status) \(created.text)")
        }
        var bench = ServiceClient(baseURL: service.baseURL)
        bench.bearer = token
        return (bench, token)
    }

    /// Opens a lot and takes in one laptop; returns its asset tag.
    func intake(serial: String?) async throws -> String {
        let lot = try await send("POST", "/api/lots", json: ["donor": "Mairie de Rennes"])
        guard lot.status == 201, let code = try lot.object()["code"] as? String else {
            throw Failure(description: "lot: HTTP \(lot.status) \(lot.text)")
        }
        var body: [String: Any] = ["lot": code, "category": "laptop"]
        if let serial { body["serial"] = serial }
        let device = try await send("POST", "/api/devices", json: body)
        guard device.status == 201, let tag = try device.object()["assetTag"] as? String else {
            throw Failure(description: "intake: HTTP \(device.status) \(device.text)")
        }
        return tag
    }

    /// The kinds of the device's events, oldest first.
    func eventKinds(_ tag: String) async throws -> [String] {
        let events = try await send("GET", "/api/devices/\(tag)/events")
        guard events.status == 200, let list = try events.json() as? [[String: Any]] else {
            throw Failure(description: "events: HTTP \(events.status) \(events.text)")
        }
        return list.compactMap { $0["kind"] as? String }
    }
}
