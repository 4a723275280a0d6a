import Foundation
import RefurbCore
import RefurbPostgres
import RefurbStore
import Testing

/// Sites and the roles held at them (issue 16): the same promises on every engine.
@Suite("The site contract, on each engine")
struct SiteContractTests {
    static let admin = Actor(user: "admin", station: "office")
    static let volunteer = Actor(user: "camille", station: "intake-1")
    static let monday = Date(timeIntervalSince1970: 1_796_000_000)
    static let lyon = SiteCode(trusted: "LYON")
    static let first = SiteCode.firstSite

    typealias Store = any InventoryStore & SiteStore & AccessStore

    func withSites(_ engine: StoreEngine, _ body: (Store) async throws -> Void) async throws {
        try await engine.withStore { store in
            try await body(try #require(store as? Store))
        }
    }

    func openLyon(_ store: Store) async throws -> Site {
        try await store.createSite(try SiteInput(code: "lyon", name: "Atelier de Lyon", address: "12 rue Garibaldi\n\n69003 Lyon"),
                                   actor: Self.admin, at: Self.monday)
    }

    @Test("a new database has one site, the first, which holds every lot and device opened without naming a site", arguments: StoreEngine.available)
    func firstSiteHoldsEverything(engine: StoreEngine) async throws {
        try await withSites(engine) { store in
            let sites = try await store.sites()
            #expect(sites.map(\.code) == [Self.first])
            #expect(sites.first?.name == "Atelier")
            let lot = try await store.openLot(try LotInput(donorName: "Mairie de Rezé", site: "Déchèterie de Rezé"),
                                              receivedOn: "2026-12-07", actor: Self.volunteer, at: Self.monday)
            let device = try await store.intake(try IntakeInput(lot: lot.code.text, category: "laptop", serial: "5CG7301XYZ"),
                                                actor: Self.volunteer, at: Self.monday)
            #expect(try await store.site(ofLot: lot.code).code == Self.first)
            // The lot's own `site` is where its equipment was collected, kept as typed.
            #expect(try await store.lot(code: lot.code)?.lot.site == "Déchèterie de Rezé")
            #expect(try await store.locate(scan: device.assetTag.text).site.code == Self.first)
            let stock = try await store.stockBySite()
            #expect(stock.map(\.site.code) == [Self.first])
            #expect(stock.first?.countsByStage == [.received: 1])
        }
    }

    @Test("a second site: lots opened there hold its devices, and the stock is counted by site and stage", arguments: StoreEngine.available)
    func secondSite(engine: StoreEngine) async throws {
        try await withSites(engine) { store in
            let lyon = try await openLyon(store)
            #expect(lyon.code == Self.lyon)
            #expect(lyon.addressLines == ["12 rue Garibaldi", "69003 Lyon"])
            #expect(try await store.site(code: Self.lyon) == lyon)
            #expect(try await store.sites().map(\.code) == [Self.first, Self.lyon])

            let here = try await store.openLot(try LotInput(donorName: "Entreprise Durand"), receivedOn: "2026-12-07",
                                               actor: Self.volunteer, at: Self.monday)
            let there = try await store.openLot(try LotInput(donorName: "Entreprise Durand"), in: Self.lyon, receivedOn: "2026-12-07",
                                                actor: Self.volunteer, at: Self.monday)
            // Lot numbers run across the network.
            #expect([here.code.text, there.code.text] == ["LOT-2026-0001", "LOT-2026-0002"])
            #expect(try await store.site(ofLot: there.code) == lyon)
            #expect(try await store.history(ofLot: there.code).map(\.change) == [.lotOpened(code: there.code, donor: "Entreprise Durand")])

            _ = try await store.intake(try IntakeInput(lot: here.code.text, category: "laptop"), actor: Self.volunteer, at: Self.monday)
            let a = try await store.intake(try IntakeInput(lot: there.code.text, category: "laptop"), actor: Self.volunteer, at: Self.monday)
            _ = try await store.intake(try IntakeInput(lot: there.code.text, category: "desktop"), actor: Self.volunteer, at: Self.monday)
            _ = try await store.intake(try IntakeInput(lot: there.code.text, category: "phone"), actor: Self.volunteer, at: Self.monday)
            _ = try await store.move(a.assetTag, to: .forParts, reason: "carte mère HS", expectedVersion: 1,
                                     actor: Self.volunteer, at: Self.monday)

            let stock = try await store.stockBySite()
            #expect(stock.map(\.site.code) == [Self.first, Self.lyon])
            #expect(stock.map(\.countsByStage) == [[.received: 1], [.received: 2, .forParts: 1]])
            #expect(stock.map(\.total) == [1, 3])
            // The network's counts are the sites' counts added up.
            #expect(try await store.deviceCountsByStage() == ["received": 3, "for-parts": 1])

            let renamed = try await store.renameSite(Self.lyon, to: try SiteDetails(name: "Atelier de Lyon 3e", address: ""),
                                                     actor: Self.admin, at: Self.monday)
            #expect(renamed == Site(id: lyon.id, code: Self.lyon, name: "Atelier de Lyon 3e"))
            #expect(try await store.site(code: Self.lyon) == renamed)
            #expect(try await store.administrationEvents(limit: 2).map(\.change) == [
                .administered(action: "site-renamed", subject: "LYON (Atelier de Lyon 3e)"),
                .administered(action: "site-created", subject: "LYON (Atelier de Lyon)"),
            ])
        }
    }

    @Test("a bad site code, a code taken or an unknown site is refused, and nothing is written", arguments: StoreEngine.available)
    func refusals(engine: StoreEngine) async throws {
        #expect(throws: SiteError.codeMalformed("ly on")) { try SiteInput(code: " ly on ", name: "Lyon") }
        #expect(throws: SiteError.codeMalformed("Sète")) { try SiteInput(code: "Sète", name: "Sète") }
        #expect(throws: SiteError.codeMalformed("L")) { try SiteInput(code: "L", name: "L") }
        #expect(throws: SiteError.codeMalformed("2ROUES")) { try SiteInput(code: "2ROUES", name: "Deux roues") }
        #expect(throws: SiteError.codeMalformed("ABCDEFGHIJKLM")) { try SiteInput(code: "ABCDEFGHIJKLM", name: "Long") }
        #expect(throws: SiteError.codeMissing) { try SiteInput(code: "  ", name: "Lyon") }
        #expect(throws: SiteError.nameMissing) { try SiteInput(code: "LYON", name: " ") }
        #expect(try SiteInput(code: "nantes-2", name: "Nantes").code.text == "NANTES-2")
        #expect(SiteError.codeMalformed("Sète").message.text(in: .fr).contains("lettres A à Z sans accent"))
        #expect(SiteError.codeMalformed("Sète").message.text(in: .en).contains("letters A to Z without accents"))

        try await withSites(engine) { store in
            let lyon = try await openLyon(store)
            await #expect(throws: StoreError.conflict(Message("site.siteCodeTaken", "LYON", "Atelier de Lyon"))) {
                try await store.createSite(try SiteInput(code: "LYON", name: "Autre Lyon"), actor: Self.admin, at: Self.monday)
            }
            #expect(try await store.sites().count == 2)
            #expect(try await store.site(code: Self.lyon) == lyon)

            let nowhere = SiteCode(trusted: "NULLEPART")
            await #expect(throws: StoreError.notFound(Message("site.siteNotFound", "NULLEPART"))) {
                try await store.openLot(try LotInput(donorName: "Mairie"), in: nowhere, receivedOn: "2026-12-07",
                                        actor: Self.volunteer, at: Self.monday)
            }
            #expect(try await store.lot(code: LotCode(year: 2026, number: 1)) == nil)
            await #expect(throws: StoreError.notFound(Message("site.siteNotFound", "NULLEPART"))) {
                try await store.renameSite(nowhere, to: try SiteDetails(name: "X"), actor: Self.admin, at: Self.monday)
            }
            await #expect(throws: StoreError.lotNotFound("LOT-2026-0009")) {
                try await store.site(ofLot: LotCode(year: 2026, number: 9))
            }
            #expect(try await store.administrationEvents(limit: 10).count == 1)
        }
    }

    @Test("roles are held at a site or for the network, and decide which sites an account reads", arguments: StoreEngine.available)
    func roles(engine: StoreEngine) async throws {
        try await withSites(engine) { store in
            _ = try await openLyon(store)
            let boss = try #require(try await store.createFirstAdmin(username: "admin", passwordHash: "x", at: Self.monday))
            // The first admin runs the network.
            #expect(try await store.grants(of: boss.username) == [.network(.admin), .site(Self.first, .admin)])
            #expect(try await store.readableSites(of: "admin").map(\.code) == [Self.first, Self.lyon])

            _ = try await store.addAccount(username: "Camille", passwordHash: "x", roles: [.technician], actor: Self.admin, at: Self.monday)
            #expect(try await store.grants(of: "camille").isEmpty)
            #expect(try await store.readableSites(of: "camille").isEmpty)
            try await store.grant(.site(Self.lyon, .technician), to: "camille", actor: Self.admin, at: Self.monday)
            try await store.grant(.site(Self.lyon, .technician), to: "CAMILLE", actor: Self.admin, at: Self.monday)
            try await store.grant(.site(Self.lyon, .shop), to: "camille", actor: Self.admin, at: Self.monday)
            #expect(try await store.grants(of: "camille") == [.site(Self.lyon, .technician), .site(Self.lyon, .shop)])
            #expect(try await store.readableSites(of: "camille").map(\.code) == [Self.lyon])

            let access = SiteAccess(try await store.grants(of: "camille"))
            #expect(access.permits(.submitErasure, at: Self.lyon))
            #expect(access.permits(.sell, at: Self.lyon))
            #expect(!access.permits(.read, at: Self.first))
            #expect(!access.mayManageSites)

            _ = try await store.addAccount(username: "marie", passwordHash: "x", roles: [.shop], actor: Self.admin, at: Self.monday)
            try await store.grant(.network(.viewer), to: "marie", actor: Self.admin, at: Self.monday)
            #expect(try await store.readableSites(of: "marie").map(\.code) == [Self.first, Self.lyon])
            let viewer = SiteAccess(try await store.grants(of: "marie"))
            #expect(viewer.permits(.read, at: Self.lyon) && viewer.permits(.readMetrics, at: Self.first))
            #expect(!viewer.permits(.move, at: Self.lyon))

            try await store.revoke(.site(Self.lyon, .shop), from: "camille", actor: Self.admin, at: Self.monday)
            try await store.revoke(.site(Self.lyon, .shop), from: "camille", actor: Self.admin, at: Self.monday)
            try await store.revoke(.network(.viewer), from: "marie", actor: Self.admin, at: Self.monday)
            #expect(try await store.grants(of: "camille") == [.site(Self.lyon, .technician)])
            #expect(try await store.readableSites(of: "marie").isEmpty)

            // A disabled account reads nothing, whatever it holds.
            _ = try await store.disableAccount(username: "camille", actor: Self.admin, at: Self.monday)
            #expect(try await store.readableSites(of: "camille").isEmpty)

            await #expect(throws: StoreError.notFound(Message("site.siteNotFound", "NULLEPART"))) {
                try await store.grant(.site(SiteCode(trusted: "NULLEPART"), .intake), to: "marie", actor: Self.admin, at: Self.monday)
            }
            await #expect(throws: StoreError.notFound(Message("store.accountNotFound", "personne"))) {
                try await store.grant(.network(.admin), to: "personne", actor: Self.admin, at: Self.monday)
            }
            let logged = try await store.administrationEvents(limit: 20).map(\.change).filter {
                if case .administered(let action, _) = $0 { action.hasPrefix("site-role") } else { false }
            }
            #expect(logged == [
                .administered(action: "site-role-revoked", subject: "marie: network viewer"),
                .administered(action: "site-role-revoked", subject: "Camille: shop @ LYON"),
                .administered(action: "site-role-granted", subject: "marie: network viewer"),
                .administered(action: "site-role-granted", subject: "Camille: shop @ LYON"),
                .administered(action: "site-role-granted", subject: "Camille: technician @ LYON"),
            ])
        }
    }

    @Test("asset tags stay unique across the network, and a tag scanned anywhere finds its device and names its site", arguments: StoreEngine.available)
    func scansNameTheSite(engine: StoreEngine) async throws {
        try await withSites(engine) { store in
            let lyon = try await openLyon(store)
            let here = try await store.openLot(try LotInput(donorName: "Mairie"), receivedOn: "2026-12-07", actor: Self.volunteer, at: Self.monday)
            let there = try await store.openLot(try LotInput(donorName: "Mairie"), in: Self.lyon, receivedOn: "2026-12-07",
                                                actor: Self.volunteer, at: Self.monday)
            let first = try await store.intake(try IntakeInput(lot: here.code.text, category: "laptop"), actor: Self.volunteer, at: Self.monday)
            let second = try await store.intake(try IntakeInput(lot: there.code.text, category: "laptop", serial: "PF1ABCDE"),
                                                actor: Self.volunteer, at: Self.monday)
            #expect(first.assetTag.sequence == 1 && second.assetTag.sequence == 2)

            let located = try await store.locate(scan: second.assetTag.text)
            #expect(located == LocatedDevice(device: second, site: lyon))
            #expect(try await store.locate(scan: "pf1abcde").site == lyon)
            #expect(try await store.locate(scan: first.assetTag.text).site.code == Self.first)
            // The scans' own path is unchanged and finds it too.
            #expect(try await store.device(tag: second.assetTag) == second)

            let unknown = try #require(AssetTag(sequence: 999))
            await #expect(throws: StoreError.deviceNotFound(unknown.text)) { try await store.locate(scan: unknown.text) }
            // A serial already recorded at one site is refused at another, naming the device.
            let other = try await store.openLot(try LotInput(donorName: "Mairie"), receivedOn: "2026-12-08", actor: Self.volunteer, at: Self.monday)
            await #expect(throws: StoreError.duplicateSerial(serial: "PF1ABCDE", existing: second)) {
                try await store.intake(try IntakeInput(lot: other.code.text, category: "laptop", serial: "PF1ABCDE"),
                                       actor: Self.volunteer, at: Self.monday)
            }
        }
    }

    @Test("an import brings its devices into their lots' sites", arguments: StoreEngine.available)
    func importFollowsTheLot(engine: StoreEngine) async throws {
        try await engine.withStore { store in
            let store = try #require(store as? any InventoryStore & SiteStore & ImportStore)
            _ = try await store.createSite(try SiteInput(code: "LYON", name: "Lyon"), actor: Self.admin, at: Self.monday)
            let lot = try await store.openLot(try LotInput(donorName: "Mairie"), in: Self.lyon, receivedOn: "2026-12-07",
                                              actor: Self.volunteer, at: Self.monday)
            let tags = try await store.importDevices([
                ImportedDevice(lot: lot.code, category: .laptop, serial: nil, manufacturer: nil, model: nil, history: [.received(lot: lot.code, category: .laptop, serial: nil)]),
            ], actor: Self.volunteer, at: Self.monday)
            #expect(try await store.locate(scan: try #require(tags.first).text).site.code == Self.lyon)
            #expect(try await store.stockBySite().map(\.total) == [0, 1])
        }
    }

    @Test("a workshop with two sites copied into PostgreSQL keeps its sites, where its lots and devices are, and its roles",
          .enabled(if: StoreEngine.postgresServer != nil, "\(StoreEngine.postgresMissing)"))
    func copiedWithItsSites() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("refurb-copy-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = try AppDatabase.open(path: folder.path + "/refurb.sqlite")
        _ = try source.createFirstAdmin(username: "admin", passwordHash: "x", at: Self.monday)
        _ = try source.addAccount(username: "camille", passwordHash: "x", roles: [.intake], actor: Self.admin, at: Self.monday)
        _ = try source.createSite(try SiteInput(code: "LYON", name: "Atelier de Lyon"), actor: Self.admin, at: Self.monday)
        try source.grant(.site(Self.lyon, .intake), to: "camille", actor: Self.admin, at: Self.monday)
        let lot = try source.openLot(try LotInput(donorName: "Mairie"), in: Self.lyon, receivedOn: "2026-12-07", actor: Self.volunteer, at: Self.monday)
        let device = try source.intake(try IntakeInput(lot: lot.code.text, category: "laptop"), actor: Self.volunteer, at: Self.monday)
        try await StoreEngine.postgres.withDatabase { address in
            let target = try await PostgresStore.open(address, maximumConnections: 2)
            do {
                // The new database's own first site makes way for the workshop's.
                #expect(try await target.sites().map(\.code) == [Self.first])
                let report = try await PostgresCopy(from: source, to: target).run()
                #expect(!report.alreadyCopied)
                #expect(try await target.sites() == (try source.sites()))
                #expect(try await target.site(ofLot: lot.code) == (try source.site(ofLot: lot.code)))
                #expect(try await target.locate(scan: device.assetTag.text) == (try source.locate(scan: device.assetTag.text)))
                #expect(try await target.stockBySite() == (try source.stockBySite()))
                for name in ["admin", "camille"] {
                    #expect(try await target.grants(of: name) == (try source.grants(of: name)))
                }
                #expect(try await PostgresCopy(from: source, to: target).run().alreadyCopied)
                // New sites go on from the copied ones.
                let next = try await target.createSite(try SiteInput(code: "NANTES", name: "Nantes"), actor: Self.admin, at: Self.monday)
                #expect(next.id == 3)
            } catch {
                await target.close()
                throw error
            }
            await target.close()
        }
    }
}
