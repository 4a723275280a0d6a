import Foundation
import Testing
@testable import RefurbClient

@Suite struct ProgressReporterTests {
    private struct WipeProgress: Codable, Sendable, Equatable {
        let device: String
        let percent: Int
    }

    @Test func postsTheUpdateAsJSONToItsPath() async throws {
        let service = try FakeService()
        defer { service.stop() }
        let reporter = ProgressReporter(endpoint: service.endpoint, path: "/api/devices/R000001L/wipe-progress", minimumInterval: .zero)

        #expect(reporter.report(WipeProgress(device: "/dev/sda", percent: 42)))
        await reporter.finish()

        let request = try #require(service.requests.first)
        #expect(request.target == "/api/devices/R000001L/wipe-progress")
        #expect(request.header("Authorization") == "Bearer \(service.token)")
        #expect(request.header("Content-Type") == "application/json")
        #expect(try JSONDecoder().decode(WipeProgress.self, from: request.body) == WipeProgress(device: "/dev/sda", percent: 42))
        #expect(reporter.statistics == ProgressReporter.Statistics(sent: 1, failed: 0, dropped: 0, lastFailure: nil))
    }

    @Test func updatesWhileOneIsInFlightAreDropped() async throws {
        let arrived = Signal()
        let gate = Gate()
        let service = try FakeService(plan: [.holdThenNormal(arrived: arrived, gate: gate)])
        defer {
            gate.open()
            service.stop()
        }
        // The held request must outlive the whole exchange, however slowly a loaded machine runs the test: with the
        // reporter's 5 s default, a fresh-clone run of the whole suite timed it out (sent 0, failed 1).
        let reporter = ProgressReporter(endpoint: service.endpoint, path: "/p", sender: SubmissionSender(timeout: .seconds(120)),
                                        minimumInterval: .zero)

        #expect(reporter.report(WipeProgress(device: "/dev/sda", percent: 1)))
        #expect(await arrived.wait())
        #expect(!reporter.report(WipeProgress(device: "/dev/sda", percent: 2)))
        #expect(!reporter.report(WipeProgress(device: "/dev/sda", percent: 3)))
        gate.open()
        await reporter.finish()

        #expect(reporter.statistics.sent == 1)
        #expect(reporter.statistics.dropped == 2)
        #expect(service.requests.count == 1)

        // Once the answer is in, the next update goes.
        #expect(reporter.report(WipeProgress(device: "/dev/sda", percent: 4)))
        await reporter.finish()
        #expect(reporter.statistics.sent == 2)
    }

    @Test func updatesComingTooSoonAfterTheLastAreDropped() async throws {
        let service = try FakeService()
        defer { service.stop() }
        let reporter = ProgressReporter(endpoint: service.endpoint, path: "/p", minimumInterval: .seconds(3600))

        #expect(reporter.report(WipeProgress(device: "/dev/sda", percent: 1)))
        await reporter.finish()
        #expect(!reporter.report(WipeProgress(device: "/dev/sda", percent: 2)))
        await reporter.finish()

        #expect(service.requests.count == 1)
        #expect(reporter.statistics.sent == 1)
        #expect(reporter.statistics.dropped == 1)
    }

    @Test func failuresAreCountedNotThrownAndNothingIsSpooled() async throws {
        let closed = try ClosedPort()
        let reporter = ProgressReporter(
            endpoint: ServiceEndpoint(baseURL: closed.baseURL, token: "t"), path: "/p",
            sender: SubmissionSender(timeout: .seconds(2), language: "en"), minimumInterval: .zero)

        #expect(reporter.report(json: Data(#"{"percent":1}"#.utf8)))
        await reporter.finish()
        #expect(reporter.report(json: Data(#"{"percent":2}"#.utf8)))
        await reporter.finish()

        #expect(reporter.statistics.failed == 2)
        #expect(reporter.statistics.sent == 0)
        #expect(reporter.statistics.lastFailure == "the service refuses the connection, it may be stopped")
        withExtendedLifetime(closed) {}
    }

    @Test func aRefusedUpdateIsCountedAsAFailure() async throws {
        let service = try FakeService(plan: [.refuse(status: 404, title: "Not Found", detail: "Aucun effacement en cours.")])
        defer { service.stop() }
        let reporter = ProgressReporter(endpoint: service.endpoint, path: "/p", minimumInterval: .zero)
        reporter.report(json: Data("{}".utf8))
        await reporter.finish()
        #expect(reporter.statistics.failed == 1)
        #expect(reporter.statistics.lastFailure == "HTTP 404: Aucun effacement en cours.")
    }
}
