import Foundation
import GRDB
import RefurbCore

extension AppDatabase {
    /// Opens a lot for a donor (creating the donor on first sight) and returns it with its new code,
    /// numbered within the year it arrived, in the first site: a workshop on its own has only that one
    /// (`openLot(_:in:receivedOn:actor:at:)` names another).
    public func openLot(_ input: LotInput, receivedOn: String, actor: Actor, at date: Date) throws -> Lot {
        try openLot(input, site: nil, receivedOn: receivedOn, actor: actor, at: date)
    }

    /// Opens a lot in `site`, or in the first site when it is nil. Lot numbers run across the network:
    /// LOT-2026-0007 names one lot whichever site opened it.
    func openLot(_ input: LotInput, site: SiteCode?, receivedOn: String, actor: Actor, at date: Date) throws -> Lot {
        guard let year = Self.year(ofDay: receivedOn) else {
            throw StoreError.invalidInput(Message("store.dayMalformed", receivedOn))
        }
        if let count = input.declaredCount { try Self.checked(count, .deviceCount, field: "declaredCount") }
        if let grams = input.weightGrams { try Self.checked(grams, .weight, field: "weightGrams") }
        return try writer.write { db in
            let siteId = try Self.siteId(site, in: db)
            var donor: DonorRecord
            if let existing = try DonorRecord.filter(DonorRecord.Columns.name == input.donorName).fetchOne(db) {
                donor = existing
            } else {
                donor = DonorRecord(id: nil, name: input.donorName, contact: nil, createdAt: date)
                try donor.insert(db)
            }
            let lastNumber = try Int.fetchOne(
                db, LotRecord.filter(LotRecord.Columns.year == year).select(max(LotRecord.Columns.number))) ?? 0
            // Only another program could have written a number this high; said, not overflowed on.
            guard lastNumber < Int.max else { throw StoreError.corruptRow(table: LotRecord.databaseTableName, id: Int64(year)) }
            let code = LotCode(year: year, number: lastNumber + 1)
            var record = LotRecord(
                id: nil, code: code.text, year: year, number: lastNumber + 1, donorId: donor.id!,
                site: input.site, receivedOn: receivedOn, declaredCount: input.declaredCount,
                weightGrams: input.weightGrams, createdAt: date, donorType: input.donorType?.rawValue, siteId: siteId)
            try record.insert(db)
            var event = EventRecord(deviceId: nil, lotId: record.id, change: .lotOpened(code: code, donor: donor.name),
                                    actor: actor, occurredAt: date)
            try event.insert(db)
            return record.lot(donorName: donor.name)
        }
    }

    public func lot(code: LotCode) throws -> LotSummary? {
        try writer.read { db in
            guard let record = try LotRecord.filter(LotRecord.Columns.code == code.text).fetchOne(db) else { return nil }
            return try Self.summary(of: record, in: db)
        }
    }

    /// What happened to the lot itself (its opening), oldest first; its devices have their own history.
    public func history(ofLot code: LotCode) throws -> [Event] {
        try writer.read { db in
            guard let record = try LotRecord.filter(LotRecord.Columns.code == code.text).fetchOne(db) else {
                throw StoreError.lotNotFound(code.text)
            }
            return try EventRecord.filter(EventRecord.Columns.lotId == record.id).order(EventRecord.Columns.id).fetchAll(db).map { try $0.event() }
        }
    }

    /// Every lot, newest first.
    public func lots() throws -> [LotSummary] {
        try writer.read { db in
            try LotRecord.order(LotRecord.Columns.id.desc).fetchAll(db).map { try Self.summary(of: $0, in: db) }
        }
    }

    static func summary(of record: LotRecord, in db: Database) throws -> LotSummary {
        let donorName = try String.fetchOne(
            db, DonorRecord.filter(DonorRecord.Columns.id == record.donorId).select(DonorRecord.Columns.name)) ?? ""
        return LotSummary(lot: record.lot(donorName: donorName), deviceCount: record.liveDeviceCount,
                          version: record.version)
    }

    /// The year of a `YYYY-MM-DD` day, or nil when the text is not such a day.
    package static func year(ofDay day: String) -> Int? {
        let parts = day.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let dayOfMonth = Int(parts[2]),
              (1...12).contains(month), (1...31).contains(dayOfMonth), year >= 1990 else { return nil }
        return year
    }
}
