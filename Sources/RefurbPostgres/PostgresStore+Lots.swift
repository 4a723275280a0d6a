import Foundation
import PostgresNIO
import RefurbCore
import RefurbStore

extension PostgresStore {
    /// Opens a lot for a donor (creating the donor on first sight), numbered within its year, with the
    /// checks `AppDatabase.openLot` makes, in the first site (`openLot(_:in:receivedOn:actor:at:)` names another).
    public func openLot(_ input: LotInput, receivedOn: String, actor: Actor, at date: Date) async throws -> Lot {
        try await openLot(input, site: nil, receivedOn: receivedOn, actor: actor, at: date)
    }

    /// Opens a lot in `site`, or in the first site when it is nil.
    func openLot(_ input: LotInput, site: SiteCode?, receivedOn: String, actor: Actor, at date: Date) async throws -> Lot {
        guard let year = AppDatabase.year(ofDay: receivedOn) else {
            throw StoreError.invalidInput(Message("store.dayMalformed", receivedOn))
        }
        if let count = input.declaredCount { try AppDatabase.checked(count, .deviceCount, field: "declaredCount") }
        if let grams = input.weightGrams { try AppDatabase.checked(grams, .weight, field: "weightGrams") }
        return try await transaction { connection in
            let siteId = try await Self.siteId(site, on: connection, logger: logger)
            // Lot numbers run within a year: one opening at a time takes the next, across every process.
            try await connection.query("SELECT pg_advisory_xact_lock(\(Self.lotNumberLock))", logger: logger)
            var donorId: Int64?
            for try await id in try await connection.query(
                "SELECT id FROM donor WHERE name = \(input.donorName)", logger: logger).decode(Int64.self) { donorId = id }
            if donorId == nil {
                for try await id in try await connection.query(
                    "INSERT INTO donor (name, createdAt) VALUES (\(input.donorName), \(date)) RETURNING id",
                    logger: logger).decode(Int64.self) { donorId = id }
            }
            guard let donorId else { throw StoreError.corruptRow(table: "donor", id: 0) }
            var lastNumber: Int64 = 0
            for try await number in try await connection.query(
                "SELECT coalesce(max(number), 0) FROM lot WHERE year = \(Int64(year))", logger: logger)
                .decode(Int64.self) { lastNumber = number }
            guard lastNumber < Int64(Int.max) else { throw StoreError.corruptRow(table: "lot", id: Int64(year)) }
            let code = LotCode(year: year, number: Int(lastNumber) + 1)
            var lotId: Int64 = 0
            for try await id in try await connection.query("""
                INSERT INTO lot (code, year, number, donorId, site, receivedOn, declaredCount, weightGrams,
                                 createdAt, donorType, siteId)
                VALUES (\(code.text), \(Int64(year)), \(lastNumber + 1), \(donorId), \(input.site), \(receivedOn),
                        \(input.declaredCount.map(Int64.init)), \(input.weightGrams.map(Int64.init)), \(date),
                        \(input.donorType?.rawValue), \(siteId))
                RETURNING id
                """, logger: logger).decode(Int64.self) { lotId = id }
            try await Self.append([.lotOpened(code: code, donor: input.donorName)], deviceId: nil, lotId: lotId,
                                  actor: actor, at: date, on: connection, logger: logger)
            return Lot(code: code, donorName: input.donorName, site: input.site, receivedOn: receivedOn,
                       declaredCount: input.declaredCount, weightGrams: input.weightGrams, donorType: input.donorType)
        }
    }

    public func lot(code: LotCode) async throws -> LotSummary? {
        let rows = try await client.query("""
            SELECT lot.code, donor.name, lot.site, lot.receivedOn, lot.declaredCount, lot.weightGrams, lot.donorType,
                   lot.liveDeviceCount, lot.version
            FROM lot JOIN donor ON donor.id = lot.donorId WHERE lot.code = \(code.text)
            """, logger: logger)
        for try await (text, donor, site, receivedOn, declared, grams, donorType, count, version) in rows.decode(
            (String, String, String?, String, Int64?, Int64?, String?, Int64, Int64).self) {
            guard let code = try? LotCode(parsing: text) else { throw StoreError.corruptRow(table: "lot", id: 0) }
            let lot = Lot(code: code, donorName: donor, site: site, receivedOn: receivedOn,
                          declaredCount: declared.map(Int.init), weightGrams: grams.map(Int.init),
                          donorType: donorType.flatMap(DonorType.init(rawValue:)))
            return LotSummary(lot: lot, deviceCount: Int(count), version: Int(version))
        }
        return nil
    }

    public func history(ofLot code: LotCode) async throws -> [Event] {
        try await client.withConnection { connection in
            guard let (lotId, _) = try await Self.lotIdentity(code: code, on: connection, logger: logger) else {
                throw StoreError.lotNotFound(code.text)
            }
            return try await Self.events(where: "lotId = $1", bind: lotId, on: connection, logger: logger)
        }
    }

    /// The advisory lock under which lot numbers are handed out ("lots" in ASCII).
    static let lotNumberLock: Int64 = 0x6c_6f_74_73

    /// The lot's row id and code as stored, or nil when no lot has this code.
    static func lotIdentity(code: LotCode, on connection: PostgresConnection, logger: Logger) async throws -> (Int64, LotCode)? {
        for try await (id, text) in try await connection.query(
            "SELECT id, code FROM lot WHERE code = \(code.text)", logger: logger).decode((Int64, String).self) {
            guard let stored = try? LotCode(parsing: text) else { throw StoreError.corruptRow(table: "lot", id: id) }
            return (id, stored)
        }
        return nil
    }
}
