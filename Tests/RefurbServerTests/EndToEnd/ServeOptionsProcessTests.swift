import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// `refurb serve`'s start-up options for running it safely, on the real process: `--file-printers`,
/// `--public-url`, and the warning when it runs as root.
@Suite("refurb serve's safety options", .serialized)
struct ServeOptionsProcessTests {
    @Test("without --file-printers a file: printer is refused; with it, only inside that folder; a missing folder stops the start")
    func filePrinters() async throws {
        let folder = try TemporaryFolder()
        let printers = folder.path + "/printers"
        try FileManager.default.createDirectory(atPath: printers, withIntermediateDirectories: true)
        let token = try PreparedAdmin.client(databasePath: folder.path + "/refurb.sqlite").token
        let refusing = try ServerProcess(databasePath: folder.path + "/refurb.sqlite")
        let admin = HTTPClient(baseURL: refusing.baseURL, token: token)
        let refused = try await admin.send("PUT", "/api/printers/accueil", json: #"{"uri":"file:\#(printers)/accueil.bin"}"#)
        #expect(refused.status == 422, "\(refused.json)")
        #expect((refused.json["detail"] as? String)?.contains("--file-printers") == true)
        refusing.stop()

        let allowing = try ServerProcess(databasePath: folder.path + "/refurb.sqlite", arguments: ["--file-printers", printers])
        defer { allowing.stop() }
        let again = HTTPClient(baseURL: allowing.baseURL, token: admin.token)
        #expect(try await again.send("PUT", "/api/printers/accueil", json: #"{"uri":"file:\#(printers)/accueil.bin"}"#).status == 200)
        #expect(try await again.send("PUT", "/api/printers/dehors", json: #"{"uri":"file:\#(folder.path)/dehors.bin"}"#).status == 422)

        let missing = try ServerProcess.run(["serve", "--db", folder.path + "/other.sqlite", "--port", "0",
                                             "--file-printers", folder.path + "/missing"])
        #expect(missing.status != 0)
        #expect(missing.output.contains("--file-printers") && missing.output.contains("missing"), "\(missing.output)")
    }

    @Test("--public-url https://… makes the session cookie Secure; a malformed one stops the start")
    func publicURL() async throws {
        let folder = try TemporaryFolder()
        _ = try PreparedAdmin.client(databasePath: folder.path + "/refurb.sqlite")
        let server = try ServerProcess(databasePath: folder.path + "/refurb.sqlite", arguments: ["--public-url", "https://atelier.example.org"])
        defer { server.stop() }
        let login = #"{"username":"\#(PreparedAdmin.username)","password":"\#(PreparedAdmin.password)"}"#
        let answer = try LoopbackHTTP.send(LoopbackHTTP.json("/api/session", login), port: server.port)
        #expect(answer.status == 200)
        let cookie = answer.headers["set-cookie"] ?? ""
        #expect(cookie.hasPrefix("refurb_session=") && cookie.lowercased().contains("; secure"), "\(cookie)")
        let malformed = try ServerProcess.run(["serve", "--db", folder.path + "/other.sqlite", "--port", "0", "--public-url", "atelier"])
        #expect(malformed.status != 0)
        #expect(malformed.output.contains("--public-url"), "\(malformed.output)")
    }

    @Test("started as root, the service says so on standard error and points to running it as its own user",
          .enabled(if: geteuid() == 0, "the warning is only given to root"))
    func rootWarning() throws {
        let folder = try TemporaryFolder()
        let process = Process()
        process.executableURL = ServerProcess.executable
        process.arguments = ["serve", "--db", folder.path + "/refurb.sqlite", "--port", "0", "--bcrypt-cost", "4"]
        var environment = ProcessInfo.processInfo.environment
        environment["REFURB_LANG"] = "en"
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        defer {
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
        }
        // The warning comes before the service listens; read standard output until it does.
        var said = ""
        while !said.contains("http://127.0.0.1:") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            said += String(decoding: chunk, as: UTF8.self)
        }
        process.terminate()
        process.waitUntilExit()
        let warning = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(warning.contains("running as root"), "\(warning)")
        #expect(warning.contains("docs/deploy/README.md"))
    }
}
