import Foundation
import Testing

/// Disabling an account and changing a password against the real `refurb serve`, through its API and
/// through `refurb user` run beside it, as an admin would on the workshop's server.
@Suite("Disabled accounts and changed passwords, with the service running", .serialized)
struct AccountLifeProcessTests {
    static let password = "a long enough password"

    /// Signs in through the API and returns the `name=value` of the session cookie and the CSRF token.
    static func signIn(_ server: ServerProcess, _ username: String, _ password: String = password) throws -> (cookie: String, csrf: String)? {
        let answer = try LoopbackHTTP.send(LoopbackHTTP.json("/api/session", #"{"username":"\#(username)","password":"\#(password)"}"#),
                                           port: server.port)
        guard answer.status == 200, let cookie = answer.headers["set-cookie"]?.split(separator: ";").first,
              let csrf = answer.json["csrfToken"] as? String else { return nil }
        return (String(cookie), csrf)
    }

    static func whoAmI(_ server: ServerProcess, cookie: String? = nil, token: String? = nil) throws -> Int {
        var headers: [(String, String)] = []
        if let cookie { headers.append(("Cookie", cookie)) }
        if let token { headers.append(("Authorization", "Bearer \(token)")) }
        return try LoopbackHTTP.send(LoopbackHTTP.Request(method: "GET", path: "/api/session", headers: headers), port: server.port).status
    }

    @Test("disabled through the API: its token, recognised a moment ago, and its session are refused at once; it cannot sign in; it stays listed and in the log")
    func disableThroughTheAPI() async throws {
        let folder = try TemporaryFolder()
        let server = try ServerProcess(databasePath: folder.path + "/refurb.sqlite")
        defer { server.stop() }
        let admin = try await HTTPClient.admin(of: server)
        let camille = try await admin.client(for: "camille", roles: ["technician"])
        let token = try #require(camille.token)
        let session = try #require(try Self.signIn(server, "camille"))
        #expect(try Self.whoAmI(server, token: token) == 200)
        #expect(try Self.whoAmI(server, cookie: session.cookie) == 200)

        let disabled = try await admin.send("POST", "/api/users/camille/disable")
        #expect(disabled.status == 200)
        #expect(disabled.json["disabled"] as? Bool == true)
        #expect(try Self.whoAmI(server, token: token) == 401, "the token cache was emptied by the change")
        #expect(try Self.whoAmI(server, cookie: session.cookie) == 401)
        #expect(try Self.signIn(server, "camille") == nil)

        let accounts = try await admin.send("GET", "/api/users").list
        #expect(accounts.first { $0["username"] as? String == "camille" }?["disabled"] as? Bool == true)
        let log = try await admin.send("GET", "/api/audit").list
        #expect(log.contains { ($0["summary"] as? String ?? "").contains("account-disabled") }, "\(log.prefix(3))")

        #expect(try await admin.send("POST", "/api/users/admin/disable").status == 409, "nobody disables their own account")
        #expect(try await admin.send("POST", "/api/users/camille/enable").status == 200)
        #expect(try Self.whoAmI(server, token: token) == 200, "enabled again, its token works again")
        #expect(try Self.signIn(server, "camille") != nil)
    }

    @Test("refurb user disable beside the running service: sessions end at once, tokens within the cache's few seconds; enable undoes it")
    func disableWithTheCommandLine() async throws {
        let folder = try TemporaryFolder()
        let database = folder.path + "/refurb.sqlite"
        let server = try ServerProcess(databasePath: database)
        defer { server.stop() }
        let admin = try await HTTPClient.admin(of: server)
        let camille = try await admin.client(for: "camille", roles: ["technician"])
        let token = try #require(camille.token)
        let session = try #require(try Self.signIn(server, "camille"))
        #expect(try Self.whoAmI(server, token: token) == 200)

        let run = try ServerProcess.run(["user", "disable", "camille", "--db", database])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("disabled"), "\(run.output)")
        #expect(try Self.whoAmI(server, cookie: session.cookie) == 401, "the session ended with the change")
        var status = 200
        for _ in 0..<100 where status != 401 {
            try await Task.sleep(for: .milliseconds(100))
            status = try Self.whoAmI(server, token: token)
        }
        #expect(status == 401, "the token is refused once its cached check lapses (5 s)")
        #expect(try Self.signIn(server, "camille") == nil)

        let list = try ServerProcess.run(["user", "list", "--json", "--db", database])
        let accounts = (try? JSONSerialization.jsonObject(with: Data(list.output.utf8))) as? [[String: Any]] ?? []
        #expect(accounts.first { $0["username"] as? String == "camille" }?["disabled"] as? Bool == true, "\(list.output)")
        #expect(try ServerProcess.run(["user", "list", "--db", database]).output.contains("camille\ttechnician\t(disabled)"))

        let lastAdmin = try ServerProcess.run(["user", "disable", "admin", "--db", database])
        #expect(lastAdmin.status == 1, "\(lastAdmin.output)")
        #expect(lastAdmin.output.contains("last active administrator"), "\(lastAdmin.output)")

        #expect(try ServerProcess.run(["user", "enable", "camille", "--db", database]).status == 0)
        #expect(try Self.signIn(server, "camille") != nil)
    }

    @Test("refurb user password ends every session of the account; the new password signs in, the old one no longer")
    func passwordWithTheCommandLine() async throws {
        let folder = try TemporaryFolder()
        let database = folder.path + "/refurb.sqlite"
        let server = try ServerProcess(databasePath: database)
        defer { server.stop() }
        let admin = try await HTTPClient.admin(of: server)
        _ = try await admin.client(for: "camille", roles: ["shop"])
        let till = try #require(try Self.signIn(server, "camille"))
        let office = try #require(try Self.signIn(server, "camille"))

        let run = try ServerProcess.run(["user", "password", "camille", "--password-stdin", "--bcrypt-cost", "4", "--db", database],
                                        input: "another long password\n")
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("Open sessions closed: 2"), "\(run.output)")
        #expect(try Self.whoAmI(server, cookie: till.cookie) == 401)
        #expect(try Self.whoAmI(server, cookie: office.cookie) == 401)
        #expect(try Self.signIn(server, "camille") == nil)
        #expect(try Self.signIn(server, "camille", "another long password") != nil)
    }

    @Test("a password changed through the API with the current one ends the other sessions and keeps the one that changed it")
    func ownPasswordThroughTheAPI() async throws {
        let folder = try TemporaryFolder()
        let server = try ServerProcess(databasePath: folder.path + "/refurb.sqlite")
        defer { server.stop() }
        let admin = try await HTTPClient.admin(of: server)
        _ = try await admin.client(for: "camille", roles: ["intake"])
        let here = try #require(try Self.signIn(server, "camille"))
        let elsewhere = try #require(try Self.signIn(server, "camille"))

        func change(_ current: String) throws -> LoopbackHTTP.Answer {
            try LoopbackHTTP.send(LoopbackHTTP.Request(
                method: "PUT", path: "/api/session/password",
                headers: [("Content-Type", "application/json"), ("Cookie", here.cookie), ("X-CSRF-Token", here.csrf)],
                body: Data(#"{"currentPassword":"\#(current)","newPassword":"a brand new password"}"#.utf8)), port: server.port)
        }
        let wrong = try change("not the password")
        #expect(wrong.status == 422)
        #expect(try Self.whoAmI(server, cookie: elsewhere.cookie) == 200, "a refused change ends nothing")
        let changed = try change(Self.password)
        #expect(changed.status == 200, "\(changed.json)")
        #expect(changed.json["sessionsEnded"] as? Int == 1)
        #expect(try Self.whoAmI(server, cookie: here.cookie) == 200)
        #expect(try Self.whoAmI(server, cookie: elsewhere.cookie) == 401)
    }
}
