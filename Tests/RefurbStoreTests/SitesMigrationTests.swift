import Foundation
import GRDB
import Testing
import RefurbCore
@testable import RefurbStore

/// v18-sites on a workshop's existing database: one site appears, and everything it held is in it.
@Suite("Sites in an existing database")
struct SitesMigrationTests {
    /// A database at v17 holding a lot with two devices (one intake undone), an admin and a volunteer, a
    /// token and a station key, and the workshop's identity when `identity` is given.
    func oldDatabase(identity: (name: String, address: String)?, at path: String) throws {
        let first = try #require(AssetTag(sequence: 1)).text, second = try #require(AssetTag(sequence: 2)).text
        let old = try DatabaseQueue(path: path)
        try AppDatabase.migrator.migrate(old, upTo: "v17-second-hand-register")
        try old.write { db in
            try db.execute(sql: """
                INSERT INTO donor (id, name, createdAt) VALUES (1, 'Mairie', '2026-11-28 08:00:00');
                INSERT INTO lot (id, code, year, number, donorId, site, receivedOn, createdAt)
                    VALUES (1, 'LOT-2026-0001', 2026, 1, 1, 'Déchèterie de Rezé', '2026-11-28', '2026-11-28 08:00:00');
                INSERT INTO device (id, assetTag, lotId, category, stage, createdAt, updatedAt, voidedAt) VALUES
                    (1, '\(first)', 1, 'laptop', 'received', '2026-11-28 08:00:00', '2026-11-28 08:00:00', NULL),
                    (2, '\(second)', 1, 'laptop', 'received', '2026-11-28 08:00:00', '2026-11-28 08:00:00', '2026-11-28 08:01:00');
                INSERT INTO account (id, username, passwordHash, roles, createdAt) VALUES
                    (1, 'admin', 'x', 'admin,shop', '2026-11-28 08:00:00'),
                    (2, 'camille', 'x', 'intake,technician', '2026-11-28 08:00:00');
                INSERT INTO apiToken (name, secretHash, accountId, station, createdAt)
                    VALUES ('banc 1', 'hash', 2, 'bench-1', '2026-11-28 08:00:00');
                INSERT INTO stationKey (name, keyId, publicKey, createdAt)
                    VALUES ('Poste 1', 'k-1', 'cHVibGlj', '2026-11-28 08:00:00');
                """)
            if let identity {
                try db.execute(sql: """
                    INSERT INTO workshopIdentity (id, name, address, savedAt, savedBy) VALUES (1, ?, ?, '2026-11-28 08:00:00', 'admin')
                    """, arguments: [identity.name, identity.address])
            }
        }
        try old.close()
    }

    func withFolder(_ body: (String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("refurb-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder.appendingPathComponent("refurb.sqlite").path)
    }

    @Test("a v17 database migrates with its lots, devices, tokens and keys in one first site named after the workshop, and its accounts' roles at it")
    func migratesIntoTheFirstSite() throws {
        try withFolder { path in
            try oldDatabase(identity: ("Atelier du Bocage", "3 rue des Lilas\n79300 Bressuire"), at: path)
            let database = try AppDatabase.open(path: path)
            let code = SiteCode(trusted: "ATELIER-DU")
            let site = Site(id: 1, code: code, name: "Atelier du Bocage", addressLines: ["3 rue des Lilas", "79300 Bressuire"])
            #expect(try database.sites() == [site])
            for table in ["lot", "device", "apiToken", "stationKey"] {
                let sites = try database.reader.read { db in try Int64.fetchAll(db, sql: "SELECT DISTINCT siteId FROM \(table)") }
                #expect(sites == [1], "\(table)")
            }
            let lot = try LotCode(parsing: "LOT-2026-0001")
            #expect(try database.site(ofLot: lot) == site)
            #expect(try database.lot(code: lot)?.lot.site == "Déchèterie de Rezé")
            let tag = try #require(AssetTag(sequence: 1))
            #expect(try database.locate(scan: tag.text) == LocatedDevice(device: try #require(try database.device(tag: tag)), site: site))
            #expect(try database.stockBySite() == [SiteStock(site: site, countsByStage: [.received: 1])])
            #expect(try database.grants(of: "admin") == [.network(.admin), .site(code, .shop), .site(code, .admin)])
            #expect(try database.grants(of: "camille") == [.site(code, .intake), .site(code, .technician)])
            #expect(try database.readableSites(of: "camille") == [site])

            // What comes next goes to that site too, and a second site can be opened beside it.
            let next = try database.openLot(try LotInput(donorName: "Mairie"), receivedOn: "2026-12-01",
                                            actor: Actor(user: "camille", station: "intake-1"), at: Date())
            #expect(try database.site(ofLot: next.code) == site)
            _ = try database.createSite(try SiteInput(code: "NIORT", name: "Niort"), actor: Actor(user: "admin", station: "office"), at: Date())
            #expect(try database.sites().map(\.code.text) == ["ATELIER-DU", "NIORT"])
        }
    }

    @Test("without a saved identity the first site is ATELIER")
    func firstSiteWithoutIdentity() throws {
        try withFolder { path in
            try oldDatabase(identity: nil, at: path)
            let database = try AppDatabase.open(path: path)
            #expect(try database.sites() == [Site(id: 1, code: .firstSite, name: "Atelier")])
        }
    }

    @Test("the first site's code comes from the workshop's name: whole words without accents, up to 12 characters")
    func derivedCodes() {
        #expect(SiteCode.derived(fromWorkshopName: "Envie Rennes").text == "ENVIE-RENNES")
        #expect(SiteCode.derived(fromWorkshopName: "Atelier du Bocage").text == "ATELIER-DU")
        #expect(SiteCode.derived(fromWorkshopName: "Emmaüs Connect Lyon").text == "EMMAUS")
        #expect(SiteCode.derived(fromWorkshopName: "Récupérathèque").text == "RECUPERATHEQ")
        #expect(SiteCode.derived(fromWorkshopName: "l'Atelier").text == "L-ATELIER")
        #expect(SiteCode.derived(fromWorkshopName: "2 roues").text == "ATELIER")
        #expect(SiteCode.derived(fromWorkshopName: "À").text == "ATELIER")
        #expect(SiteCode.derived(fromWorkshopName: nil).text == "ATELIER")
    }
}
