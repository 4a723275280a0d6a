import Foundation
import PostgresNIO
import RefurbCore
import RefurbStore

/// The office's reads on PostgreSQL: the lots, the dashboard's figures as `AppDatabase+Statistics` reads them
/// on SQLite (tallied by the same `package` code, `WeeklyFlowTally`, `StageTimeTally`,
/// `AppDatabase.divertedWeight`), and a device's lifecycle facts.
extension PostgresStore {
    public func lots() async throws -> [LotSummary] {
        var summaries: [LotSummary] = []
        for try await (id, text, donor, site, receivedOn, declared, grams, donorType, count, version) in try await client.query("""
            SELECT lot.id, lot.code, donor.name, lot.site, lot.receivedOn, lot.declaredCount, lot.weightGrams, lot.donorType,
                   lot.liveDeviceCount, lot.version
            FROM lot JOIN donor ON donor.id = lot.donorId ORDER BY lot.id DESC
            """, logger: logger).decode((Int64, String, String, String?, String, Int64?, Int64?, String?, Int64, Int64).self) {
            guard let code = try? LotCode(parsing: text) else { throw StoreError.corruptRow(table: "lot", id: id) }
            let lot = Lot(code: code, donorName: donor, site: site, receivedOn: receivedOn,
                          declaredCount: declared.map(Int.init), weightGrams: grams.map(Int.init),
                          donorType: donorType.flatMap(DonorType.init(rawValue:)))
            summaries.append(LotSummary(lot: lot, deviceCount: Int(count), version: Int(version)))
        }
        return summaries
    }

    /// Read in one REPEATABLE READ transaction, PostgreSQL's snapshot: the weekly counts, the stage times and
    /// the weights describe the same moment, as SQLite's one read transaction does.
    public func workshopStatistics(weeks count: Int, now: Date, calendar: Calendar) async throws -> WorkshopStatistics {
        guard let period = AppDatabase.statisticsPeriod(weeks: count, now: now, calendar: calendar) else {
            return WorkshopStatistics(weeks: [], stageTimes: [], weight: DivertedWeight())
        }
        return try await transaction { connection in
            try await connection.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY", logger: logger)

            var weeks = WeeklyFlowTally(starts: period.starts, calendar: calendar)
            for try await (occurredAt, stage) in try await connection.query("""
                SELECT event.occurredAt, \(unescaped: Self.stageEntered) AS stage
                FROM event JOIN device ON device.id = event.deviceId
                WHERE event.occurredAt >= \(period.start) AND event.occurredAt < \(period.end) AND device.voidedAt IS NULL
                  AND (kind = 'received' OR (kind = 'moved' AND \(unescaped: Self.stageEntered) IN ('sold', 'donated', 'recycled')))
                """, logger: logger).decode((Date, String?).self) {
                weeks.count(stage: stage, at: occurredAt)
            }

            var stays = StageTimeTally()
            for try await (stage, days) in try await connection.query("""
                SELECT stage, extract(epoch FROM leftAt - enteredAt)::float8 / 86400 AS days FROM (
                    SELECT \(unescaped: Self.stageEntered) AS stage, occurredAt AS enteredAt,
                           lead(occurredAt) OVER (PARTITION BY deviceId ORDER BY id) AS leftAt
                    FROM event WHERE kind IN ('received', 'moved')
                      AND deviceId IN (SELECT deviceId FROM event WHERE kind = 'moved'
                                       AND occurredAt >= \(period.start) AND occurredAt < \(period.end))
                ) AS stays WHERE leftAt IS NOT NULL AND leftAt >= \(period.start) AND leftAt < \(period.end)
                """, logger: logger).decode((String?, Double?).self) {
                stays.add(stage: stage, days: days)
            }

            var groups: [(lotId: Int64, category: String, stage: String, count: Int)] = []
            for try await (lotId, category, stage, devices) in try await connection.query(
                "SELECT lotId, category, stage, count(*) FROM device WHERE voidedAt IS NULL GROUP BY lotId, category, stage",
                logger: logger).decode((Int64, String, String, Int64).self) {
                groups.append((lotId: lotId, category: category, stage: stage, count: Int(devices)))
            }
            var lots: [(id: Int64, weightGrams: Int?)] = []
            for try await (id, grams) in try await connection.query(
                "SELECT id, weightGrams FROM lot ORDER BY id", logger: logger).decode((Int64, Int64?).self) {
                lots.append((id: id, weightGrams: grams.map(Int.init)))
            }
            return WorkshopStatistics(weeks: weeks.weeks, stageTimes: stays.stageTimes,
                                      weight: AppDatabase.divertedWeight(groups: groups, lots: lots))
        }
    }

    /// The stage an event puts a device at: `received` for its intake, the target of a move (its payload's
    /// `to`, read only from a move's payload).
    static let stageEntered = "CASE WHEN kind = 'received' THEN 'received' WHEN kind = 'moved' THEN payload::jsonb ->> 'to' END"

    public func facts(for tag: AssetTag) async throws -> LifecycleFacts {
        EventReplay.facts(after: try await history(of: tag).map(\.change))
    }
}

extension PostgresStore: ReportingStore {}
extension PostgresStore: DeviceFactsStore {}
