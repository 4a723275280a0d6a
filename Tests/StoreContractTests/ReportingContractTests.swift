import Foundation
import RefurbCore
import RefurbStore
import Testing

/// The office's reports: the dashboard's statistics, a lot's donor report and a device's lifecycle facts read
/// the same on every engine after the same operations.
@Suite("The reporting contract, on each engine")
struct ReportingContractTests {
    static let intake = Actor(user: "marie", station: "intake-1")
    static let bench = Actor(user: "bench", station: "bench-1")

    static var paris: Calendar {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "Europe/Paris")!
        return calendar
    }

    /// Wednesday 2 December 2026, noon in Paris: its week starts on Monday 30 November.
    static let now = paris.date(from: DateComponents(year: 2026, month: 12, day: 2, hour: 12))!

    static func day(_ offset: Double) -> Date { now.addingTimeInterval(offset * 86_400) }

    typealias Store = any InventoryStore & BenchRecordStore & CorrectionStore & ImportStore & ReportingStore & DeviceFactsStore

    /// A stay at a stage as compared: the median in millionths of a day, so that SQLite's `julianday` and
    /// PostgreSQL's epoch arithmetic agree.
    struct Stay: Hashable {
        var stage: Stage
        var medianMicrodays: Int?
        var stays: Int

        init(_ stage: Stage, _ medianDays: Double?, _ stays: Int) {
            self.stage = stage
            medianMicrodays = medianDays.map { Int(($0 * 1_000_000).rounded()) }
            self.stays = stays
        }
    }

    /// One device as a donor report shows it: where it is and what happened to it.
    struct ReportLine: Hashable {
        var tag: String
        var category: DeviceCategory
        var stage: Stage
        var history: [Change]
        var dates: [Date]
        var facts: LifecycleFacts
    }

    /// Everything the office reads, from one engine.
    struct Reading: Hashable {
        var weeks: [WeeklyFlow]
        var stays: [Stay]
        var weight: DivertedWeight
        var lots: [LotSummary]
        var report: [ReportLine]
        var outcome: LotOutcomeWeight
    }

    /// The same workshop on any engine: a weighed lot whose laptop went through the bench (report, certificate,
    /// moves) and was recycled with a desktop; an unweighed lot with a phone still here, a scan undone, and an
    /// imported laptop that was donated.
    static func buildWorkshop(in store: Store) async throws -> (weighed: LotCode, unweighed: LotCode) {
        let weighed = try await store.openLot(try LotInput(donorName: "Banque", weightKilograms: "48,5"), receivedOn: "2026-11-18",
                                              actor: intake, at: day(-14))
        let unweighed = try await store.openLot(try LotInput(donorName: "Particulier"), receivedOn: "2026-12-01",
                                                actor: intake, at: day(-1))

        let laptop = try await store.intake(try IntakeInput(lot: weighed.code.text, category: "laptop", serial: "5CG7301XYZ"),
                                            actor: intake, at: day(-14))
        let report = IncomingReport(body: Data("{}".utf8), sha256: "sha-laptop", systemSerial: "5CG7301XYZ", manufacturer: nil,
                                    model: nil, storageSerials: ["WD-1"])
        _ = try await store.recordReport(report, for: laptop.assetTag, actor: bench, at: day(-14))
        _ = try await store.move(laptop.assetTag, to: .diagnosed, reason: nil, expectedVersion: nil, actor: bench, at: day(-13))
        let certificate = IncomingCertificate(id: "cert-1", assetTag: laptop.assetTag.text, driveSerial: "WD-1", passed: true,
                                              keyId: "key-1", body: Data("{\"id\":\"cert-1\"}".utf8))
        _ = try await store.recordCertificate(certificate, for: laptop.assetTag, actor: bench, at: day(-13))
        _ = try await store.move(laptop.assetTag, to: .wiped, reason: nil, expectedVersion: nil, actor: bench, at: day(-12))
        _ = try await store.move(laptop.assetTag, to: .recycled, reason: "écran cassé", expectedVersion: nil, actor: bench, at: day(0))

        let desktop = try await store.intake(try IntakeInput(lot: weighed.code.text, category: "desktop"), actor: intake, at: day(-1))
        _ = try await store.confirmNoStorage(desktop.assetTag, note: "disque retiré", actor: bench, at: day(-1))
        _ = try await store.move(desktop.assetTag, to: .recycled, reason: nil, expectedVersion: nil, actor: bench, at: day(0))

        let phone = try await store.intake(try IntakeInput(lot: unweighed.code.text, category: "phone"), actor: intake, at: day(-1))
        _ = try await store.correct(phone.assetTag, try DeviceCorrection(manufacturer: "Fairphone", reason: "lu au dos"),
                                    roles: [.intake], expectedVersion: nil, actor: intake, at: day(-1))
        let mistaken = try await store.intake(try IntakeInput(lot: unweighed.code.text, category: "desktop"), actor: intake, at: day(-1))
        try await store.voidIntake(mistaken.assetTag, actor: intake, at: day(-1).addingTimeInterval(60))

        let donated = ImportedDevice(lot: unweighed.code, category: .laptop, serial: nil, manufacturer: "Dell", model: "Latitude", history: [
            .received(lot: unweighed.code, category: .laptop, serial: nil),
            .moved(from: .received, to: .diagnosed, reason: nil), .moved(from: .diagnosed, to: .wiped, reason: nil),
            .graded(.b), .priced(Money(cents: 9_900)), .moved(from: .wiped, to: .ready, reason: nil),
            .moved(from: .ready, to: .donated, reason: "Emmaüs"),
        ])
        try await store.importDevices([donated], actor: intake, at: day(0))
        return (weighed.code, unweighed.code)
    }

    static func read(_ store: Store, weighed: LotCode) async throws -> Reading {
        let statistics = try await store.workshopStatistics(weeks: 4, now: now, calendar: paris)
        var report: [ReportLine] = []
        for device in try await store.devices(matching: DeviceFilter(lot: weighed, limit: 1_000_000)) {
            let history = try await store.history(of: device.assetTag)
            report.append(ReportLine(tag: device.assetTag.text, category: device.category, stage: device.stage,
                                     history: history.map(\.change), dates: history.map(\.occurredAt),
                                     facts: try await store.facts(for: device.assetTag)))
        }
        let summary = try #require(try await store.lot(code: weighed))
        return Reading(
            weeks: statistics.weeks,
            stays: statistics.stageTimes.map { Stay($0.stage, $0.medianDays, $0.stays) },
            weight: statistics.weight,
            lots: try await store.lots(),
            report: report,
            outcome: LotOutcomeWeight.apportion(weightGrams: summary.lot.weightGrams,
                                                devices: report.map { (category: $0.category, stage: $0.stage) }))
    }

    @Test("statistics and a donor report read the same on every engine after the same operations")
    func sameReading() async throws {
        var readings: [(StoreEngine, Reading)] = []
        for engine in StoreEngine.available {
            try await engine.withStore { store in
                let office = try #require(store as? Store)
                let (weighed, unweighed) = try await Self.buildWorkshop(in: office)
                let reading = try await Self.read(office, weighed: weighed)
                readings.append((engine, reading))

                // Weeks from 9 November: the laptop came in on 18 November; this week, the desktop and the phone
                // (not the undone scan) and the imported laptop came in, two devices were recycled and one donated.
                let starts = WeeklyFlow.weekStarts(count: 4, endingAt: Self.now, calendar: Self.paris)
                #expect(reading.weeks == [
                    WeeklyFlow(weekStart: starts[0]),
                    WeeklyFlow(weekStart: starts[1], received: 1),
                    WeeklyFlow(weekStart: starts[2]),
                    WeeklyFlow(weekStart: starts[3], received: 3, donated: 1, recycled: 2),
                ], "\(engine)")
                // Received: 1 day (laptop), 1 day (desktop), 0 (imported, all at once); diagnosed 1 and 0; wiped 12 and 0.
                #expect(reading.stays == [
                    Stay(.received, 1, 3), Stay(.diagnosed, 0.5, 2), Stay(.inRepair, nil, 0), Stay(.wiped, 6, 2),
                    Stay(.ready, 0, 1), Stay(.forParts, nil, 0),
                ], "\(engine)")
                // The weighed lot's 48.5 kg all recycled; the unweighed lot at typical weights: a phone here, a laptop reused.
                #expect(reading.weight == DivertedWeight(collectedGrams: 48_500 + 200 + 2_200, reusedGrams: 2_200, recycledGrams: 48_500,
                                                         inWorkshopGrams: 200, weighedLots: 1, unweighedLots: 1, estimatedDevices: 2),
                        "\(engine)")
                #expect(reading.lots.map(\.lot.code) == [unweighed, weighed], "\(engine)")
                #expect(reading.lots.map(\.deviceCount) == [2, 2], "\(engine)")
                #expect(reading.report.map(\.stage) == [.recycled, .recycled], "\(engine)")
                #expect(reading.report.first?.history.map(\.kind) == [
                    "received", "diagnostic-recorded", "moved", "erasure-recorded", "moved", "moved",
                ], "\(engine)")
                #expect(reading.report.allSatisfy { $0.facts.erasure.isCleared }, "\(engine)")
                #expect(reading.report.first?.facts.hasDiagnosticReport == true, "\(engine)")
                #expect(reading.outcome.recycledGrams == 48_500, "\(engine)")

                let unknown = try #require(AssetTag(sequence: 999))
                #expect(try await office.facts(for: unknown) == EventReplay.facts(after: []), "\(engine)")
                #expect(try await office.workshopStatistics(weeks: 0, now: Self.now, calendar: Self.paris)
                        == WorkshopStatistics(weeks: [], stageTimes: [], weight: DivertedWeight()), "\(engine)")
            }
        }
        for (engine, reading) in readings.dropFirst() {
            #expect(reading == readings[0].1, "\(engine) reads otherwise than \(readings[0].0)")
        }
    }

    @Test("an empty workshop has empty weeks, no stage times and no weight", arguments: StoreEngine.available)
    func empty(engine: StoreEngine) async throws {
        try await engine.withStore { store in
            let office = try #require(store as? Store)
            let statistics = try await office.workshopStatistics(weeks: 12, now: Self.now, calendar: Self.paris)
            #expect(statistics.weeks.count == 12)
            #expect(statistics.weeks.allSatisfy { $0.received == 0 && $0.left == 0 })
            #expect(statistics.stageTimes.allSatisfy { $0.medianDays == nil && $0.stays == 0 })
            #expect(statistics.weight == DivertedWeight())
            #expect(try await office.lots().isEmpty)
        }
    }
}
