import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import RefurbCore
@testable import RefurbServer
@testable import RefurbStore
import Testing

/// A full disk is told as such (507, in the caller's language, saying what to do), not as a fault.
/// SQLite's page limit (`PRAGMA max_page_count`) makes a database full as a full disk does: SQLITE_FULL.
/// The real ENOSPC, on a small filesystem, is in `FullDiskProcessTests`.
@Suite("A full disk is a 507")
struct DiskFullProblemTests {
    @Test("an intake that meets a full database is a 507 saying the disk is full, in French or English, and nothing is recorded")
    func fullDatabase() async throws {
        let workshop = try TestWorkshop()
        let actor = Actor(user: "test", station: "setup")
        let lot = try workshop.database.openLot(try LotInput(donorName: "Mairie"), receivedOn: "2026-11-28", actor: actor, at: Date())
        try await workshop.database.writer.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(pages)")
        }
        try await workshop.application.test(.router) { client in
            var full: (status: HTTPResponse.Status, json: [String: Any])?
            for index in 0..<5_000 {
                let answer = try await client.call(.post, "/api/devices", as: .intake, in: workshop,
                                                   json: #"{"lot":"\#(lot.code.text)","category":"laptop","serial":"FULL-\#(index)-\#(String(repeating: "X", count: 40))"}"#,
                                                   extraHeaders: [.acceptLanguage: index % 2 == 0 ? "fr" : "en"])
                if answer.status != .created {
                    full = (answer.status, answer.json)
                    break
                }
            }
            let refusal = try #require(full, "5,000 intakes fitted in the database's last pages")
            #expect(refusal.status.code == 507, "\(refusal.json)")
            #expect(refusal.json["code"] as? String == "disk-full")
            let detail = refusal.json["detail"] as? String ?? ""
            #expect(detail.contains("disque du serveur est plein") || detail.contains("server's disk is full"), "\(detail)")
            #expect(detail.contains("libérer de la place") || detail.contains("space must be freed"))

            let french = try await client.call(.post, "/api/devices", as: .intake, in: workshop,
                                               json: #"{"lot":"\#(lot.code.text)","category":"laptop","serial":"FULL-FR-\#(String(repeating: "Y", count: 40))"}"#,
                                               extraHeaders: [.acceptLanguage: "fr"])
            #expect(french.status.code == 507)
            #expect((french.json["detail"] as? String)?.hasPrefix("Le disque du serveur est plein") == true, "\(french.json)")
            // Reads go on.
            #expect(try await client.call(.get, "/healthz", as: nil, in: workshop).status == .ok)
            #expect(try await client.call(.get, "/api/lots/\(lot.code.text)", as: .shop, in: workshop).status == .ok)
        }
        let devices = try workshop.database.devices(matching: DeviceFilter(limit: 10_000))
        #expect(devices.allSatisfy { try! workshop.database.history(of: $0.assetTag).count == 1 }, "no half-recorded intake")
    }
}
