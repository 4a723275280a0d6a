import Foundation
import RefurbCore
import RefurbStore
import Testing

/// What the store promises about lots and devices, asserted the same way on every engine
/// (`StoreEngine.available`): the service and the command line may be given either.
@Suite("The inventory contract, on each engine")
struct InventoryContractTests {
    static let volunteer = Actor(user: "camille", station: "intake-1")
    static let monday = Date(timeIntervalSince1970: 1_796_000_000)

    @Test("PostgreSQL takes part in this run: its server answers and a new database on it is migrated",
          .enabled(if: StoreEngine.postgresServer != nil, "\(StoreEngine.postgresMissing)"))
    func postgresIsThere() async throws {
        #expect(StoreEngine.available.contains(.postgres))
        try await StoreEngine.postgres.withStore { store in
            let counts = try await store.deviceCountsByStage()
            #expect(counts.isEmpty)
        }
    }

    @Test("a lot is opened and numbered within its year, and its opening is in its history", arguments: StoreEngine.available)
    func lotsAreNumbered(engine: StoreEngine) async throws {
        try await engine.withStore { store in
            let first = try await store.openLot(try LotInput(donorName: "Mairie de Rezé", declaredCount: 12, weightKilograms: "84,5"),
                                                receivedOn: "2026-12-07", actor: Self.volunteer, at: Self.monday)
            let second = try await store.openLot(try LotInput(donorName: "Mairie de Rezé"), receivedOn: "2026-12-08",
                                                 actor: Self.volunteer, at: Self.monday)
            #expect(first.code.text == "LOT-2026-0001")
            #expect(second.code.text == "LOT-2026-0002")
            let summary = try #require(try await store.lot(code: first.code))
            #expect(summary.lot.donorName == "Mairie de Rezé")
            #expect(summary.lot.declaredCount == 12)
            #expect(summary.lot.weightGrams == 84_500)
            #expect(summary.deviceCount == 0)
            let history = try await store.history(ofLot: first.code)
            #expect(history.map(\.change) == [.lotOpened(code: first.code, donor: "Mairie de Rezé")])
            #expect(history.first?.actor == Self.volunteer)
            await #expect(throws: StoreError.invalidInput(Message("store.dayMalformed", "2026-13-01"))) {
                try await store.openLot(try LotInput(donorName: "X"), receivedOn: "2026-13-01", actor: Self.volunteer, at: Self.monday)
            }
        }
    }

    @Test("intake gives consecutive tags, counts the device in its lot, and scans find it by tag, serial or lot", arguments: StoreEngine.available)
    func intakeAndScans(engine: StoreEngine) async throws {
        try await engine.withStore { store in
            let lot = try await store.openLot(try LotInput(donorName: "Entreprise Durand"), receivedOn: "2026-12-07",
                                              actor: Self.volunteer, at: Self.monday)
            let first = try await store.intake(try IntakeInput(lot: lot.code.text, category: "laptop", serial: "5CG7301XYZ",
                                                               manufacturer: "HP", model: "EliteBook 840 G5"),
                                               actor: Self.volunteer, at: Self.monday)
            let second = try await store.intake(try IntakeInput(lot: lot.code.text, category: "desktop"),
                                                actor: Self.volunteer, at: Self.monday)
            #expect(first.assetTag.sequence == 1)
            #expect(second.assetTag.sequence == 2)
            #expect(first.stage == .received)
            #expect(first.version == 1)
            #expect(first.lotCode == lot.code)
            #expect(try await store.device(tag: first.assetTag) == first)
            #expect(try await store.device(serial: "5cg 7301 xyz") == first)
            #expect(try await store.resolve(scan: first.assetTag.text) == .device(first))
            #expect(try await store.resolve(scan: "5CG7301XYZ") == .device(first))
            guard case .lot(let summary) = try await store.resolve(scan: lot.code.text) else {
                Issue.record("a lot code resolves to its lot")
                return
            }
            #expect(summary.deviceCount == 2)
            #expect(try await store.history(of: first.assetTag).map(\.change)
                    == [.received(lot: lot.code, category: .laptop, serial: "5CG7301XYZ")])
            await #expect(throws: StoreError.deviceNotFound("NOPE-404")) { try await store.resolve(scan: "NOPE-404") }
            await #expect(throws: StoreError.lotNotFound("LOT-2026-0099")) { try await store.resolve(scan: "LOT-2026-0099") }
        }
    }

    @Test("a device is found by its scanned tag or serial, a lot code is read as a serial, and what nobody has is refused naming it",
          arguments: StoreEngine.available)
    func deviceByScan(engine: StoreEngine) async throws {
        try await engine.withStore { store in
            let lot = try await store.openLot(try LotInput(donorName: "Entreprise Durand"), receivedOn: "2026-12-07",
                                              actor: Self.volunteer, at: Self.monday)
            let device = try await store.intake(try IntakeInput(lot: lot.code.text, category: "laptop", serial: "5CG7301XYZ"),
                                                actor: Self.volunteer, at: Self.monday)
            #expect(try await store.device(scanned: device.assetTag.text.lowercased()) == device)
            #expect(try await store.device(scanned: "5cg 7301 xyz") == device)
            await #expect(throws: StoreError.deviceNotFound(lot.code.text)) { try await store.device(scanned: lot.code.text) }
            await #expect(throws: StoreError.deviceNotFound("NOPE-404")) { try await store.device(scanned: "NOPE-404") }
        }
    }

    @Test("a serial already recorded is refused with the device that has it, and nothing is created", arguments: StoreEngine.available)
    func duplicateSerials(engine: StoreEngine) async throws {
        try await engine.withStore { store in
            let lot = try await store.openLot(try LotInput(donorName: "Association Solidaire"), receivedOn: "2026-12-07",
                                              actor: Self.volunteer, at: Self.monday)
            let first = try await store.intake(try IntakeInput(lot: lot.code.text, category: "laptop", serial: "PF1ABCDE"),
                                               actor: Self.volunteer, at: Self.monday)
            await #expect(throws: StoreError.duplicateSerial(serial: "pf1 abcde", existing: first)) {
                try await store.intake(try IntakeInput(lot: lot.code.text, category: "laptop", serial: " pf1 abcde"),
                                       actor: Self.volunteer, at: Self.monday)
            }
            #expect(try await store.lot(code: lot.code)?.deviceCount == 1)
            #expect(try await store.devices(matching: DeviceFilter(lot: lot.code)).count == 1)
            let missingLot = try LotCode(parsing: "LOT-2026-0042")
            await #expect(throws: StoreError.lotNotFound("LOT-2026-0042")) {
                try await store.intake(try IntakeInput(lot: missingLot.text, category: "laptop"), actor: Self.volunteer, at: Self.monday)
            }
        }
    }

    @Test("a change made on a version someone else changed since is refused, and nothing is written", arguments: StoreEngine.available)
    func optimisticVersions(engine: StoreEngine) async throws {
        try await engine.withStore { store in
            let lot = try await store.openLot(try LotInput(donorName: "Particulier"), receivedOn: "2026-12-07",
                                              actor: Self.volunteer, at: Self.monday)
            let device = try await store.intake(try IntakeInput(lot: lot.code.text, category: "tablet"),
                                                actor: Self.volunteer, at: Self.monday)
            let graded = try await store.setGrade(device.assetTag, to: .b, expectedVersion: 1, actor: Self.volunteer, at: Self.monday)
            #expect(graded.grade == .b)
            #expect(graded.version == 2)
            await #expect(throws: StoreError.versionConflict(current: graded, expected: 1)) {
                try await store.setPrice(device.assetTag, to: Money(cents: 9_000), expectedVersion: 1, actor: Self.volunteer, at: Self.monday)
            }
            let priced = try await store.setPrice(device.assetTag, to: Money(cents: 9_000), expectedVersion: 2,
                                                  actor: Self.volunteer, at: Self.monday)
            #expect(priced.price == Money(cents: 9_000))
            #expect(priced.version == 3)
            #expect(try await store.history(of: device.assetTag).map(\.change).suffix(2) == [.graded(.b), .priced(Money(cents: 9_000))])
            await #expect(throws: StoreError.self) {
                try await store.setPrice(device.assetTag, to: Money(cents: -1), expectedVersion: nil, actor: Self.volunteer, at: Self.monday)
            }
            #expect(try await store.device(tag: device.assetTag)?.version == 3)
        }
    }

    @Test("the lifecycle's rules refuse a move with every rule it breaks, and allow the others", arguments: StoreEngine.available)
    func lifecycleRules(engine: StoreEngine) async throws {
        try await engine.withStore { store in
            let lot = try await store.openLot(try LotInput(donorName: "Collège Jules Verne"), receivedOn: "2026-12-07",
                                              actor: Self.volunteer, at: Self.monday)
            let device = try await store.intake(try IntakeInput(lot: lot.code.text, category: "laptop"),
                                                actor: Self.volunteer, at: Self.monday)
            await #expect(throws: StoreError.refused(LifecycleRefusal(from: .received, to: .sold, rules: [.mustBeReadyFirst(to: .sold)]))) {
                try await store.move(device.assetTag, to: .sold, reason: nil, expectedVersion: nil, actor: Self.volunteer, at: Self.monday)
            }
            let moved = try await store.move(device.assetTag, to: .forParts, reason: "  écran cassé  ", expectedVersion: 1,
                                             actor: Self.volunteer, at: Self.monday)
            #expect(moved.stage == .forParts)
            #expect(moved.version == 2)
            #expect(try await store.history(of: device.assetTag).last?.change == .moved(from: .received, to: .forParts, reason: "écran cassé"))
            #expect(try await store.deviceCountsByStage() == ["for-parts": 1])
        }
    }

    @Test("intakes at the same moment get distinct tags, and of two changes made from one version only the first is kept",
          arguments: StoreEngine.available)
    func concurrentWriters(engine: StoreEngine) async throws {
        try await engine.withStore { store in
            let lot = try await store.openLot(try LotInput(donorName: "Envie"), receivedOn: "2026-12-07",
                                              actor: Self.volunteer, at: Self.monday)
            let tags = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<12 {
                    group.addTask {
                        try await store.intake(try IntakeInput(lot: lot.code.text, category: "laptop"),
                                               actor: Self.volunteer, at: Self.monday).assetTag.sequence
                    }
                }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            #expect(Set(tags).count == 12)
            #expect(try await store.lot(code: lot.code)?.deviceCount == 12)
            let tag = try #require(try await store.devices(matching: DeviceFilter(lot: lot.code, limit: 1)).first?.assetTag)
            let outcomes = await withTaskGroup(of: Bool.self) { group in
                for grade in [Grade.a, .b, .c] {
                    group.addTask {
                        (try? await store.setGrade(tag, to: grade, expectedVersion: 1, actor: Self.volunteer, at: Self.monday)) != nil
                    }
                }
                return await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(outcomes.filter { $0 }.count == 1)
            #expect(try await store.device(tag: tag)?.version == 2)
            #expect(try await store.history(of: tag).count == 2)
        }
    }

    @Test("search finds devices by the start of any word of tag, serial, brand or model, case and accents ignored", arguments: StoreEngine.available)
    func search(engine: StoreEngine) async throws {
        try await engine.withStore { store in
            let lot = try await store.openLot(try LotInput(donorName: "Emmaüs"), receivedOn: "2026-12-07",
                                              actor: Self.volunteer, at: Self.monday)
            let inputs: [(String, String?, String?, String?)] = [
                ("laptop", "5CG7301XYZ", "HP", "EliteBook 840 G5"),
                ("laptop", "PF1ABCDE", "Lenovo", "ThinkPad T480"),
                ("desktop", "CZC1234567", "HP", "ProDesk 600 G3"),
                ("monitor", nil, "Société Générale d'Écrans", "Écran 24 pouces"),
            ]
            var devices: [Device] = []
            for (category, serial, manufacturer, model) in inputs {
                devices.append(try await store.intake(try IntakeInput(lot: lot.code.text, category: category, serial: serial,
                                                                      manufacturer: manufacturer, model: model),
                                                      actor: Self.volunteer, at: Self.monday))
            }
            func found(_ words: String, stage: Stage? = nil, limit: Int = 100, offset: Int = 0) async throws -> [Int] {
                try await store.devices(matching: DeviceFilter(stage: stage, search: words, limit: limit, offset: offset))
                    .map(\.assetTag.sequence)
            }
            #expect(try await found("hp") == [1, 3])
            #expect(try await found("HP elite") == [1])
            #expect(try await found("thinkp") == [2])
            #expect(try await found("5cg73") == [1])
            #expect(try await found("ecran") == [4])
            #expect(try await found("SOCIÉTÉ générale") == [4])
            #expect(try await found("g3") == [3])
            #expect(try await found("840-g5") == [1])
            #expect(try await found(devices[1].assetTag.text) == [2])
            #expect(try await found("dell") == [])
            #expect(try await found("--- ") == [])
            #expect(try await found("hp", limit: 1, offset: 1) == [3])
            #expect(try await found("hp", stage: .forParts) == [])
            _ = try await store.move(devices[2].assetTag, to: .forParts, reason: nil, expectedVersion: nil,
                                     actor: Self.volunteer, at: Self.monday)
            #expect(try await found("hp", stage: .forParts) == [3])
            #expect(try await store.devices(matching: DeviceFilter(stage: .received)).map(\.assetTag.sequence) == [1, 2, 4])
        }
    }
}
