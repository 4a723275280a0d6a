import Foundation
import GRDB
import RefurbCore

extension AppDatabase {
    /// The office dashboard's figures for the `weeks` weeks ending with the one that holds `now`, weeks
    /// cut in `calendar` (its time zone is the workshop's). Read in one transaction, so that the weekly
    /// counts, the stage times and the weights describe the same moment.
    public func workshopStatistics(weeks count: Int = 12, now: Date, calendar: Calendar) throws -> WorkshopStatistics {
        guard let period = Self.statisticsPeriod(weeks: count, now: now, calendar: calendar) else {
            return WorkshopStatistics(weeks: [], stageTimes: [], weight: DivertedWeight())
        }
        return try writer.read { db in
            WorkshopStatistics(
                weeks: try Self.weeklyFlows(starts: period.starts, until: period.end, calendar: calendar, in: db),
                stageTimes: try Self.stageTimes(endedFrom: period.start, until: period.end, in: db),
                weight: try Self.divertedWeight(in: db))
        }
    }

    /// The starts of the weeks the figures cover, the first moment of the oldest and the end of the newest;
    /// nil for no weeks at all (the statistics are then empty), on either engine.
    package static func statisticsPeriod(weeks count: Int, now: Date, calendar: Calendar) -> (starts: [Date], start: Date, end: Date)? {
        let starts = WeeklyFlow.weekStarts(count: count, endingAt: now, calendar: calendar)
        guard let periodStart = starts.first, let periodEnd = starts.last.flatMap({ calendar.date(byAdding: .weekOfYear, value: 1, to: $0) }) else {
            return nil
        }
        return (starts, periodStart, periodEnd)
    }

    /// The stage an event puts a device at: `received` for its intake, the target of a move.
    private static let stageEntered = "CASE kind WHEN 'received' THEN 'received' ELSE json_extract(payload, '$.to') END"

    /// Devices whose intake scan was undone (`voidedAt`) were never really received: they count nowhere.
    static func weeklyFlows(starts: [Date], until end: Date, calendar: Calendar, in db: Database) throws -> [WeeklyFlow] {
        var tally = WeeklyFlowTally(starts: starts, calendar: calendar)
        guard let first = starts.first else { return tally.weeks }
        let rows = try Row.fetchCursor(db, sql: """
            SELECT event.occurredAt, \(stageEntered) AS stage FROM event JOIN device ON device.id = event.deviceId
            WHERE event.occurredAt >= ? AND event.occurredAt < ? AND device.voidedAt IS NULL
              AND (kind = 'received' OR (kind = 'moved' AND json_extract(payload, '$.to') IN ('sold', 'donated', 'recycled')))
            """, arguments: [first, end])
        while let row = try rows.next() {
            tally.count(stage: row["stage"], at: row["occurredAt"])
        }
        return tally.weeks
    }

    /// Each stay is the time between the event that put a device at a stage and its next move, taken
    /// from the log rather than the device rows, which only know where devices are now. Only the
    /// histories of devices moved during the period are read: a stay ends with a move, and the log of a
    /// large inventory is mostly older devices (1.2 million events are read in well under a second).
    static func stageTimes(endedFrom start: Date, until end: Date, in db: Database) throws -> [StageTime] {
        var tally = StageTimeTally()
        let rows = try Row.fetchCursor(db, sql: """
            SELECT stage, julianday(leftAt) - julianday(enteredAt) AS days FROM (
                SELECT \(stageEntered) AS stage, occurredAt AS enteredAt,
                       LEAD(occurredAt) OVER (PARTITION BY deviceId ORDER BY id) AS leftAt
                FROM event WHERE kind IN ('received', 'moved')
                  AND deviceId IN (SELECT deviceId FROM event WHERE kind = 'moved' AND occurredAt >= ? AND occurredAt < ?)
            ) WHERE leftAt IS NOT NULL AND leftAt >= ? AND leftAt < ?
            """, arguments: [start, end, start, end])
        while let row = try rows.next() {
            tally.add(stage: row["stage"], days: row["days"])
        }
        return tally.stageTimes
    }

    static func divertedWeight(in db: Database) throws -> DivertedWeight {
        var groups: [(lotId: Int64, category: String, stage: String, count: Int)] = []
        for row in try Row.fetchAll(db, sql: "SELECT lotId, category, stage, COUNT(*) AS count FROM device WHERE voidedAt IS NULL GROUP BY lotId, category, stage") {
            groups.append((lotId: row["lotId"], category: row["category"], stage: row["stage"], count: row["count"]))
        }
        let lots = try Row.fetchAll(db, sql: "SELECT id, weightGrams FROM lot").map { row -> (id: Int64, weightGrams: Int?) in
            // Read without GRDB's conversion, which stops the process on a value that is no integer (a
            // REAL or a TEXT another program wrote); such a weight counts as out of range.
            let stored: DatabaseValue = row["weightGrams"]
            let weight: Int? = stored.isNull ? nil : (Int.fromDatabaseValue(stored) ?? Int.min)
            return (id: row["id"], weightGrams: weight)
        }
        return divertedWeight(groups: groups, lots: lots)
    }

    /// The weights from the live devices counted by lot, category and stage, and every lot's stored weight
    /// (nil when not weighed, `Int.min` for a value that is no integer), on either engine. A category or
    /// stage this version does not know is left out.
    package static func divertedWeight(groups rows: [(lotId: Int64, category: String, stage: String, count: Int)],
                                       lots: [(id: Int64, weightGrams: Int?)]) -> DivertedWeight {
        var groups: [Int64: [DivertedWeight.DeviceGroup]] = [:]
        for row in rows {
            guard let category = DeviceCategory(rawValue: row.category), let stage = Stage(rawValue: row.stage) else { continue }
            groups[row.lotId, default: []].append(DivertedWeight.DeviceGroup(category: category, stage: stage, count: row.count))
        }
        return DivertedWeight.apportion(lots.map { (weightGrams: $0.weightGrams, devices: groups[$0.id] ?? []) })
    }
}

/// The weekly counts, tallied from the log's receptions and departures as either engine reads them.
package struct WeeklyFlowTally: Sendable {
    package private(set) var weeks: [WeeklyFlow]
    private let index: [Date: Int]
    private let calendar: Calendar

    package init(starts: [Date], calendar: Calendar) {
        weeks = starts.map { WeeklyFlow(weekStart: $0) }
        index = Dictionary(uniqueKeysWithValues: starts.enumerated().map { ($0.element, $0.offset) })
        self.calendar = calendar
    }

    /// Counts one event that put a device at `stage` (received, sold, donated or recycled) in its week.
    package mutating func count(stage: String?, at date: Date) {
        guard let start = calendar.dateInterval(of: .weekOfYear, for: date)?.start, let position = index[start] else { return }
        switch Stage(rawValue: stage ?? "") {
        case .received: weeks[position].received += 1
        case .sold: weeks[position].sold += 1
        case .donated: weeks[position].donated += 1
        case .recycled: weeks[position].recycled += 1
        default: break
        }
    }
}

/// The stays at each stage, in days, tallied as either engine reads them; a negative stay counts as none.
package struct StageTimeTally: Sendable {
    private var days: [Stage: [Double]] = [:]

    package init() {}

    package mutating func add(stage: String?, days value: Double?) {
        guard let stage = Stage(rawValue: stage ?? ""), let value else { return }
        days[stage, default: []].append(max(0, value))
    }

    /// One entry per stage a device stays at, in lifecycle order.
    package var stageTimes: [StageTime] {
        StageTime.measuredStages.map { stage in
            StageTime(stage: stage, medianDays: StageTime.median(days[stage] ?? []), stays: days[stage]?.count ?? 0)
        }
    }
}
