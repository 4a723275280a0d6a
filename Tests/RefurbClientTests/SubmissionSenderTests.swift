import Foundation
import Testing
@testable import RefurbClient

@Suite struct SubmissionSenderTests {
    private let endpointToken = "jeton-de-test"

    @Test func sendsTheBearerTheIdempotencyKeyAndTheBodyAsGiven() async throws {
        let service = try FakeService(token: endpointToken)
        defer { service.stop() }
        let submission = makeSubmission("R000001L", body: #"{"assetTag":"R000001L","note":"écran rayé"}"#)

        let outcome = await SubmissionSender().send(submission, to: service.endpoint)

        guard case .accepted(let status, let body) = outcome else {
            Issue.record("expected accepted, got \(outcome)")
            return
        }
        #expect(status == 201)
        #expect(String(decoding: body, as: UTF8.self).contains(submission.id))
        let request = try #require(service.requests.first)
        #expect(service.requests.count == 1)
        #expect(request.method == "POST")
        #expect(request.target == "/api/devices/R000001L/diagnostics")
        #expect(request.header("Authorization") == "Bearer \(endpointToken)")
        #expect(request.header("Idempotency-Key") == submission.id)
        #expect(request.header("Content-Type") == "application/json")
        #expect(request.header("Accept") == "application/json")
        #expect(request.header("Accept-Language") == "fr")
        #expect(request.header("Expect") == nil)
        #expect(request.body == submission.body)
    }

    @Test func aLargeBodyArrivesIntact() async throws {
        let service = try FakeService()
        defer { service.stop() }
        let big = "{\"lines\":[" + (0..<20_000).map { "\"ligne \($0)\"" }.joined(separator: ",") + "]}"
        let submission = makeSubmission("R000001L", body: big)
        let outcome = await SubmissionSender().send(submission, to: service.endpoint)
        #expect(outcome.isAccepted)
        #expect(service.body(forKey: submission.id) == submission.body)
    }

    @Test func aPathPrefixInTheServiceAddressIsKept() async throws {
        let service = try FakeService()
        defer { service.stop() }
        let endpoint = ServiceEndpoint(baseURL: service.server.baseURL.appendingPathComponent("refurb"), token: service.token)
        _ = await SubmissionSender().send(makeSubmission("R000001L"), to: endpoint)
        #expect(service.requests.first?.target == "/refurb/api/devices/R000001L/diagnostics")
    }

    @Test func aReplayedAnswerIsAccepted() async throws {
        let service = try FakeService()
        defer { service.stop() }
        let submission = makeSubmission("R000001L")
        let first = await SubmissionSender().send(submission, to: service.endpoint)
        let second = await SubmissionSender().send(submission, to: service.endpoint)
        #expect(first.isAccepted)
        #expect(second == first)
        #expect(service.requests.count == 2)
        #expect(service.processedKeys == [submission.id])
    }

    @Test func aProblemDetailsRefusalGivesItsDetail() async throws {
        let service = try FakeService(plan: [.refuse(status: 422, title: "Unprocessable Content", detail: "L'étiquette R000001L est inconnue.")])
        defer { service.stop() }
        let outcome = await SubmissionSender().send(makeSubmission("R000001L"), to: service.endpoint)
        #expect(outcome == .refused(status: 422, message: "L'étiquette R000001L est inconnue."))
    }

    @Test func aRefusalWithATitleOnlyGivesTheTitle() async throws {
        let service = try FakeService(plan: [.refuse(status: 409, title: "Conflict", detail: nil)])
        defer { service.stop() }
        let outcome = await SubmissionSender().send(makeSubmission("R000001L"), to: service.endpoint)
        #expect(outcome == .refused(status: 409, message: "Conflict"))
    }

    @Test func aWrongTokenIsRefusedWithTheServiceMessage() async throws {
        let service = try FakeService()
        defer { service.stop() }
        let endpoint = ServiceEndpoint(baseURL: service.server.baseURL, token: "mauvais")
        let outcome = await SubmissionSender().send(makeSubmission("R000001L"), to: endpoint)
        #expect(outcome == .refused(status: 401, message: "Jeton d'accès inconnu."))
    }

    @Test func aBusyServiceIsUnreachable() async throws {
        let service = try FakeService(plan: [.unavailable])
        defer { service.stop() }
        let outcome = await SubmissionSender(language: "en").send(makeSubmission("R000001L"), to: service.endpoint)
        #expect(outcome == .unreachable(reason: "the service is temporarily unavailable (HTTP 503)"))
    }

    @Test func tooManyRequestsIsUnreachable() async throws {
        let server = try StubHTTPServer { _ in .problem(429, title: "Too Many Requests", detail: "Ralentissez.") }
        defer { server.stop() }
        let outcome = await SubmissionSender().send(makeSubmission("R000001L"), to: ServiceEndpoint(baseURL: server.baseURL, token: "t"))
        #expect(!outcome.isAccepted && outcome.isUnreachable)
    }

    @Test func aClosedPortIsUnreachable() async throws {
        let closed = try ClosedPort()
        let outcome = await SubmissionSender(language: "en").send(makeSubmission("R000001L"), to: ServiceEndpoint(baseURL: closed.baseURL, token: "t"))
        #expect(outcome == .unreachable(reason: "the service refuses the connection, it may be stopped"))
        withExtendedLifetime(closed) {}
    }

    @Test func aLostReplyIsUnreachable() async throws {
        let service = try FakeService(plan: [.loseReply])
        defer { service.stop() }
        let submission = makeSubmission("R000001L")
        let outcome = await SubmissionSender().send(submission, to: service.endpoint)
        #expect(outcome.isUnreachable)
        // The service did get it; only the answer was lost. Sent once, not retried behind our back.
        #expect(service.processedKeys == [submission.id])
        #expect(service.requests.count == 1)
    }

    @Test func noAnswerInTimeIsUnreachable() async throws {
        let gate = Gate()
        let server = try StubHTTPServer { _ in .after(gate, .respond(.json(201, "{}"))) }
        defer {
            gate.open()
            server.stop()
        }
        let sender = SubmissionSender(timeout: .seconds(1), language: "en")
        let outcome = await sender.send(makeSubmission("R000001L"), to: ServiceEndpoint(baseURL: server.baseURL, token: "t"))
        #expect(outcome == .unreachable(reason: "no answer from the service in time"))
    }

    @Test func timeoutsAreWholeSecondsOfAtLeastOne() {
        // Callers have always had whole seconds; and curl would read 0 as "no limit at all".
        #expect(SubmissionSender(timeout: .milliseconds(500)).timeoutSeconds == 1)
        #expect(SubmissionSender(timeout: .milliseconds(1500)).timeoutSeconds == 2)
        #expect(SubmissionSender(timeout: .seconds(15)).timeoutSeconds == 15)
        #expect(SubmissionSender(timeout: .zero).timeoutSeconds == 1)
    }

    @Test func aFailedTLSHandshakeIsUnreachable() async throws {
        let server = try StubHTTPServer { _ in .respond(.json(201, "{}")) }
        defer { server.stop() }
        let https = URL(string: "https://127.0.0.1:\(server.port)")!
        let outcome = await SubmissionSender(timeout: .seconds(5), language: "en").send(makeSubmission("R000001L"), to: ServiceEndpoint(baseURL: https, token: "t"))
        #expect(outcome == .unreachable(reason: "the secure (TLS) connection to the service failed"))
        #expect(server.requests.isEmpty)
    }

    @Test func anUnknownHostNameIsUnreachable() async throws {
        // ".invalid" never resolves (RFC 2606); without DNS at all this ends in a timeout, unreachable too.
        let endpoint = ServiceEndpoint(baseURL: URL(string: "http://refurb-service.invalid:8080")!, token: "t")
        let outcome = await SubmissionSender(timeout: .seconds(3)).send(makeSubmission("R000001L"), to: endpoint)
        #expect(outcome.isUnreachable)
    }

    @Test func aRedirectIsNotFollowedAndKeepsTheSubmission() async throws {
        let server = try StubHTTPServer { _ in
            .respond(StubResponse(status: 302, headers: [("Location", "http://127.0.0.1:1/elsewhere")]))
        }
        defer { server.stop() }
        let outcome = await SubmissionSender(language: "en").send(makeSubmission("R000001L"), to: ServiceEndpoint(baseURL: server.baseURL, token: "t"))
        guard case .unreachable(let reason) = outcome else {
            Issue.record("expected unreachable, got \(outcome)")
            return
        }
        #expect(reason.contains("302"))
        #expect(server.requests.count == 1)
        #expect(server.requests.first?.method == "POST")
    }

    @Test func theRedirectTargetIsNamedInTheReason() async throws {
        let server = try StubHTTPServer { _ in
            .respond(StubResponse(status: 301, headers: [("Location", "https://refurb.example/api")]))
        }
        defer { server.stop() }
        let outcome = await SubmissionSender(language: "en").send(makeSubmission("R000001L"), to: ServiceEndpoint(baseURL: server.baseURL, token: "t"))
        #expect(outcome == .unreachable(reason: "the service redirects to another address (HTTP 301, https://refurb.example/api): check the service address"))
    }

    @Test func anotherMethodIsSentAsItIsWithItsBody() async throws {
        let service = try FakeService()
        defer { service.stop() }
        let submission = Submission(method: "PUT", path: "/api/devices/R000001L/label", body: Data(#"{"printed":true}"#.utf8), summary: "étiquette")
        let outcome = await SubmissionSender().send(submission, to: service.endpoint)
        #expect(outcome.isAccepted)
        #expect(service.requests.first?.method == "PUT")
        #expect(service.requests.first?.body == submission.body)
    }

    @Test func aLineBreakInTheTokenCannotAddAHeader() async throws {
        let server = try StubHTTPServer { _ in .respond(.json(201, "{}")) }
        defer { server.stop() }
        let endpoint = ServiceEndpoint(baseURL: server.baseURL, token: "t\r\nX-Injected: oui")
        _ = await SubmissionSender().send(makeSubmission("R000001L"), to: endpoint)
        let request = try #require(server.requests.first)
        #expect(request.header("X-Injected") == nil)
        #expect(request.header("Authorization") == "Bearer t  X-Injected: oui")
    }

    @Test func cancellingASendThatGetsNoAnswerEndsItPromptly() async throws {
        let gate = Gate()
        let arrived = Signal()
        let server = try StubHTTPServer { _ in
            arrived.fire()
            return .after(gate, .respond(.json(201, "{}")))
        }
        defer {
            gate.open()
            server.stop()
        }
        let sender = SubmissionSender(timeout: .seconds(120), language: "en")
        let endpoint = ServiceEndpoint(baseURL: server.baseURL, token: "t")
        let clock = ContinuousClock()
        let task = Task { await sender.send(makeSubmission("R000001L"), to: endpoint) }
        // Generous: under the whole suite, other tests' blocking waits can hold this process's task threads for
        // tens of seconds before the send even starts (20 s was once not enough).
        #expect(await arrived.wait(seconds: 90))
        try await Task.sleep(for: .milliseconds(200))
        let cancelledAt = clock.now
        task.cancel()
        let outcome = await task.value
        // curl looks at the flag about once a second while it waits. Not a timing check: the bound only tells the
        // cancellation apart from the 120 s timeout that would end the send without it (the whole suite running
        // beside this test once made the end take 17 s).
        #expect(clock.now - cancelledAt < .seconds(60))
        #expect(outcome == .unreachable(reason: "sending stopped before the service answered"))
    }

    @Test func aSendFromAnAlreadyCancelledTaskSendsNothing() async throws {
        let server = try StubHTTPServer { _ in .respond(.json(201, "{}")) }
        defer { server.stop() }
        let endpoint = ServiceEndpoint(baseURL: server.baseURL, token: "t")
        let task = Task {
            try? await Task.sleep(for: .seconds(30))
            return await SubmissionSender().send(makeSubmission("R000001L"), to: endpoint)
        }
        task.cancel()
        #expect(await task.value.isUnreachable)
        #expect(server.requests.isEmpty)
    }

    @Test func aMissingLibcurlSaysWhatToInstall() {
        let detail = "libcurl.so.4: cannot open shared object file: No such file or directory"
        for language in ["fr", "en"] {
            let reason = SubmissionSender(language: language).reason(for: .libcurlMissing(detail: detail), host: "h")
            #expect(reason.contains("libcurl4"))
            #expect(reason.contains(detail))
        }
    }

    @Test func transferFailuresGiveTheExistingReasons() {
        let sender = SubmissionSender(language: "en")
        #expect(sender.reason(for: .transfer(.dns, code: 6, description: "x"), host: "atelier.example")
            == "service name not found (atelier.example)")
        #expect(sender.reason(for: .transfer(.noNetwork, code: 7, description: "x"), host: "h") == "no network")
        #expect(sender.reason(for: .transfer(.connectionLost, code: 52, description: "Empty reply from server"), host: "h")
            == "connection lost before the service answered")
        #expect(sender.reason(for: .transfer(.other, code: 3, description: "URL using bad/illegal format"), host: "h")
            == "network error (3: URL using bad/illegal format)")
    }

    @Test func onlyHTTPAddressesAreTried() async {
        let endpoint = ServiceEndpoint(baseURL: URL(string: "file:///etc")!, token: "t")
        #expect(await SubmissionSender().send(makeSubmission("R000001L"), to: endpoint).isUnreachable)
    }
}

extension SendOutcome {
    var isAccepted: Bool {
        if case .accepted = self { return true }
        return false
    }

    var isUnreachable: Bool {
        if case .unreachable = self { return true }
        return false
    }
}
