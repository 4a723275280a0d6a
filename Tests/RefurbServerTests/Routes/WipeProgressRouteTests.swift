import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import RefurbCore
@testable import RefurbServer
import RefurbStore
import RefurbWire
import Testing

/// The live board of wipes is fed by bench machines, unattended: it takes news only of existing devices
/// and their drives, in bounded sizes, keeps a bounded number of rows and forgets the silent ones.
@Suite("Wipe progress is bounded")
struct WipeProgressRouteTests {
    static func update(_ drive: String, done: Int64 = 10, phase: String = "write") -> String {
        DeviceLifeRouteTests.json(["drive": drive, "bytesDone": done, "bytesTotal": 1000, "phase": phase])
    }

    /// `count` devices taken in, without reports; their tags.
    static func devices(_ count: Int, in workshop: TestWorkshop) throws -> [String] {
        let actor = Actor(user: "test", station: "setup")
        let lot = try workshop.database.openLot(try LotInput(donorName: "Mairie"), receivedOn: "2026-11-28", actor: actor, at: Date())
        return try (0..<count).map { _ in
            try workshop.database.intake(try IntakeInput(lot: lot.code.text, category: "laptop"), actor: actor, at: Date()).assetTag.text
        }
    }

    static func board(_ client: some TestClientProtocol, _ workshop: TestWorkshop) async throws -> [[String: Any]] {
        try await client.execute(uri: "/api/wipes/progress", method: .get, headers: workshop.headers(.technician)) { response in
            (try JSONSerialization.jsonObject(with: Data(buffer: response.body))) as? [[String: Any]] ?? []
        }
    }

    @Test("news of a device that does not exist is a 404, of a misread tag a 400; nothing goes on the board")
    func unknownDevices() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let unknown = try await client.call(.post, "/api/devices/R000001L/erasures/progress", as: .technician, in: workshop,
                                                json: Self.update("S2X"))
            #expect(unknown.status == .notFound, "\(unknown.json)")
            #expect(unknown.json["code"] as? String == "device-not-found")
            let misread = try await client.call(.post, "/api/devices/R000001X/erasures/progress", as: .technician, in: workshop,
                                                json: Self.update("S2X"))
            #expect(misread.status == .badRequest)
            #expect(try await client.call(.get, "/api/devices/R000001L/erasures/progress", as: .technician, in: workshop).status == .notFound)
            #expect(try await Self.board(client, workshop).isEmpty)
        }
    }

    @Test("a huge or invisible drive name, a long phase and negative or absurd figures are 422s that name the field")
    func boundedSizes() async throws {
        let workshop = try TestWorkshop()
        let tag = try Self.devices(1, in: workshop)[0]
        try await workshop.application.test(.router) { client in
            let path = "/api/devices/\(tag)/erasures/progress"
            let refused: [(String, String)] = [
                (Self.update(String(repeating: "S", count: 100_000)), "drive"),
                (Self.update("S2X\u{202E}KCAB"), "drive"),
                (Self.update("S2X\n"), "drive"),
                (Self.update("  "), "drive"),
                (Self.update("S2X", phase: String(repeating: "w", count: 33)), "phase"),
                (Self.update("S2X", done: -1), "bytesDone"),
                (DeviceLifeRouteTests.json(["drive": "S2X", "bytesDone": 1, "bytesTotal": 2, "passes": 1_000_000]), "passes"),
            ]
            for (body, field) in refused {
                let answer = try await client.call(.post, path, as: .technician, in: workshop, json: body)
                #expect(answer.status == .unprocessableContent, "\(body.prefix(80)): \(answer.status)")
                #expect((answer.json["detail"] as? String)?.contains(field) == true, "\(answer.json)")
            }
            #expect(try await Self.board(client, workshop).isEmpty)
            let accepted = try await client.call(.post, path, as: .technician, in: workshop,
                                                 json: Self.update(String(repeating: "S", count: WipeProgressBoard.maximumDriveLength)))
            #expect(accepted.status == .noContent)
        }
    }

    @Test("once the device's report is in, a drive it did not find is refused, and shown refused; the message says to run the probe again")
    func onlyReportedDrives() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let tag = try await BenchRouteTests.deviceWithReport(client, workshop, report: String(decoding: LaptopReport.json, as: UTF8.self))
            let path = "/api/devices/\(tag)/erasures/progress"
            let stranger = try await client.call(.post, path, as: .technician, in: workshop, json: Self.update("NOT-IN-THE-REPORT"),
                                                 extraHeaders: [.acceptLanguage: "en"])
            #expect(stranger.status == .unprocessableContent)
            #expect((stranger.json["detail"] as? String)?.contains("run the probe again") == true, "\(stranger.json)")
            let drive = try #require(LaptopReport.driveKeys.first)
            #expect(try await client.call(.post, path, as: .technician, in: workshop, json: Self.update(drive)).status == .noContent)
            #expect(try await client.call(.post, path, as: .technician, in: workshop, json: Self.update(drive, done: 20)).status == .noContent)
            let rows = try await Self.board(client, workshop)
            #expect(rows.map { $0["drive"] as? String } == [drive, "NOT-IN-THE-REPORT"])
            #expect(rows.map { $0["state"] as? String } == ["running", "refused"])
            #expect(rows.first?["bytesDone"] as? Int == 20)
        }
    }

    @Test("10,000 posts for distinct drives keep the board within its bounds, and the bench page still lists it")
    func boundedEntries() async throws {
        let workshop = try TestWorkshop()
        let tags = try Self.devices(100, in: workshop)
        try await workshop.application.test(.router) { client in
            for index in 0..<10_000 {
                let tag = tags[index % tags.count]
                let answer = try await client.call(.post, "/api/devices/\(tag)/erasures/progress", as: .technician, in: workshop,
                                                   json: Self.update("DRIVE-\(index)"))
                if answer.status != .noContent {
                    Issue.record("post \(index): \(answer.status) \(answer.json)")
                    break
                }
            }
            let rows = try await Self.board(client, workshop)
            #expect(rows.count == WipeProgressBoard.defaultCapacity)
            let perDevice = Dictionary(grouping: rows) { $0["assetTag"] as? String ?? "" }
            #expect(perDevice.values.allSatisfy { $0.count <= WipeProgressBoard.defaultDrivesPerDevice })
            // The newest news stays: the last post is on the board, the first ones were pushed out.
            #expect(rows.contains { $0["drive"] as? String == "DRIVE-9999" })
            #expect(!rows.contains { $0["drive"] as? String == "DRIVE-0" })
            let bench = try await BenchRouteTests.page("/bench", as: .technician, client, workshop)
            #expect(bench.status == .ok)
        }
    }

    @Test("the board pushes out the oldest news first, per device and overall, and forgets what is silent for too long")
    func evictionAndExpiry() {
        let board = WipeProgressBoard(capacity: 5, drivesPerDevice: 3)
        let start = Date()
        let update = { (drive: String) in
            WipeProgressUpdate(drive: drive, bytesDone: 1, bytesTotal: 2, pass: nil, passes: nil, bytesPerSecond: nil, phase: nil)
        }
        for index in 0..<4 { board.record(update("A\(index)"), tag: "R000001L", at: start.addingTimeInterval(Double(index))) }
        #expect(board.current(tag: "R000001L", at: start.addingTimeInterval(10)).map(\.update.drive) == ["A1", "A2", "A3"])
        // News of a drive already on the board replaces it, and pushes nothing out.
        board.record(update("A1"), tag: "R000001L", at: start.addingTimeInterval(5))
        #expect(board.count == 3)
        for index in 0..<3 { board.record(update("B\(index)"), tag: "R000002J", at: start.addingTimeInterval(Double(6 + index))) }
        #expect(board.count == 5)
        #expect(board.current(tag: "R000001L", at: start.addingTimeInterval(10)).map(\.update.drive) == ["A1", "A3"],
                "A2, the oldest news of the whole board, went first")
        // Drive names are matched as certificates match them: case and spaces aside.
        #expect(board.knows(tag: "R000002J", drive: "b 0"))
        // An end keeps the drive on the board, no longer running (its next news is checked again), for a shorter time.
        board.end(tag: "R000002J", drive: "b0", as: .certified(id: "c", passed: true, reasons: []), update: update("B0"),
                  at: start.addingTimeInterval(9))
        #expect(board.count == 5)
        #expect(!board.knows(tag: "R000002J", drive: "B0"))
        let later = start.addingTimeInterval(5 + WipeProgressBoard.forgottenAfter)
        #expect(board.running(at: later).map(\.entry.update.drive) == ["B1", "B2"])
        #expect(board.count == 2)
    }
}
