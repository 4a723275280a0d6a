import Foundation
import Testing

/// The login throttle of the real `refurb serve`, attacked as issue 12's tester did: guesses sent all at
/// once, user names of a megabyte from many addresses, and `X-Forwarded-For` made up by the client.
@Suite("The login throttle of the running service", .serialized)
struct LoginThrottleProcessTests {
    static func guess(_ username: String, _ password: String = "not the password") -> String {
        #"{"username":"\#(username)","password":"\#(password)"}"#
    }

    @Test("thirty wrong guesses sent at once: at most five are checked, the others get 429 with Retry-After")
    func concurrentGuesses() throws {
        let folder = try TemporaryFolder()
        // At cost 10 a check takes some 60 ms, as long as the guesses need to be all under way at once.
        let server = try ServerProcess(databasePath: folder.path + "/refurb.sqlite", arguments: ["--bcrypt-cost", "10"])
        defer { server.stop() }
        let answers = try LoopbackHTTP.sendTogether(
            (0..<30).map { _ in LoopbackHTTP.json("/api/session", Self.guess("admin")) }, port: server.port)
        let checked = answers.filter { $0.status == 401 }
        let refused = answers.filter { $0.status == 429 }
        print("30 guesses at once: \(checked.count) checked (401), \(refused.count) refused (429)")
        #expect(checked.count <= 5, "the limit is five failures per name and address")
        #expect(checked.count + refused.count == 30, "\(answers.map(\.status))")
        #expect(refused.allSatisfy { Int($0.headers["retry-after"] ?? "") ?? 0 >= 1 })
        #expect(refused.allSatisfy { $0.json["code"] as? String == "too-many-attempts" })

        // The right password is refused too now, from this address: that is what the block is for.
        let password = try #require(server.adminPassword)
        let right = try LoopbackHTTP.send(LoopbackHTTP.json("/api/session", Self.guess("admin", password)), port: server.port)
        #expect(right.status == 429)
        // From another address the admin still signs in.
        let elsewhere = try LoopbackHTTP.send(LoopbackHTTP.json("/api/session", Self.guess("admin", password), source: "127.0.0.9"),
                                              port: server.port)
        #expect(elsewhere.status == 200)
    }

    @Test("user names of a megabyte from 300 addresses leave the service's memory where it was")
    func longNamesDoNotStay() throws {
        let folder = try TemporaryFolder()
        let server = try ServerProcess(databasePath: folder.path + "/refurb.sqlite")
        defer { server.stop() }
        let name = String(repeating: "a", count: 1_000_000)
        func guesses(_ addresses: Range<Int>) throws {
            for number in addresses {
                let source = "127.0.\(1 + number / 250).\(1 + number % 250)"
                let answer = try LoopbackHTTP.send(LoopbackHTTP.json("/api/session", Self.guess(name + String(number)), source: source),
                                                   port: server.port)
                #expect(answer.status == 401, "\(answer.status)")
            }
        }
        // The first ones warm the allocator up (request bodies of a megabyte come and go).
        try guesses(0..<20)
        let before = try #require(Self.residentMegabytes(of: server.process.processIdentifier))
        try guesses(20..<320)
        let after = try #require(Self.residentMegabytes(of: server.process.processIdentifier))
        print("RSS with 1 MB names: \(before) MB after 20 guesses, \(after) MB after 300 more")
        // Kept, each name would add a megabyte: 300 MB.
        #expect(after - before < 64, "\(before) MB → \(after) MB")
    }

    @Test("X-Forwarded-For is ignored from anyone but a trusted proxy")
    func forwardedForFromAClient() throws {
        let folder = try TemporaryFolder()
        let server = try ServerProcess(databasePath: folder.path + "/refurb.sqlite")
        defer { server.stop() }
        // A new made-up address each time does not make a new client.
        for number in 0..<5 {
            let answer = try LoopbackHTTP.send(LoopbackHTTP.json("/api/session", Self.guess("admin"),
                                                                 headers: [("X-Forwarded-For", "198.51.100.\(number)")]), port: server.port)
            #expect(answer.status == 401)
        }
        let sixth = try LoopbackHTTP.send(LoopbackHTTP.json("/api/session", Self.guess("admin"),
                                                            headers: [("X-Forwarded-For", "198.51.100.99")]), port: server.port)
        #expect(sixth.status == 429)
    }

    @Test("behind a trusted proxy each client is counted by the address the proxy saw, and a client's own header is not")
    func forwardedForFromATrustedProxy() throws {
        let folder = try TemporaryFolder()
        let server = try ServerProcess(databasePath: folder.path + "/refurb.sqlite", arguments: ["--trusted-proxy", "127.0.0.1"])
        defer { server.stop() }
        // The proxy (127.0.0.1) appends the address it saw; what the client wrote before it is made up.
        func viaProxy(client: String, claimed: String? = nil) throws -> LoopbackHTTP.Answer {
            let chain = (claimed.map { [$0] } ?? []) + [client]
            return try LoopbackHTTP.send(LoopbackHTTP.json("/api/session", Self.guess("admin"),
                                                           headers: [("X-Forwarded-For", chain.joined(separator: ", "))]), port: server.port)
        }
        for number in 0..<5 {
            #expect(try viaProxy(client: "203.0.113.5", claimed: "192.0.2.\(number)").status == 401)
        }
        #expect(try viaProxy(client: "203.0.113.5", claimed: "192.0.2.77").status == 429, "the same client, whatever it claims")
        #expect(try viaProxy(client: "203.0.113.6").status == 401, "another client behind the same proxy is not blocked")
        // A peer that is not the proxy is counted by its own address, whatever it sends.
        let direct = try LoopbackHTTP.send(LoopbackHTTP.json("/api/session", Self.guess("admin"), source: "127.0.0.2",
                                                             headers: [("X-Forwarded-For", "203.0.113.5")]), port: server.port)
        #expect(direct.status == 401)
    }

    @Test("refurb serve refuses a trusted proxy that is not an address")
    func trustedProxyMustBeAnAddress() throws {
        let run = try ServerProcess.run(["serve", "--db", "/nonexistent/refurb.sqlite", "--trusted-proxy", "proxy.example"])
        #expect(run.status != 0)
        #expect(run.output.contains("--trusted-proxy: proxy.example is not an IP address"), "\(run.output)")
    }

    /// VmRSS of a process, in megabytes.
    static func residentMegabytes(of pid: Int32) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "") else { return nil }
        return kilobytes / 1024
    }
}
