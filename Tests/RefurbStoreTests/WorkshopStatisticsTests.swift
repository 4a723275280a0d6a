import Foundation
import Testing
import RefurbCore
@testable import RefurbStore

@Suite("Workshop statistics for the office dashboard")
struct WorkshopStatisticsTests {
    static let actor = TemporaryDatabase.actor

    static var paris: Calendar {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "Europe/Paris")!
        return calendar
    }

    /// Wednesday 2 December 2026, noon in Paris: its week starts on Monday 30 November.
    static let now = paris.date(from: DateComponents(year: 2026, month: 12, day: 2, hour: 12))!

    static func day(_ offset: Double) -> Date { now.addingTimeInterval(offset * 86_400) }

    /// A device taken in at `receivedAt`, cleared for sale (report, erased drive, tests passed, grade, price) on the same day.
    static func readyDevice(in world: TemporaryDatabase, lot: LotCode, category: String = "laptop",
                            receivedAt: Date, diagnosedAfterDays: Double, wipedAfterDays: Double, readyAfterDays: Double) throws -> Device {
        let db = world.database
        let device = try db.intake(IntakeInput(lot: lot.text, category: category, serial: "SN-\(UUID().uuidString.prefix(8))"),
                                   actor: actor, at: receivedAt)
        let tag = device.assetTag
        _ = try db.recordDiagnostic(tag, storage: ["DISK-\(tag.sequence)"], actor: actor, at: receivedAt)
        _ = try db.recordErasure(tag, storage: "DISK-\(tag.sequence)", passed: true, certificate: "cert-\(tag.sequence)", actor: actor, at: receivedAt)
        _ = try db.setGradeAndPrice(tag, grade: .b, price: Money(cents: 9_900), actor: actor, at: receivedAt)
        try TestsPassed.record(tag, in: db, by: actor, at: receivedAt)
        _ = try db.move(tag, to: .diagnosed, actor: actor, at: receivedAt.addingTimeInterval(diagnosedAfterDays * 86_400))
        _ = try db.move(tag, to: .wiped, actor: actor, at: receivedAt.addingTimeInterval(wipedAfterDays * 86_400))
        return try db.move(tag, to: .ready, actor: actor, at: receivedAt.addingTimeInterval(readyAfterDays * 86_400))
    }

    @Test("weeks run Monday to Sunday in the workshop's time zone, oldest first, ending with the current week")
    func weekStarts() {
        let starts = WeeklyFlow.weekStarts(count: 3, endingAt: Self.now, calendar: Self.paris)
        let components = starts.map { Self.paris.dateComponents([.year, .month, .day, .hour, .weekday], from: $0) }
        #expect(components.map(\.day) == [16, 23, 30])
        #expect(components.allSatisfy { $0.weekday == 2 && $0.hour == 0 })
        #expect(WeeklyFlow.weekStarts(count: 0, endingAt: Self.now, calendar: Self.paris).isEmpty)
    }

    @Test("devices in and out are counted in the week they arrived and the week they left, by how they left")
    func inAndOut() throws {
        let world = try TemporaryDatabase()
        let lot = try world.openLot()
        let db = world.database
        // Two weeks ago: two devices in. This week: one in, one sold, one donated, one recycled.
        let first = try Self.readyDevice(in: world, lot: lot.code, receivedAt: Self.day(-14), diagnosedAfterDays: 1,
                                         wipedAfterDays: 2, readyAfterDays: 3)
        let second = try Self.readyDevice(in: world, lot: lot.code, receivedAt: Self.day(-14), diagnosedAfterDays: 2,
                                          wipedAfterDays: 4, readyAfterDays: 5)
        let third = try db.intake(IntakeInput(lot: lot.code.text, category: "desktop"), actor: Self.actor, at: Self.day(-1))
        _ = try db.sell(first.assetTag, price: nil, actor: Self.actor, at: Self.day(0))
        _ = try db.move(second.assetTag, to: .donated, actor: Self.actor, at: Self.day(0))
        _ = try db.confirmNoStorage(third.assetTag, note: "drive removed", actor: Self.actor, at: Self.day(0))
        _ = try db.move(third.assetTag, to: .recycled, actor: Self.actor, at: Self.day(0))
        // Before the period: not counted.
        _ = try db.intake(IntakeInput(lot: lot.code.text, category: "phone"), actor: Self.actor, at: Self.day(-200))

        let statistics = try db.workshopStatistics(weeks: 4, now: Self.now, calendar: Self.paris)
        #expect(statistics.weeks.count == 4)
        #expect(statistics.weeks.map(\.received) == [0, 2, 0, 1])
        #expect(statistics.weeks.map(\.left) == [0, 0, 0, 3])
        let current = try #require(statistics.weeks.last)
        #expect((current.sold, current.donated, current.recycled) == (1, 1, 1))
        #expect(statistics.periodStart == statistics.weeks.first?.weekStart)
    }

    @Test("time at each stage is the median of the stays that ended in the period, from the log's moves")
    func stageTimes() throws {
        let world = try TemporaryDatabase()
        let lot = try world.openLot()
        // Received stays of 1, 2 and 4 days → median 2; diagnosed stays 1, 2, 1 → median 1.
        _ = try Self.readyDevice(in: world, lot: lot.code, receivedAt: Self.day(-20), diagnosedAfterDays: 1, wipedAfterDays: 2, readyAfterDays: 3)
        _ = try Self.readyDevice(in: world, lot: lot.code, receivedAt: Self.day(-20), diagnosedAfterDays: 2, wipedAfterDays: 4, readyAfterDays: 5)
        _ = try Self.readyDevice(in: world, lot: lot.code, receivedAt: Self.day(-20), diagnosedAfterDays: 4, wipedAfterDays: 5, readyAfterDays: 5.5)
        // Still at "received": not a finished stay, so it does not count.
        _ = try world.database.intake(IntakeInput(lot: lot.code.text, category: "laptop"), actor: Self.actor, at: Self.day(-30))

        let statistics = try world.database.workshopStatistics(weeks: 8, now: Self.now, calendar: Self.paris)
        let byStage = Dictionary(uniqueKeysWithValues: statistics.stageTimes.map { ($0.stage, $0) })
        #expect(statistics.stageTimes.map(\.stage) == [.received, .diagnosed, .inRepair, .wiped, .ready, .forParts])
        #expect(byStage[.received]?.stays == 3)
        #expect(abs((byStage[.received]?.medianDays ?? 0) - 2) < 0.001)
        #expect(abs((byStage[.diagnosed]?.medianDays ?? 0) - 1) < 0.001)
        #expect(abs((byStage[.wiped]?.medianDays ?? 0) - 1) < 0.001)
        // Ready devices have not left "ready" yet, and nothing went to repair.
        #expect(byStage[.ready]?.medianDays == nil)
        #expect(byStage[.ready]?.stays == 0)
        #expect(byStage[.inRepair]?.medianDays == nil)
    }

    @Test("stays that ended before the period are left out")
    func stageTimesPeriod() throws {
        let world = try TemporaryDatabase()
        let lot = try world.openLot()
        _ = try Self.readyDevice(in: world, lot: lot.code, receivedAt: Self.day(-100), diagnosedAfterDays: 1, wipedAfterDays: 2, readyAfterDays: 3)
        let statistics = try world.database.workshopStatistics(weeks: 4, now: Self.now, calendar: Self.paris)
        #expect(statistics.stageTimes.allSatisfy { $0.stays == 0 && $0.medianDays == nil })
    }

    @Test("median of odd and even counts, and of nothing")
    func median() {
        #expect(StageTime.median([]) == nil)
        #expect(StageTime.median([5]) == 5)
        #expect(StageTime.median([9, 1, 4]) == 4)
        #expect(StageTime.median([1, 2, 3, 10]) == 2.5)
    }

    @Test("a weighed lot counts at its weight, shared among its devices by typical weight; an unweighed lot at typical weights")
    func weights() throws {
        let world = try TemporaryDatabase()
        let db = world.database
        // Weighed: 48.5 kg (TemporaryDatabase.openLot), one laptop sold and one desktop recycled.
        let weighed = try world.openLot(donor: "Banque")
        let laptop = try Self.readyDevice(in: world, lot: weighed.code, receivedAt: Self.day(-3), diagnosedAfterDays: 0,
                                          wipedAfterDays: 0, readyAfterDays: 0)
        _ = try db.sell(laptop.assetTag, price: nil, actor: Self.actor, at: Self.day(-1))
        let desktop = try db.intake(IntakeInput(lot: weighed.code.text, category: "desktop"), actor: Self.actor, at: Self.day(-3))
        _ = try db.confirmNoStorage(desktop.assetTag, note: nil, actor: Self.actor, at: Self.day(-1))
        _ = try db.move(desktop.assetTag, to: .recycled, actor: Self.actor, at: Self.day(-1))
        // Not weighed: two phones, one still at the workshop and one donated.
        let unweighed = try db.openLot(LotInput(donorName: "Particulier"), receivedOn: "2026-12-01", actor: Self.actor, at: Self.day(-1))
        _ = try db.intake(IntakeInput(lot: unweighed.code.text, category: "phone"), actor: Self.actor, at: Self.day(-1))
        let phone = try Self.readyDevice(in: world, lot: unweighed.code, category: "phone", receivedAt: Self.day(-1),
                                         diagnosedAfterDays: 0, wipedAfterDays: 0, readyAfterDays: 0)
        _ = try db.move(phone.assetTag, to: .donated, actor: Self.actor, at: Self.day(0))
        // Weighed, nothing scanned yet: all of it still at the workshop.
        _ = try db.openLot(LotInput(donorName: "Collège", weightKilograms: "10"), receivedOn: "2026-12-02", actor: Self.actor, at: Self.now)

        let weight = try db.workshopStatistics(weeks: 2, now: Self.now, calendar: Self.paris).weight
        // 48 500 g shared 2 200 : 8 000 between the laptop (sold) and the desktop (recycled).
        let laptopShare = Int((48_500.0 * 2_200 / 10_200).rounded())
        #expect(weight.collectedGrams == 48_500 + 400 + 10_000)
        #expect(weight.reusedGrams == laptopShare + 200)
        #expect(weight.recycledGrams == 48_500 - laptopShare)
        #expect(weight.inWorkshopGrams == 200 + 10_000)
        #expect(weight.collectedGrams == weight.reusedGrams + weight.recycledGrams + weight.inWorkshopGrams)
        #expect((weight.weighedLots, weight.unweighedLots, weight.estimatedDevices) == (2, 1, 2))
    }

    @Test("an intake scan that was undone counts nowhere: not received, not weighed")
    func voidedIntake() throws {
        let world = try TemporaryDatabase()
        let db = world.database
        let lot = try db.openLot(LotInput(donorName: "Particulier"), receivedOn: "2026-12-01", actor: Self.actor, at: Self.day(-1))
        let kept = try db.intake(IntakeInput(lot: lot.code.text, category: "laptop"), actor: Self.actor, at: Self.day(-1))
        let mistaken = try db.intake(IntakeInput(lot: lot.code.text, category: "desktop"), actor: Self.actor, at: Self.day(-1))
        _ = try db.voidIntake(mistaken.assetTag, actor: Self.actor, at: Self.day(-1).addingTimeInterval(60))

        let statistics = try db.workshopStatistics(weeks: 1, now: Self.now, calendar: Self.paris)
        #expect(statistics.weeks.map(\.received) == [1])
        #expect(statistics.weight.collectedGrams == kept.category.typicalWeightGrams)
        #expect(statistics.weight.estimatedDevices == 1)
    }

    @Test("an empty workshop has empty weeks, no stage times and no weight")
    func empty() throws {
        let world = try TemporaryDatabase()
        let statistics = try world.database.workshopStatistics(now: Self.now, calendar: Self.paris)
        #expect(statistics.weeks.count == 12)
        #expect(statistics.weeks.allSatisfy { $0.received == 0 && $0.left == 0 })
        #expect(statistics.stageTimes.allSatisfy { $0.medianDays == nil })
        #expect(statistics.weight == DivertedWeight())
    }
}
