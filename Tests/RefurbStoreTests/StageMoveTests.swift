import Foundation
import GRDB
import Testing
import RefurbCore
@testable import RefurbStore

@Suite("Stage moves in the store")
struct StageMoveTests {
    /// A device with everything a move can ask for: a report with one erased drive, its tests passed, a grade
    /// and a price.
    static func completeDevice(in world: TemporaryDatabase) throws -> Device {
        let lot = try world.openLot()
        let device = try world.intake(lot: lot.code, serial: "SN-\(UUID().uuidString.prefix(8))")
        let db = world.database
        _ = try db.recordDiagnostic(device.assetTag, storage: ["WD-1"], actor: TemporaryDatabase.actor, at: Date())
        _ = try db.recordErasure(device.assetTag, storage: "WD-1", passed: true, certificate: "cert-1",
                                 actor: TemporaryDatabase.actor, at: Date())
        try TestsPassed.record(device.assetTag, in: db)
        _ = try db.setGrade(device.assetTag, to: .b, actor: TemporaryDatabase.actor, at: Date())
        return try db.setPrice(device.assetTag, to: Money(cents: 14_990), actor: TemporaryDatabase.actor, at: Date())
    }

    /// Walks the device to `stage` through allowed moves.
    static func walk(_ device: Device, to stage: Stage, in db: AppDatabase) throws -> Device {
        let path: [Stage: [Stage]] = [
            .received: [], .diagnosed: [.diagnosed], .inRepair: [.diagnosed, .inRepair],
            .wiped: [.diagnosed, .wiped], .ready: [.diagnosed, .wiped, .ready],
            .sold: [.diagnosed, .wiped, .ready, .sold], .donated: [.diagnosed, .wiped, .ready, .donated],
            .forParts: [.forParts], .recycled: [.recycled],
        ]
        var current = device
        for step in path[stage]! {
            current = try db.move(current.assetTag, to: step, actor: TemporaryDatabase.actor, at: Date())
        }
        return current
    }

    static let allPairs: [(Stage, Stage)] = Stage.allCases.flatMap { from in Stage.allCases.map { (from, $0) } }

    @Test("every allowed move is made and recorded as an event; every forbidden one is refused and changes nothing",
          arguments: allPairs)
    func everyPair(from: Stage, to: Stage) throws {
        let world = try TemporaryDatabase()
        let device = try Self.walk(try Self.completeDevice(in: world), to: from, in: world.database)
        let eventsBefore = try world.database.history(of: device.assetTag).count
        if StageGraph.allows(from: from, to: to) {
            let moved = try world.database.move(device.assetTag, to: to, reason: "test", actor: TemporaryDatabase.actor, at: Date())
            #expect(moved.stage == to)
            #expect(moved.version == device.version + 1)
            let history = try world.database.history(of: device.assetTag)
            #expect(history.count == eventsBefore + 1)
            #expect(history.last?.change == .moved(from: from, to: to, reason: "test"))
        } else {
            #expect {
                try world.database.move(device.assetTag, to: to, actor: TemporaryDatabase.actor, at: Date())
            } throws: { error in
                guard case .refused(let refusal) = error as? StoreError else { return false }
                return refusal.rules.count == 1 && !refusal.message(in: .fr).isEmpty
            }
            #expect(try world.database.device(tag: device.assetTag) == device)
            #expect(try world.database.history(of: device.assetTag).count == eventsBefore)
        }
    }

    @Test("ready is refused while a drive is unerased, naming the drive, and allowed once it is erased")
    func readyWaitsForErasure() throws {
        let world = try TemporaryDatabase()
        let db = world.database
        let lot = try world.openLot()
        let device = try world.intake(lot: lot.code, serial: "PC-0001")
        _ = try db.recordDiagnostic(device.assetTag, storage: ["wd-1", "SSD-2"], actor: TemporaryDatabase.actor, at: Date())
        _ = try db.move(device.assetTag, to: .diagnosed, actor: TemporaryDatabase.actor, at: Date())
        _ = try db.recordErasure(device.assetTag, storage: "WD-1", passed: true, certificate: nil, actor: TemporaryDatabase.actor, at: Date())
        #expect(throws: StoreError.refused(LifecycleRefusal(from: .diagnosed, to: .wiped, rules: [.storageNotErased(["SSD-2"])]))) {
            try db.move(device.assetTag, to: .wiped, actor: TemporaryDatabase.actor, at: Date())
        }
        _ = try db.recordStorageDestroyed(device.assetTag, storage: "ssd-2", note: "drilled", actor: TemporaryDatabase.actor, at: Date())
        let wiped = try db.move(device.assetTag, to: .wiped, actor: TemporaryDatabase.actor, at: Date())
        #expect(wiped.stage == .wiped)
    }

    @Test("the stored stage always agrees with the event log")
    func stateMatchesReplay() throws {
        let world = try TemporaryDatabase()
        let sold = try Self.walk(try Self.completeDevice(in: world), to: .sold, in: world.database)
        let history = try world.database.history(of: sold.assetTag).map(\.change)
        #expect(EventReplay.stage(after: history) == sold.stage)
        #expect(EventReplay.facts(after: history).price == sold.price)
        #expect(EventReplay.facts(after: history).grade == sold.grade)
    }

    @Test("a stale version is a conflict, never a lost update")
    func staleVersionConflicts() throws {
        let world = try TemporaryDatabase()
        let device = try Self.completeDevice(in: world)
        _ = try world.database.setGrade(device.assetTag, to: .a, expectedVersion: device.version,
                                        actor: TemporaryDatabase.actor, at: Date())
        #expect {
            try world.database.setGrade(device.assetTag, to: .c, expectedVersion: device.version,
                                        actor: TemporaryDatabase.actor, at: Date())
        } throws: { error in
            guard case .versionConflict(let current, let expected) = error as? StoreError else { return false }
            return current.grade == .a && expected == device.version
        }
        #expect(try world.database.device(tag: device.assetTag)?.grade == .a)
    }

    @Test("two writers racing on the same device: exactly one wins, the other gets a conflict")
    func racingWriters() async throws {
        let world = try TemporaryDatabase()
        let device = try Self.completeDevice(in: world)
        // Two connections to the same file, as two processes (the service and a CLI) would have.
        let writers = [try world.reopen(), try world.reopen()]
        let grades: [Grade] = [.a, .c]
        let outcomes = await withTaskGroup(of: Result<Device, StoreError>.self) { group in
            for index in 0..<2 {
                group.addTask {
                    do {
                        return .success(try writers[index].setGrade(device.assetTag, to: grades[index],
                                                                    expectedVersion: device.version,
                                                                    actor: Actor(user: "writer\(index)", station: "race"), at: Date()))
                    } catch let error as StoreError {
                        return .failure(error)
                    } catch {
                        return .failure(.invalidInput(Message("unexpected", "\(error)")))
                    }
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        let winners = outcomes.compactMap { try? $0.get() }
        let conflicts = outcomes.filter {
            if case .failure(.versionConflict) = $0 { true } else { false }
        }
        #expect(winners.count == 1)
        #expect(conflicts.count == 1)
        let stored = try #require(try world.database.device(tag: device.assetTag))
        #expect(stored.grade == winners.first?.grade)
        #expect(stored.version == device.version + 1)
        #expect(try world.database.history(of: device.assetTag).filter { $0.change.kind == "graded" }.count == 2)
    }
}
