import Foundation
import RefurbCore
import RefurbPostgres
import RefurbStore
import Testing

/// `refurb db copy`: a workshop's SQLite file moved into PostgreSQL, checked, all or nothing.
@Suite("Copying a workshop from SQLite into PostgreSQL")
struct CopyContractTests {
    static let volunteer = Actor(user: "camille", station: "intake-1")
    static let day = Date(timeIntervalSince1970: 1_796_000_000.123)

    @Test("the copy knows every table a new database has")
    func everyTableIsKnown() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("refurb-copy-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try AppDatabase.open(path: folder.path + "/refurb.sqlite")
        #expect(Set(try database.tableNames()) == Set(AppDatabase.copiedTables).union(AppDatabase.tablesNotCopied))
    }

    /// A small workshop: two lots, devices moved, graded and priced, a duplicate refused, an account and a token.
    static func workshop(in folder: URL) async throws -> AppDatabase {
        let database = try AppDatabase.open(path: folder.path + "/refurb.sqlite")
        _ = try database.createFirstAdmin(username: "admin", passwordHash: "$2b$12$hash", at: day)
        _ = try database.addAccount(username: "Léa", passwordHash: "$2b$12$lea", roles: [.technician, .shop],
                                    actor: Actor(user: "admin", station: "office"), at: day)
        _ = try database.createToken(name: "Banc 1", username: "Léa", station: "bench-1", secretHash: "sha-bench-1",
                                     actor: Actor(user: "admin", station: "office"), at: day)
        for donor in ["Mairie de Rezé", "Entreprise Durand"] {
            let lot = try database.openLot(try LotInput(donorName: donor, declaredCount: 3, weightKilograms: "12,5"),
                                           receivedOn: "2026-12-07", actor: volunteer, at: day)
            for index in 0..<3 {
                let device = try database.intake(try IntakeInput(lot: lot.code.text, category: "laptop",
                                                                 serial: "\(donor.prefix(3).uppercased())SN\(index)00",
                                                                 manufacturer: "Lenovo", model: "ThinkPad T48\(index)"),
                                                 actor: volunteer, at: day.addingTimeInterval(Double(index)))
                _ = try database.setGrade(device.assetTag, to: .b, actor: volunteer, at: day)
                _ = try database.setPrice(device.assetTag, to: Money(cents: 12_000 + index), actor: volunteer, at: day)
            }
        }
        let first = try #require(try database.devices(matching: DeviceFilter()).first)
        _ = try database.move(first.assetTag, to: .forParts, reason: "carte mère HS", actor: volunteer, at: day)
        return database
    }

    @Test("a workshop copied into an empty PostgreSQL database reads the same there, and a second run does nothing",
          .enabled(if: StoreEngine.postgresServer != nil, "\(StoreEngine.postgresMissing)"))
    func copyAndReadBack() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("refurb-copy-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = try await Self.workshop(in: folder)
        try await StoreEngine.postgres.withDatabase { address in
            let target = try await PostgresStore.open(address, maximumConnections: 2)
            do {
                let report = try await PostgresCopy(from: source, to: target).run()
                #expect(!report.alreadyCopied)
                #expect(report.tables.first { $0.name == "device" }?.rows == 6)
                #expect(report.tables.first { $0.name == "event" }?.rows == (try source.rowCount(of: "event")))

                // What a volunteer sees is the same on both engines.
                let devices = try source.devices(matching: DeviceFilter())
                #expect(try await target.devices(matching: DeviceFilter()) == devices)
                for device in devices {
                    #expect(try await target.history(of: device.assetTag) == (try source.history(of: device.assetTag)))
                }
                let lot = try #require(devices.first?.lotCode)
                #expect(try await target.lot(code: lot) == (try source.lot(code: lot)))
                #expect(try await target.devices(matching: DeviceFilter(search: "thinkpad t481")).map(\.assetTag)
                        == (try source.devices(matching: DeviceFilter(search: "thinkpad t481")).map(\.assetTag)))
                #expect(try await target.accounts() == (try source.accounts()))
                #expect(try await target.credential(tokenSecretHash: "sha-bench-1")?.account.username == "Léa")
                // New rows go on from the copied ones: the next tag, the next lot number, the next account.
                let next = try await target.intake(try IntakeInput(lot: lot.text, category: "desktop"), actor: Self.volunteer, at: Self.day)
                #expect(next.assetTag.sequence == 7)
                #expect(try await target.openLot(try LotInput(donorName: "Envie"), receivedOn: "2026-12-08", actor: Self.volunteer, at: Self.day)
                        .code.text == "LOT-2026-0003")
                _ = try await target.addAccount(username: "sam", passwordHash: "h", roles: [.intake], actor: Self.volunteer, at: Self.day)
            } catch {
                await target.close()
                throw error
            }
            await target.close()
        }
    }

    @Test("copying twice into the same database does nothing the second time",
          .enabled(if: StoreEngine.postgresServer != nil, "\(StoreEngine.postgresMissing)"))
    func secondRunDoesNothing() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("refurb-copy-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = try await Self.workshop(in: folder)
        try await StoreEngine.postgres.withDatabase { address in
            let target = try await PostgresStore.open(address, maximumConnections: 2)
            let first = try await PostgresCopy(from: source, to: target).run()
            let second = try await PostgresCopy(from: source, to: target).run()
            await target.close()
            #expect(second.alreadyCopied)
            #expect(second.eventDigest == first.eventDigest)
            #expect(second.tables.map(\.rows) == first.tables.map(\.rows))
        }
    }

    @Test("a target that holds other data is refused, the workshop's tag named, and nothing is written",
          .enabled(if: StoreEngine.postgresServer != nil, "\(StoreEngine.postgresMissing)"))
    func otherDataIsRefused() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("refurb-copy-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = try await Self.workshop(in: folder)
        try await StoreEngine.postgres.withDatabase { address in
            let target = try await PostgresStore.open(address, maximumConnections: 2)
            let lot = try await target.openLot(try LotInput(donorName: "Autre atelier"), receivedOn: "2026-11-30",
                                               actor: Self.volunteer, at: Self.day)
            let theirs = try await target.intake(try IntakeInput(lot: lot.code.text, category: "phone"), actor: Self.volunteer, at: Self.day)
            await #expect(throws: PostgresCopy.Refusal.targetNotEmpty(devices: 1, clashingTag: theirs.assetTag.text)) {
                try await PostgresCopy(from: source, to: target).run()
            }
            #expect(try await target.devices(matching: DeviceFilter()).map(\.assetTag) == [theirs.assetTag])
            #expect(try await target.accountCount() == 0)
            await target.close()
        }
    }
}
