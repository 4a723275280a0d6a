import Foundation
import PostgresNIO
import RefurbCore
import RefurbStore

/// The sales journal and the register of second-hand goods on PostgreSQL, with the rules
/// `AppDatabase+Journal` and `AppDatabase+Register` keep on SQLite: the same canonical bytes
/// (`JournalEntry`, `RegisterLine`), the same chain (`JournalChain`), and the same checks of closures and
/// seals once the chain is read (`AppDatabase.checkClosures`, `AppDatabase.registerVerification`).
///
/// The chain needs one writer at a time: each entry is linked to the last one. SQLite has that from its
/// single writer; here every append takes the journal's transaction-scoped advisory lock first, so that
/// entries are numbered and chained in the order their transactions commit, across every process. A
/// receipt is numbered under the same lock, in the sale's transaction. Sealing the register takes a lock
/// of its own.
extension PostgresStore {
    // MARK: - The journal

    public func closeJournal(day: String, signer: JournalSigner, actor: Actor, at date: Date) async throws -> JournalClosure? {
        try await transaction { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(Self.journalLock))", logger: logger)
            let previous = try await Self.closures(on: connection, logger: logger).last
            let first = (previous?.lastSequence ?? 0) + 1
            guard let (last, lastHash) = try await Self.lastJournalEntry(on: connection, logger: logger), last >= first else {
                return nil
            }
            let totals = try await Self.journalTotals(from: first, through: last, on: connection, logger: logger)
            let closure = signer.sign(JournalClosure(
                number: (previous?.number ?? 0) + 1, day: day, firstSequence: first, lastSequence: last, lastHash: lastHash,
                totals: totals, cumulativeCents: (previous?.cumulativeCents ?? 0) + totals.cents,
                closedAtMilliseconds: JournalEntry.milliseconds(date), actor: actor, keyId: signer.publicKey.keyId))
            try await connection.query("""
                INSERT INTO journalClosure (number, day, firstSequence, lastSequence, lastHash, totals, totalCents,
                                            cumulativeCents, closedAt, actorUser, actorStation, keyId, signature)
                VALUES (\(closure.number), \(closure.day), \(closure.firstSequence), \(closure.lastSequence),
                        \(Data(closure.lastHash.bytes)), \(closure.totals.stored), \(closure.totalCents), \(closure.cumulativeCents),
                        \(closure.closedAtMilliseconds), \(closure.actor.user), \(closure.actor.station), \(closure.keyId),
                        \(Data(closure.signature)))
                """, logger: logger)
            return closure
        }
    }

    public func journalClosures() async throws -> [JournalClosure] {
        try await client.withConnection { connection in try await Self.closures(on: connection, logger: logger) }
    }

    public func journalLines(from: Date, to: Date) async throws -> [JournalExport.Line] {
        var lines: [JournalExport.Line] = []
        for try await (sequence, kind, occurredAt, tag, cents, payment, saleKind, partner, refersTo, user, station, hash,
                       category, manufacturer, model) in try await client.query("""
            SELECT j.sequence, j.kind, j.occurredAt, j.assetTag, j.amountCents, j.paymentMethod, j.saleKind, j.partner, j.refersTo,
                   j.actorUser, j.actorStation, j.hash, d.category, d.manufacturer, d.model
            FROM journalEntry j LEFT JOIN device d ON d.assetTag = j.assetTag
            WHERE j.occurredAt >= \(JournalEntry.milliseconds(from)) AND j.occurredAt < \(JournalEntry.milliseconds(to))
            ORDER BY j.sequence
            """, logger: logger).decode((Int64, String, Int64, String, Int64, String, String, String?, Int64?, String, String, Data,
                                         String?, String?, String?).self) {
            guard let kind = JournalEntryKind(rawValue: kind), let payment = PaymentMethod(rawValue: payment),
                  let saleKind = SaleKind(rawValue: saleKind), let hash = JournalHash(hash) else {
                throw StoreError.corruptRow(table: "journalEntry", id: sequence)
            }
            let entry = JournalEntry(sequence: sequence, kind: kind, occurredAtMilliseconds: occurredAt, assetTag: tag, amountCents: cents,
                                     payment: payment, saleKind: saleKind, partner: partner, refersTo: refersTo,
                                     actor: Actor(user: user, station: station))
            lines.append(JournalExport.Line(entry: entry, hash: hash,
                                            description: AppDatabase.deviceDescription(category: category, manufacturer: manufacturer,
                                                                                       model: model)))
        }
        return lines
    }

    /// The whole chain checked in one pass, then every closure, in one snapshot (REPEATABLE READ): entries
    /// appended meanwhile are not half seen.
    public func verifyJournal(publicKey: JournalPublicKey?) async throws -> JournalVerification {
        try await transaction { connection in
            try await connection.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY", logger: logger)
            let closures = try await Self.closures(on: connection, logger: logger)
            let sealed = Dictionary(closures.map { ($0.lastSequence, $0.lastHash) }, uniquingKeysWith: { first, _ in first })
            var problems: [JournalProblem] = []
            var reached: [Int64: Bool] = [:]
            var checked: Int64 = 0
            var total: Int64 = 0
            var brokenAt: Int64?
            var hash = JournalHash.genesis
            var expected: Int64 = 1
            var running = JournalTotals()
            var runningStart: Int64 = 1
            var passTotals: [Int64: (first: Int64, totals: JournalTotals)] = [:]
            var encoding = JournalEncoding(capacity: 512)
            // Every row is read, even past a break: leaving a result half read would leave the connection busy.
            for try await (sequence, kind, occurredAt, tag, cents, payment, saleKind, partner, refersTo, user, station, stored)
                in try await connection.query("""
                    SELECT sequence, kind, occurredAt, assetTag, amountCents, paymentMethod, saleKind, partner, refersTo, actorUser,
                           actorStation, hash
                    FROM journalEntry ORDER BY sequence
                    """, logger: logger).decode((Int64, String, Int64, String, Int64, String, String, String?, Int64?, String, String,
                                                 Data).self) {
                total += 1
                guard brokenAt == nil else { continue }
                guard sequence == expected else {
                    problems.append(.entryMissing(expected: expected, found: sequence))
                    brokenAt = expected
                    continue
                }
                // Each column as stored, in `JournalEntry.fieldNames`' order, as SQLite's verifier reads them.
                encoding.reset()
                encoding.integer(sequence)
                encoding.text(kind)
                encoding.integer(occurredAt)
                encoding.text(tag)
                encoding.integer(cents)
                encoding.text(payment)
                encoding.text(saleKind)
                encoding.text(partner)
                if let refersTo { encoding.integer(refersTo) } else { encoding.null() }
                encoding.text(user)
                encoding.text(station)
                let linked = encoding.withBytes { JournalChain.link(previous: hash, encoding: $0) }
                guard stored.elementsEqual(linked.bytes) else {
                    problems.append(.entryAltered(sequence: sequence, assetTag: tag))
                    brokenAt = sequence
                    continue
                }
                hash = linked
                // An unknown method can only be a changed row, which the chain already names.
                running.add(PaymentMethod(rawValue: payment) ?? .unspecified, count: 1, cents: cents)
                if let seal = sealed[sequence] {
                    reached[sequence] = seal == linked
                    passTotals[sequence] = (runningStart, running)
                    running = JournalTotals()
                    runningStart = sequence + 1
                }
                checked += 1
                expected += 1
            }
            // A closure whose range the pass did not see whole is totalled by a query.
            var queried: [String: JournalTotals] = [:]
            for closure in closures where passTotals[closure.lastSequence]?.first != closure.firstSequence {
                queried["\(closure.firstSequence)-\(closure.lastSequence)"] = try await Self.journalTotals(
                    from: closure.firstSequence, through: closure.lastSequence, on: connection, logger: logger)
            }
            try AppDatabase.checkClosures(closures, reached: reached, brokenAt: brokenAt, passTotals: passTotals, publicKey: publicKey,
                                          problems: &problems) { first, last in
                queried["\(first)-\(last)"] ?? JournalTotals()
            }
            return JournalVerification(entriesChecked: checked, closuresChecked: closures.count,
                                       unclosedEntries: max(0, (brokenAt == nil ? checked : total) - (closures.last?.lastSequence ?? 0)),
                                       problems: problems, signaturesChecked: publicKey != nil)
        }
    }

    // MARK: - The register of second-hand goods

    @discardableResult
    public func sealRegister(today: CivilDay, timeZone: TimeZone, signer: JournalSigner, actor: Actor,
                             at date: Date) async throws -> [RegisterSeal] {
        try await transaction { connection in
            // One sealing at a time: the lines are numbered and chained after the last one.
            try await connection.query("SELECT pg_advisory_xact_lock(\(Self.registerLock))", logger: logger)
            let lastDay = try await Self.lastSealedDay(on: connection, logger: logger)
            let lower = lastDay.map { AppDatabase.start(of: $0.adding(days: 1), in: timeZone) }
            let upper = AppDatabase.start(of: today, in: timeZone)
            guard lower.map({ $0 < upper }) ?? true else { return [] }
            let movements = try await Self.registerMovements(from: lower ?? .distantPast, to: upper, timeZone: timeZone,
                                                             on: connection, logger: logger)
            guard !movements.isEmpty else { return [] }
            var number: Int64 = 0
            var hash = JournalHash.genesis
            for try await (last, stored) in try await connection.query(
                "SELECT number, hash FROM registerLine ORDER BY number DESC LIMIT 1", logger: logger).decode((Int64, Data).self) {
                guard let lastHash = JournalHash(stored) else { throw StoreError.corruptRow(table: "registerLine", id: last) }
                number = last
                hash = lastHash
            }
            let sealing = RegisterSealing(movements: movements, after: number, hash: hash, signer: signer, actor: actor, at: date)
            for (line, hash) in sealing.lines {
                try await connection.query("""
                    INSERT INTO registerLine (number, day, occurredAt, movement, reason, assetTag, description, serial,
                                              provenance, payment, amountCents, hash)
                    VALUES (\(line.number), \(line.day), \(line.occurredAtMilliseconds), \(line.movement.rawValue), \(line.reason.rawValue),
                            \(line.assetTag), \(line.description), \(line.serial), \(line.provenance), \(line.payment?.rawValue),
                            \(line.amountCents), \(Data(hash.bytes)))
                    """, logger: logger)
            }
            for seal in sealing.seals {
                try await connection.query("""
                    INSERT INTO registerSeal (day, firstNumber, lastNumber, lineCount, lastHash, sealedAt, actorUser, actorStation,
                                              keyId, signature)
                    VALUES (\(seal.day), \(seal.firstNumber), \(seal.lastNumber), \(seal.lineCount), \(Data(seal.lastHash.bytes)),
                            \(seal.sealedAtMilliseconds), \(seal.actor.user), \(seal.actor.station), \(seal.keyId), \(Data(seal.signature)))
                    """, logger: logger)
            }
            return sealing.seals
        }
    }

    public func registerExtract(from: CivilDay, to: CivilDay, today: CivilDay, timeZone: TimeZone) async throws -> RegisterExtract {
        try await transaction { connection in
            try await connection.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY", logger: logger)
            let seals = try await Self.registerSeals(where: "day BETWEEN $1 AND $2", from.text, to.text, on: connection, logger: logger)
            var lines: [RegisterLine] = []
            var hashes: [Int64: JournalHash] = [:]
            for try await (number, day, occurredAt, reason, tag, description, serial, provenance, payment, cents, stored)
                in try await connection.query("""
                    SELECT number, day, occurredAt, reason, assetTag, description, serial, provenance, payment, amountCents, hash
                    FROM registerLine WHERE day BETWEEN \(from.text) AND \(to.text) ORDER BY number
                    """, logger: logger).decode((Int64, String, Int64, String, String, String, String?, String, String?, Int64?,
                                                 Data).self) {
                guard let reason = RegisterReason(rawValue: reason), let hash = JournalHash(stored) else {
                    throw StoreError.corruptRow(table: "registerLine", id: number)
                }
                lines.append(RegisterLine(number: number, day: day, occurredAtMilliseconds: occurredAt, reason: reason, assetTag: tag,
                                          description: description, serial: serial, provenance: provenance,
                                          payment: payment.flatMap(PaymentMethod.init(rawValue:)), amountCents: cents))
                hashes[number] = hash
            }
            let lastSealed = try await Self.lastSealedDay(on: connection, logger: logger)
            let liveFrom = max(from, lastSealed.map { $0.adding(days: 1) } ?? from)
            if liveFrom <= to {
                lines += try await Self.registerMovements(from: AppDatabase.start(of: liveFrom, in: timeZone),
                                                          to: AppDatabase.start(of: to.adding(days: 1), in: timeZone),
                                                          timeZone: timeZone, on: connection, logger: logger)
            }
            return RegisterExtract(lines: lines, seals: Dictionary(uniqueKeysWithValues: seals.map { ($0.day, $0) }),
                                   hashes: hashes, today: today.text)
        }
    }

    public func registerSeals() async throws -> [RegisterSeal] {
        try await client.withConnection { connection in
            try await Self.registerSeals(where: "TRUE", on: connection, logger: logger)
        }
    }

    public func verifyRegister(publicKey: JournalPublicKey?) async throws -> RegisterVerification {
        try await transaction { connection in
            try await connection.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY", logger: logger)
            let seals = try await Self.registerSeals(where: "TRUE", on: connection, logger: logger)
            let pinned = Dictionary(seals.map { ($0.lastNumber, $0.lastHash) }, uniquingKeysWith: { first, _ in first })
            var problems: [RegisterProblem] = []
            var reached: [Int64: Bool] = [:]
            var checked: Int64 = 0
            var brokenAt: Int64?
            var hash = JournalHash.genesis
            var expected: Int64 = 1
            var encoding = JournalEncoding()
            for try await (number, day, occurredAt, movement, reason, tag, description, serial, provenance, payment, cents, stored)
                in try await connection.query("""
                    SELECT number, day, occurredAt, movement, reason, assetTag, description, serial, provenance, payment, amountCents, hash
                    FROM registerLine ORDER BY number
                    """, logger: logger).decode((Int64, String, Int64, String, String, String, String, String?, String, String?,
                                                 Int64?, Data).self) {
                guard brokenAt == nil else { continue }
                guard number == expected else {
                    problems.append(.lineMissing(expected: expected, found: number))
                    brokenAt = expected
                    continue
                }
                // Each column as stored, in `RegisterLine.fieldNames`' order.
                encoding.reset()
                encoding.integer(number)
                encoding.text(day)
                encoding.integer(occurredAt)
                encoding.text(movement)
                encoding.text(reason)
                encoding.text(tag)
                encoding.text(description)
                encoding.text(serial)
                encoding.text(provenance)
                encoding.text(payment)
                if let cents { encoding.integer(cents) } else { encoding.null() }
                let linked = encoding.withBytes { JournalChain.link(previous: hash, encoding: $0) }
                guard stored.elementsEqual(linked.bytes) else {
                    problems.append(.lineAltered(number: number, assetTag: tag))
                    brokenAt = number
                    continue
                }
                hash = linked
                if let seal = pinned[number] { reached[number] = seal == linked }
                checked += 1
                expected += 1
            }
            return AppDatabase.registerVerification(seals, reached: reached, brokenAt: brokenAt, checked: checked, publicKey: publicKey,
                                                    problems: problems)
        }
    }

    // MARK: - Inside a transaction or on one connection

    /// The advisory locks under which the journal is chained and receipts numbered ("jrnl"), and the
    /// register sealed ("regs").
    static let journalLock: Int64 = 0x6a_72_6e_6c
    static let registerLock: Int64 = 0x72_65_67_73

    /// Appends the journal entries and receipts a device's changes call for (`AppDatabase.sales(in:of:)`), in
    /// the caller's transaction, as `AppDatabase.journal` does in SQLite's change path.
    static func journal(_ changes: [Change], of device: Device, payment: PaymentMethod, actor: Actor, at date: Date,
                        on connection: PostgresConnection, logger: Logger) async throws {
        for sale in AppDatabase.sales(in: changes, of: device) {
            let entry = try await appendJournalEntry(kind: .sale, assetTag: device.assetTag.text, amountCents: sale.amountCents,
                                                     payment: payment, saleKind: sale.kind, partner: sale.partner, refersTo: nil,
                                                     actor: actor, at: date, on: connection, logger: logger)
            // Receipts are numbered under the journal's lock, which the entry took: no gap, no two alike.
            try await connection.query("""
                INSERT INTO receipt (number, journalSequence, assetTag, soldAt)
                SELECT coalesce(max(number), 0) + 1, \(entry.sequence), \(device.assetTag.text), \(date) FROM receipt
                """, logger: logger)
        }
    }

    /// Chains one entry to the last one and inserts it, under the journal's lock (held until the caller's
    /// transaction ends).
    @discardableResult
    static func appendJournalEntry(kind: JournalEntryKind, assetTag: String, amountCents: Int64, payment: PaymentMethod,
                                   saleKind: SaleKind, partner: String?, refersTo: Int64?, actor: Actor, at date: Date,
                                   on connection: PostgresConnection, logger: Logger) async throws -> JournalEntry {
        try await connection.query("SELECT pg_advisory_xact_lock(\(journalLock))", logger: logger)
        let last = try await lastJournalEntry(on: connection, logger: logger)
        let entry = JournalEntry(sequence: (last?.sequence ?? 0) + 1, kind: kind, occurredAt: date, assetTag: assetTag,
                                 amountCents: amountCents, payment: payment, saleKind: saleKind, partner: partner,
                                 refersTo: refersTo, actor: actor)
        let hash = JournalChain.link(previous: last?.hash ?? .genesis, encoding: entry.canonicalBytes)
        try await connection.query("""
            INSERT INTO journalEntry (sequence, kind, occurredAt, assetTag, amountCents, paymentMethod, saleKind, partner,
                                      refersTo, actorUser, actorStation, hash)
            VALUES (\(entry.sequence), \(entry.kind.rawValue), \(entry.occurredAtMilliseconds), \(entry.assetTag),
                    \(entry.amountCents), \(entry.payment.rawValue), \(entry.saleKind.rawValue), \(entry.partner),
                    \(entry.refersTo), \(entry.actor.user), \(entry.actor.station), \(Data(hash.bytes)))
            """, logger: logger)
        return entry
    }

    static func lastJournalEntry(on connection: PostgresConnection, logger: Logger) async throws -> (sequence: Int64, hash: JournalHash)? {
        for try await (sequence, stored) in try await connection.query(
            "SELECT sequence, hash FROM journalEntry ORDER BY sequence DESC LIMIT 1", logger: logger).decode((Int64, Data).self) {
            guard let hash = JournalHash(stored) else { throw StoreError.corruptRow(table: "journalEntry", id: sequence) }
            return (sequence, hash)
        }
        return nil
    }

    static func journalTotals(from first: Int64, through last: Int64, on connection: PostgresConnection,
                              logger: Logger) async throws -> JournalTotals {
        var totals = JournalTotals()
        for try await (payment, count, cents) in try await connection.query("""
            SELECT paymentMethod, count(*), sum(amountCents)::bigint FROM journalEntry
            WHERE sequence BETWEEN \(first) AND \(last) GROUP BY paymentMethod
            """, logger: logger).decode((String, Int64, Int64).self) {
            totals.add(PaymentMethod(rawValue: payment) ?? .unspecified, count: count, cents: cents)
        }
        return totals
    }

    static func closures(on connection: PostgresConnection, logger: Logger) async throws -> [JournalClosure] {
        var closures: [JournalClosure] = []
        for try await (number, day, first, last, lastHash, totals, cumulative, closedAt, user, station, keyId, signature)
            in try await connection.query("""
                SELECT number, day, firstSequence, lastSequence, lastHash, totals, cumulativeCents, closedAt, actorUser, actorStation,
                       keyId, signature
                FROM journalClosure ORDER BY number
                """, logger: logger).decode((Int64, String, Int64, Int64, Data, String, Int64, Int64, String, String, String, Data).self) {
            guard let hash = JournalHash(lastHash), let totals = JournalTotals(stored: totals) else {
                throw StoreError.corruptRow(table: "journalClosure", id: number)
            }
            closures.append(JournalClosure(number: number, day: day, firstSequence: first, lastSequence: last, lastHash: hash,
                                           totals: totals, cumulativeCents: cumulative, closedAtMilliseconds: closedAt,
                                           actor: Actor(user: user, station: station), keyId: keyId, signature: Array(signature)))
        }
        return closures
    }

    static func lastSealedDay(on connection: PostgresConnection, logger: Logger) async throws -> CivilDay? {
        for try await day in try await connection.query("SELECT max(day COLLATE \"C\") FROM registerSeal", logger: logger)
            .decode(String?.self) {
            return day.flatMap(CivilDay.init)
        }
        return nil
    }

    static func registerSeals(where condition: String, _ values: String..., on connection: PostgresConnection,
                              logger: Logger) async throws -> [RegisterSeal] {
        var bindings = PostgresBindings()
        for value in values { bindings.append(value) }
        let sql = """
            SELECT day, firstNumber, lastNumber, lastHash, sealedAt, actorUser, actorStation, keyId, signature
            FROM registerSeal WHERE \(condition) ORDER BY day COLLATE "C"
            """
        var seals: [RegisterSeal] = []
        for try await (day, first, last, lastHash, sealedAt, user, station, keyId, signature) in try await connection.query(
            PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger)
            .decode((String, Int64, Int64, Data, Int64, String, String, String, Data).self) {
            guard let hash = JournalHash(lastHash) else { throw StoreError.corruptRow(table: "registerSeal", id: first) }
            seals.append(RegisterSeal(day: day, firstNumber: first, lastNumber: last, lastHash: hash, sealedAtMilliseconds: sealedAt,
                                      actor: Actor(user: user, station: station), keyId: keyId, signature: Array(signature)))
        }
        return seals
    }

    /// The movements recorded in [from, to) in the order they happened, unnumbered, as
    /// `AppDatabase.registerMovements` reads them: the same events, and each line made by the same
    /// `AppDatabase.registerLine`. A move to sold brings the sales journal's entry at the same moment (to
    /// the millisecond, ± 1 s) in the same query.
    static func registerMovements(from: Date, to: Date, timeZone: TimeZone, on connection: PostgresConnection,
                                  logger: Logger) async throws -> [RegisterLine] {
        let left = Stage.allCases.filter(\.hasLeftWorkshop).map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let sql = """
            SELECT e.kind, e.occurredAt, e.payload::jsonb ->> 'from', e.payload::jsonb ->> 'to', d.assetTag, d.category, d.manufacturer,
                   d.model, d.serial, l.code, l.donorType, n.name, s.sequence, s.paymentMethod, s.amountCents
            FROM event e JOIN device d ON d.id = e.deviceId JOIN lot l ON l.id = d.lotId JOIN donor n ON n.id = l.donorId
            LEFT JOIN LATERAL (
                SELECT j.sequence, j.paymentMethod, j.amountCents FROM journalEntry j
                WHERE e.kind = 'moved' AND e.payload::jsonb ->> 'to' = 'sold' AND j.assetTag = d.assetTag AND j.kind = 'sale'
                  AND j.occurredAt BETWEEN floor(extract(epoch FROM e.occurredAt) * 1000)::bigint - 1000
                                       AND floor(extract(epoch FROM e.occurredAt) * 1000)::bigint + 1000
                ORDER BY j.sequence DESC LIMIT 1) s ON TRUE
            WHERE e.occurredAt >= $1 AND e.occurredAt < $2
              AND (e.kind IN ('received', 'intake-voided')
                   OR (e.kind = 'moved' AND (e.payload::jsonb ->> 'to' IN (\(left)) OR e.payload::jsonb ->> 'from' IN (\(left)))))
            ORDER BY e.occurredAt, e.id
            """
        var bindings = PostgresBindings()
        bindings.append(from)
        bindings.append(to)
        var lines: [RegisterLine] = []
        for try await (kind, occurredAt, fromStage, toStage, tag, category, manufacturer, model, serial, lotCode, donorType, donorName,
                       saleSequence, salePayment, saleCents) in try await connection.query(
            PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger)
            .decode((String, Date, String?, String?, String, String?, String?, String?, String?, String, String?, String, Int64?,
                     String?, Int64?).self) {
            let event = AppDatabase.RegisterEvent(kind: kind, occurredAt: occurredAt, fromStage: fromStage, toStage: toStage,
                                                  assetTag: tag, category: category, manufacturer: manufacturer, model: model,
                                                  serial: serial, lotCode: lotCode, donorType: donorType, donorName: donorName)
            let line = try AppDatabase.registerLine(event, timeZone: timeZone) { _, _ in
                saleSequence == nil ? nil : (payment: salePayment, amountCents: saleCents)
            }
            if let line { lines.append(line) }
        }
        return lines
    }
}

extension PostgresStore: SalesBooksStore {}
