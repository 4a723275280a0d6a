import Foundation
import Testing
@testable import RefurbClient

@Suite struct SubmitterTests {
    // MARK: submit

    @Test func aDeliveredSubmissionLeavesNothingInTheSpool() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let service = try FakeService()
        defer { service.stop() }
        let submission = makeSubmission("R000001L")

        let result = try await Submitter(spool: dir.spool, sender: SubmissionSender()).submit(submission, to: service.endpoint)

        guard case .delivered(let status, _) = result else {
            Issue.record("expected delivered, got \(result)")
            return
        }
        #expect(status == 201)
        #expect(service.processedKeys == [submission.id])
        #expect(try dir.spool.pending().isEmpty)
        #expect(fileNames(in: dir.spool.directory).isEmpty)
    }

    @Test func anUnreachableServiceSpoolsTheResultOnDisk() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let closed = try ClosedPort()
        let endpoint = ServiceEndpoint(baseURL: closed.baseURL, token: "t")
        let submission = makeSubmission("R000001L")

        let result = try await Submitter(spool: dir.spool, sender: SubmissionSender()).submit(submission, to: endpoint)

        guard case .spooled(let reason) = result else {
            Issue.record("expected spooled, got \(result)")
            return
        }
        #expect(reason.contains("refuse la connexion"))
        #expect(fileNames(in: dir.spool.directory) == ["\(submission.createdAtMillis)-\(submission.id).json"])
        #expect(try dir.spool.pending() == [submission])
        let text = result.text(language: "fr", summary: submission.summary, spool: dir.spool)
        #expect(text.contains("refurb sync"))
        #expect(text.contains(dir.spool.directory.path))
        withExtendedLifetime(closed) {}
    }

    @Test func aRefusalIsShownAndSetAsideNotSpooled() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let service = try FakeService(plan: [.refuse(status: 422, title: "Unprocessable Content", detail: "Le rapport ne contient aucun disque.")])
        defer { service.stop() }
        let submission = makeSubmission("R000001L")

        let result = try await Submitter(spool: dir.spool, sender: SubmissionSender()).submit(submission, to: service.endpoint)

        #expect(result == .refused(status: 422, message: "Le rapport ne contient aucun disque."))
        #expect(try dir.spool.pending().isEmpty)
        let name = "\(submission.createdAtMillis)-\(submission.id).json"
        #expect(fileNames(in: dir.spool.rejectedDirectory) == [name, name + ".reason.txt"])
        let reason = try String(contentsOf: dir.spool.rejectedDirectory.appendingPathComponent(name + ".reason.txt"), encoding: .utf8)
        #expect(reason.contains("HTTP 422: Le rapport ne contient aucun disque."))
        #expect(reason.contains(submission.summary))
    }

    @Test func aBusyServiceKeepsTheResult() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let service = try FakeService(plan: [.unavailable])
        defer { service.stop() }
        let submission = makeSubmission("R000001L")
        let result = try await Submitter(spool: dir.spool, sender: SubmissionSender()).submit(submission, to: service.endpoint)
        guard case .spooled = result else {
            Issue.record("expected spooled, got \(result)")
            return
        }
        #expect(try dir.spool.pending() == [submission])
        #expect(service.processedKeys.isEmpty)
    }

    @Test func aRefusedTokenKeepsTheResultInTheSpool() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let service = try FakeService()
        defer { service.stop() }
        let wrong = ServiceEndpoint(baseURL: service.server.baseURL, token: "mauvais")
        let submission = makeSubmission("R000001L")

        let result = try await Submitter(spool: dir.spool, sender: SubmissionSender()).submit(submission, to: wrong)

        guard case .refused(401, let message) = result else {
            Issue.record("expected a 401 refusal, got \(result)")
            return
        }
        #expect(message.contains("Jeton d'accès inconnu."))
        #expect(message.contains("refurb sync"))
        #expect(try dir.spool.pending() == [submission])
        #expect(!FileManager.default.fileExists(atPath: dir.spool.rejectedDirectory.path))
    }

    @Test func anUnwritableSpoolStillDeliversWhenTheServiceAnswers() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let blocker = dir.url.appendingPathComponent("not-a-folder")
        try Data("x".utf8).write(to: blocker)
        let spool = SubmissionSpool(directory: blocker.appendingPathComponent("spool"))
        let service = try FakeService()
        defer { service.stop() }
        let submission = makeSubmission("R000001L")

        let result = try await Submitter(spool: spool, sender: SubmissionSender()).submit(submission, to: service.endpoint)

        guard case .delivered = result else {
            Issue.record("expected delivered, got \(result)")
            return
        }
        #expect(service.processedKeys == [submission.id])
    }

    @Test func anUnwritableSpoolAndNoServiceIsAnErrorThatSaysSo() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let blocker = dir.url.appendingPathComponent("not-a-folder")
        try Data("x".utf8).write(to: blocker)
        let spool = SubmissionSpool(directory: blocker.appendingPathComponent("spool"))
        let closed = try ClosedPort()
        let submitter = Submitter(spool: spool, sender: SubmissionSender())

        await #expect(throws: ClientError.self) {
            _ = try await submitter.submit(makeSubmission("R000001L"), to: ServiceEndpoint(baseURL: closed.baseURL, token: "t"))
        }
        do {
            _ = try await submitter.submit(makeSubmission("R000002L"), to: ServiceEndpoint(baseURL: closed.baseURL, token: "t"))
        } catch {
            #expect(error.key == "submit.notSaved")
            #expect(error.english.contains("neither sent nor kept"))
        }
        withExtendedLifetime(closed) {}
    }

    // MARK: sync

    @Test func syncLaterDeliversEachSpooledResultExactlyOnceAndEmptiesTheSpool() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let closed = try ClosedPort()
        let submitter = Submitter(spool: dir.spool, sender: SubmissionSender())
        let submissions = (1...3).map { makeSubmission("R00000\($0)L", secondsAgo: Double(10 - $0)) }
        for submission in submissions {
            let result = try await submitter.submit(submission, to: ServiceEndpoint(baseURL: closed.baseURL, token: "t"))
            guard case .spooled = result else {
                Issue.record("expected spooled, got \(result)")
                return
            }
        }
        #expect(try dir.spool.pendingCount() == 3)

        let service = try FakeService()
        defer { service.stop() }
        let summary = try await submitter.sync(to: service.endpoint, progress: nil)

        #expect(summary == SyncSummary(delivered: 3, refused: [], remaining: 0, stoppedBecause: nil))
        #expect(service.processedKeys == submissions.map(\.id))
        #expect(service.requests.count == 3)
        for submission in submissions {
            #expect(service.body(forKey: submission.id) == submission.body)
        }
        #expect(fileNames(in: dir.spool.directory).isEmpty)

        // A second run finds nothing to send.
        let again = try await submitter.sync(to: service.endpoint, progress: nil)
        #expect(again == SyncSummary())
        #expect(service.requests.count == 3)
        withExtendedLifetime(closed) {}
    }

    @Test func aLostReplyIsResentWithTheSameKeyAndDeliveredOnce() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let service = try FakeService(plan: [.loseReply])
        defer { service.stop() }
        let submitter = Submitter(spool: dir.spool, sender: SubmissionSender())
        let submission = makeSubmission("R000001L")

        let first = try await submitter.submit(submission, to: service.endpoint)
        guard case .spooled = first else {
            Issue.record("expected spooled, got \(first)")
            return
        }
        #expect(try dir.spool.pending() == [submission])

        let summary = try await submitter.sync(to: service.endpoint, progress: nil)

        #expect(summary.delivered == 1)
        #expect(summary.remaining == 0)
        let attempts = service.requests(withKey: submission.id)
        #expect(attempts.count == 2)
        #expect(attempts.allSatisfy { $0.body == submission.body })
        #expect(service.processedKeys == [submission.id])
        #expect(try dir.spool.pending().isEmpty)
    }

    @Test func aRefusalDuringSyncIsSetAsideAndTheRestGoesOn() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let spool = dir.spool
        let a = makeSubmission("R000001L", secondsAgo: 30)
        let b = makeSubmission("R000002L", secondsAgo: 20)
        let c = makeSubmission("R000003L", secondsAgo: 10)
        for submission in [a, b, c] { try spool.enqueue(submission) }
        let service = try FakeService(plan: [.normal, .refuse(status: 404, title: "Not Found", detail: "Aucun appareil R000002L.")])
        defer { service.stop() }

        let summary = try await Submitter(spool: spool, sender: SubmissionSender()).sync(to: service.endpoint, progress: nil)

        #expect(summary == SyncSummary(
            delivered: 2,
            refused: [.init(summary: b.summary, status: 404, message: "Aucun appareil R000002L.")],
            remaining: 0, stoppedBecause: nil))
        #expect(service.processedKeys == [a.id, c.id])
        let name = "\(b.createdAtMillis)-\(b.id).json"
        #expect(fileNames(in: spool.rejectedDirectory) == [name, name + ".reason.txt"])
        let reason = try String(contentsOf: spool.rejectedDirectory.appendingPathComponent(name + ".reason.txt"), encoding: .utf8)
        #expect(reason.contains("Aucun appareil R000002L."))
    }

    @Test func aBusyServiceStopsTheSyncAndKeepsEverythingForNextTime() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let spool = dir.spool
        let a = makeSubmission("R000001L", secondsAgo: 30)
        let b = makeSubmission("R000002L", secondsAgo: 20)
        let c = makeSubmission("R000003L", secondsAgo: 10)
        for submission in [a, b, c] { try spool.enqueue(submission) }
        let service = try FakeService(plan: [.normal, .unavailable])
        defer { service.stop() }
        let submitter = Submitter(spool: spool, sender: SubmissionSender(language: "en"))

        let stopped = try await submitter.sync(to: service.endpoint, progress: nil)

        #expect(stopped.delivered == 1)
        #expect(stopped.remaining == 2)
        #expect(stopped.stoppedBecause == "the service is temporarily unavailable (HTTP 503)")
        #expect(service.requests.count == 2)  // c was not tried after the 503
        #expect(try spool.pending() == [b, c])
        #expect(stopped.text(language: "en").contains("2 result(s) still wait"))

        let resumed = try await submitter.sync(to: service.endpoint, progress: nil)
        #expect(resumed == SyncSummary(delivered: 2, refused: [], remaining: 0, stoppedBecause: nil))
        #expect(service.processedKeys == [a.id, b.id, c.id])
    }

    @Test func aRefusedTokenStopsTheSyncWithoutSettingResultsAside() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let spool = dir.spool
        let a = makeSubmission("R000001L", secondsAgo: 2)
        let b = makeSubmission("R000002L", secondsAgo: 1)
        for submission in [a, b] { try spool.enqueue(submission) }
        let service = try FakeService()
        defer { service.stop() }
        let wrong = ServiceEndpoint(baseURL: service.server.baseURL, token: "mauvais")

        let summary = try await Submitter(spool: spool, sender: SubmissionSender()).sync(to: wrong, progress: nil)

        #expect(summary.delivered == 0)
        #expect(summary.refused.isEmpty)
        #expect(summary.remaining == 2)
        #expect(summary.stoppedBecause?.contains("jeton") == true)
        #expect(service.requests.count == 1)
        #expect(try spool.pending() == [a, b])
    }

    @Test func aCorruptSpoolFileIsSetAsideAndTheRestIsSent() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let spool = dir.spool
        let a = makeSubmission("R000001L", secondsAgo: 30)
        let broken = makeSubmission("R000002L", secondsAgo: 20)
        let c = makeSubmission("R000003L", secondsAgo: 10)
        for submission in [a, broken, c] { try spool.enqueue(submission) }
        let brokenURL = spool.directory.appendingPathComponent("\(broken.createdAtMillis)-\(broken.id).json")
        let bytes = try Data(contentsOf: brokenURL)
        try bytes.prefix(40).write(to: brokenURL)  // truncated, as after a copy cut short
        let service = try FakeService()
        defer { service.stop() }

        let summary = try await Submitter(spool: spool, sender: SubmissionSender()).sync(to: service.endpoint, progress: nil)

        #expect(summary == SyncSummary(delivered: 2, refused: [], remaining: 0, stoppedBecause: nil))
        #expect(service.processedKeys == [a.id, c.id])
        #expect(fileNames(in: spool.rejectedDirectory).contains(brokenURL.lastPathComponent + ".reason.txt"))
        #expect(fileNames(in: spool.directory) == ["rejected"])
    }

    @Test func aCrashBetweenSpoolingAndSendingIsRecoveredBySync() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let submission = makeSubmission("R000001L")
        // What `submit` leaves behind if the process dies right after writing the file: the file alone.
        try dir.spool.enqueue(submission)
        let service = try FakeService()
        defer { service.stop() }

        let summary = try await Submitter(spool: dir.spool, sender: SubmissionSender()).sync(to: service.endpoint, progress: nil)

        #expect(summary.delivered == 1)
        #expect(service.processedKeys == [submission.id])
        #expect(service.requests.first?.header("Idempotency-Key") == submission.id)
        #expect(try dir.spool.pending().isEmpty)
    }

    @Test func aSecondSyncWhileOneRunsIsToldTheSpoolIsBusy() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let spool = dir.spool
        let a = makeSubmission("R000001L", secondsAgo: 2)
        let b = makeSubmission("R000002L", secondsAgo: 1)
        for submission in [a, b] { try spool.enqueue(submission) }
        let arrived = Signal()
        let gate = Gate()
        let service = try FakeService(plan: [.holdThenNormal(arrived: arrived, gate: gate)])
        defer {
            gate.open()
            service.stop()
        }
        let endpoint = service.endpoint

        let first = Task { try await Submitter(spool: spool, sender: SubmissionSender()).sync(to: endpoint, progress: nil) }
        #expect(await arrived.wait())

        // The first sync is in the middle of sending `a`.
        let error = await #expect(throws: ClientError.self) {
            _ = try await Submitter(spool: spool, sender: SubmissionSender()).sync(to: endpoint, progress: nil)
        }
        #expect(error?.key == "spool.busy")
        gate.open()

        let summary = try await first.value
        #expect(summary.delivered == 2)
        #expect(service.requests.count == 2)
        #expect(service.processedKeys == [a.id, b.id])
    }

    @Test func concurrentSyncsNeverSendAFileTwice() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let spool = dir.spool
        let submissions = (0..<12).map { makeSubmission(String(format: "R%06dL", $0), secondsAgo: Double(100 - $0)) }
        for submission in submissions { try spool.enqueue(submission) }
        let service = try FakeService()
        defer { service.stop() }
        let endpoint = service.endpoint

        // Rounds of four syncs at once, each its own Submitter and spool value (as separate processes would be),
        // until the spool is empty. Losers of the lock are told the spool is busy.
        var busy = 0
        for _ in 0..<20 where try spool.pendingCount() > 0 {
            let results = await withTaskGroup(of: Result<SyncSummary, ClientError>.self) { group in
                for _ in 0..<4 {
                    group.addTask {
                        do throws(ClientError) {
                            let submitter = Submitter(spool: SubmissionSpool(directory: spool.directory), sender: SubmissionSender())
                            return .success(try await submitter.sync(to: endpoint, progress: nil))
                        } catch {
                            return .failure(error)
                        }
                    }
                }
                var collected: [Result<SyncSummary, ClientError>] = []
                for await result in group { collected.append(result) }
                return collected
            }
            for result in results {
                if case .failure(let error) = result {
                    #expect(error.key == "spool.busy")
                    busy += 1
                }
            }
        }

        #expect(try spool.pendingCount() == 0)
        for submission in submissions {
            #expect(service.requests(withKey: submission.id).count == 1, "\(submission.summary) sent more than once")
        }
        #expect(Set(service.processedKeys) == Set(submissions.map(\.id)))
        #expect(service.requests.count == submissions.count)
    }

    @Test func aSyncSkipsTheResultASubmitIsSendingRightNow() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let spool = dir.spool
        let waiting = makeSubmission("R000001L", secondsAgo: 60)
        try spool.enqueue(waiting)
        let arrived = Signal()
        let gate = Gate()
        let service = try FakeService(plan: [.holdThenNormal(arrived: arrived, gate: gate)])
        defer {
            gate.open()
            service.stop()
        }
        let endpoint = service.endpoint
        let live = makeSubmission("R000002L")

        let submitting = Task { try await Submitter(spool: spool, sender: SubmissionSender()).submit(live, to: endpoint) }
        #expect(await arrived.wait())
        // `live` is in the spool (written before sending) but claimed by the submit in flight.
        #expect(try spool.pending().map(\.id) == [waiting.id, live.id])

        let summary = try await Submitter(spool: spool, sender: SubmissionSender()).sync(to: endpoint, progress: nil)
        #expect(summary.delivered == 1)
        #expect(service.requests(withKey: waiting.id).count == 1)
        #expect(service.requests(withKey: live.id).count == 1)

        gate.open()
        let result = try await submitting.value
        guard case .delivered = result else {
            Issue.record("expected delivered, got \(result)")
            return
        }
        #expect(service.requests(withKey: live.id).count == 1)
        #expect(try spool.pending().isEmpty)
    }

    @Test func syncReportsItsProgressInOrder() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let spool = dir.spool
        let a = makeSubmission("R000001L", secondsAgo: 3)
        let b = makeSubmission("R000002L", secondsAgo: 2)
        let c = makeSubmission("R000003L", secondsAgo: 1)
        for submission in [a, b, c] { try spool.enqueue(submission) }
        let service = try FakeService(plan: [.normal, .refuse(status: 422, title: "T", detail: "D"), .unavailable])
        defer { service.stop() }
        let events = Locked<[SyncProgress]>([])

        let summary = try await Submitter(spool: spool, sender: SubmissionSender(language: "en")).sync(to: service.endpoint) { event in
            events.withValue { $0.append(event) }
        }

        let unavailable = "the service is temporarily unavailable (HTTP 503)"
        #expect(events.current == [
            .started(total: 3),
            .sending(position: 1, total: 3, summary: a.summary),
            .delivered(summary: a.summary, status: 201),
            .sending(position: 2, total: 3, summary: b.summary),
            .refused(summary: b.summary, status: 422, message: "D"),
            .sending(position: 3, total: 3, summary: c.summary),
            .stopped(reason: unavailable),
        ])
        #expect(summary == SyncSummary(delivered: 1, refused: [.init(summary: b.summary, status: 422, message: "D")], remaining: 1, stoppedBecause: unavailable))
        #expect(SyncProgress.sending(position: 2, total: 3, summary: b.summary).text(language: "fr", spool: spool) == "Envoi 2/3 : rapport de diagnostic R000002L…")
        #expect(summary.text(language: "fr").contains("1 envoyé(s), 1 refusé(s), 1 en attente."))
    }

    @Test func anEmptySpoolSyncsWithoutTouchingTheNetwork() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let closed = try ClosedPort()
        let summary = try await Submitter(spool: dir.spool, sender: SubmissionSender())
            .sync(to: ServiceEndpoint(baseURL: closed.baseURL, token: "t"), progress: nil)
        #expect(summary == SyncSummary())
        #expect(SyncProgress.started(total: 0).text(language: "en", spool: dir.spool) == "The spool is empty: nothing to send.")
        withExtendedLifetime(closed) {}
    }
}
