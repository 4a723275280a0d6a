import Foundation
import GRDB
import GRDBSQLite
import RefurbCore

/// The sales journal: entries appended in the transaction of the sale itself, closures, the check of the
/// whole chain and the export for the accountant.
extension AppDatabase {
    /// Appends the journal entries a device's changes call for, in the caller's transaction (the change
    /// path's): a sale for a `.sold` change, and for a plain move to `sold` (no price given) a sale at
    /// the device's labelled price, so that no device leaves as sold without its line in the journal.
    /// Each sale gets its numbered receipt in the same transaction.
    static func journal(_ changes: [Change], of device: Device, payment: PaymentMethod, actor: Actor, at date: Date,
                        in db: Database) throws {
        for sale in sales(in: changes, of: device) {
            let (entry, _) = try appendJournalEntry(kind: .sale, assetTag: device.assetTag.text, amountCents: sale.amountCents,
                                                    payment: payment, saleKind: sale.kind, partner: sale.partner, refersTo: nil,
                                                    actor: actor, at: date, in: db)
            try issueReceipt(journalSequence: entry.sequence, assetTag: device.assetTag.text, at: date, in: db)
        }
    }

    /// The sales a device's changes call for, whichever engine journals them: one per `.sold` change, and
    /// for a plain move to sold (no price given) one at the device's labelled price.
    package static func sales(in changes: [Change], of device: Device) -> [(amountCents: Int64, kind: SaleKind, partner: String?)] {
        var sales: [(amountCents: Int64, kind: SaleKind, partner: String?)] = []
        for change in changes {
            guard case .sold(let price, let kind, let partner) = change else { continue }
            sales.append((Int64(price.cents), kind, partner))
        }
        let movedToSold = changes.contains { if case .moved(_, .sold, _) = $0 { true } else { false } }
        if movedToSold, sales.isEmpty {
            sales.append((Int64(device.price?.cents ?? 0), .public, nil))
        }
        return sales
    }

    /// Chains one entry to the last one and inserts it. Refunds and cancellations will come through here
    /// with a negative amount and `refersTo`.
    @discardableResult
    static func appendJournalEntry(kind: JournalEntryKind, assetTag: String, amountCents: Int64, payment: PaymentMethod,
                                   saleKind: SaleKind, partner: String?, refersTo: Int64?, actor: Actor, at date: Date,
                                   in db: Database) throws -> (JournalEntry, JournalHash) {
        let last = try Row.fetchOne(db, sql: "SELECT sequence, hash FROM journalEntry ORDER BY sequence DESC LIMIT 1")
        let sequence: Int64 = (last?["sequence"] ?? 0) + 1
        let previous = try last.map { row -> JournalHash in
            guard let hash = JournalHash((row["hash"] as Data?) ?? Data()) else {
                throw StoreError.corruptRow(table: "journalEntry", id: sequence - 1)
            }
            return hash
        } ?? .genesis
        let entry = JournalEntry(sequence: sequence, kind: kind, occurredAt: date, assetTag: assetTag,
                                 amountCents: amountCents, payment: payment, saleKind: saleKind, partner: partner,
                                 refersTo: refersTo, actor: actor)
        let hash = JournalChain.link(previous: previous, encoding: entry.canonicalBytes)
        try db.execute(sql: """
            INSERT INTO journalEntry (sequence, kind, occurredAt, assetTag, amountCents, paymentMethod, saleKind, partner,
                                      refersTo, actorUser, actorStation, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [entry.sequence, entry.kind.rawValue, entry.occurredAtMilliseconds, entry.assetTag,
                             entry.amountCents, entry.payment.rawValue, entry.saleKind.rawValue, entry.partner,
                             entry.refersTo, entry.actor.user, entry.actor.station, Data(hash.bytes)])
        return (entry, hash)
    }

    /// Closes the journal (the Z): every entry since the previous closure, totalled by payment method and
    /// signed. Nil when nothing was recorded since the previous closure.
    public func closeJournal(day: String, signer: JournalSigner, actor: Actor, at date: Date) throws -> JournalClosure? {
        try writer.write { db in
            let previous = try Self.closures(in: db).last
            let first = (previous?.lastSequence ?? 0) + 1
            guard let lastRow = try Row.fetchOne(db, sql: "SELECT sequence, hash FROM journalEntry ORDER BY sequence DESC LIMIT 1"),
                  let last: Int64 = lastRow["sequence"], last >= first else { return nil }
            guard let lastHash = JournalHash((lastRow["hash"] as Data?) ?? Data()) else {
                throw StoreError.corruptRow(table: "journalEntry", id: last)
            }
            let totals = try Self.journalTotals(from: first, through: last, in: db)
            let closure = signer.sign(JournalClosure(
                number: (previous?.number ?? 0) + 1, day: day, firstSequence: first, lastSequence: last, lastHash: lastHash,
                totals: totals, cumulativeCents: (previous?.cumulativeCents ?? 0) + totals.cents,
                closedAtMilliseconds: JournalEntry.milliseconds(date), actor: actor, keyId: signer.publicKey.keyId))
            try db.execute(sql: """
                INSERT INTO journalClosure (number, day, firstSequence, lastSequence, lastHash, totals, totalCents,
                                            cumulativeCents, closedAt, actorUser, actorStation, keyId, signature)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [closure.number, closure.day, closure.firstSequence, closure.lastSequence,
                                 Data(closure.lastHash.bytes), closure.totals.stored, closure.totalCents,
                                 closure.cumulativeCents, closure.closedAtMilliseconds, closure.actor.user,
                                 closure.actor.station, closure.keyId, Data(closure.signature)])
            return closure
        }
    }

    public func journalClosures() throws -> [JournalClosure] {
        try writer.read { db in try Self.closures(in: db) }
    }

    /// The entries recorded in [from, to), oldest first, with what describes each device.
    public func journalLines(from: Date, to: Date) throws -> [JournalExport.Line] {
        try writer.read { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT j.*, d.category, d.manufacturer, d.model FROM journalEntry j
                LEFT JOIN device d ON d.assetTag = j.assetTag
                WHERE j.occurredAt >= ? AND j.occurredAt < ? ORDER BY j.sequence
                """, arguments: [JournalEntry.milliseconds(from), JournalEntry.milliseconds(to)])
            var lines: [JournalExport.Line] = []
            while let row = try rows.next() {
                let sequence: Int64 = row["sequence"]
                guard let kind = JournalEntryKind(rawValue: row["kind"] ?? ""),
                      let payment = PaymentMethod(rawValue: row["paymentMethod"] ?? ""),
                      let saleKind = SaleKind(rawValue: row["saleKind"] ?? ""),
                      let hash = JournalHash((row["hash"] as Data?) ?? Data()) else {
                    throw StoreError.corruptRow(table: "journalEntry", id: sequence)
                }
                let entry = JournalEntry(
                    sequence: sequence, kind: kind, occurredAtMilliseconds: row["occurredAt"], assetTag: row["assetTag"],
                    amountCents: row["amountCents"], payment: payment, saleKind: saleKind, partner: row["partner"],
                    refersTo: row["refersTo"], actor: Actor(user: row["actorUser"], station: row["actorStation"]))
                let description = Self.deviceDescription(category: row["category"], manufacturer: row["manufacturer"], model: row["model"])
                lines.append(JournalExport.Line(entry: entry, hash: hash, description: description))
            }
            return lines
        }
    }

    /// Checks the whole chain, then every closure: its place after the previous one, the hash it sealed,
    /// its totals and (given the public key) its signature. The chain is checked up to its first problem,
    /// which names the first entry altered or missing; nothing after it is proof any more.
    public func verifyJournal(publicKey: JournalPublicKey?) throws -> JournalVerification {
        try writer.unsafeRead { db in
            // The file mapped in memory for this pass, set before its read transaction begins (SQLite
            // maps when a transaction starts): through read() the kernel copied every page again, and a
            // million entries took 0.98–1.17 s instead of 0.78–0.88 s (scripts/bench/journal).
            try db.execute(sql: "PRAGMA mmap_size = 4294967296")
            defer { try? db.execute(sql: "PRAGMA mmap_size = 0") }
            var result: JournalVerification?
            try db.inTransaction(.deferred) {
                result = try Self.verifyJournal(publicKey: publicKey, in: db)
                return .commit
            }
            return result!
        }
    }

    static func verifyJournal(publicKey: JournalPublicKey?, in db: Database) throws -> JournalVerification {
        do {
            let closures = try Self.closures(in: db)
            let sealed = Dictionary(closures.map { ($0.lastSequence, $0.lastHash) }, uniquingKeysWith: { first, _ in first })
            var problems: [JournalProblem] = []
            var reached: [Int64: Bool] = [:]
            var checked: Int64 = 0
            var brokenAt: Int64?

            let fields = JournalEntry.fieldNames
            let statement = try db.makeStatement(sql: "SELECT \(fields.joined(separator: ", ")), hash FROM journalEntry ORDER BY sequence")
            let sqlite = statement.sqliteStatement
            let hashColumn = Int32(fields.count)
            let amountColumn = Int32(fields.firstIndex(of: "amountCents")!)
            let paymentColumn = Int32(fields.firstIndex(of: "paymentMethod")!)
            // Where closures end, in order: a look-up in a dictionary for every entry cost more.
            let sealPoints = Set(closures.map(\.lastSequence)).sorted()
            var nextSeal = 0
            // The previous hash, then the entry's bytes, in one buffer hashed in one call.
            var encoding = JournalEncoding(capacity: 512)
            encoding.startChain()
            var expected: Int64 = 1
            // Each closure's totals are added up in the same pass (a second query per closure cost a
            // fifth of the time); a closure whose range the pass did not see is totalled by a query.
            let methods = PaymentMethod.allCases.map { Array($0.rawValue.utf8) }
            var counts = [Int64](repeating: 0, count: methods.count)
            var sums = [Int64](repeating: 0, count: methods.count)
            var runningStart: Int64 = 1
            var passTotals: [Int64: (first: Int64, totals: JournalTotals)] = [:]
            while true {
                let code = sqlite3_step(sqlite)
                if code == SQLITE_DONE { break }
                guard code == SQLITE_ROW else { throw SQLiteC.error(sqlite3_db_handle(sqlite), sql: statement.sql) }
                let sequence = sqlite3_column_int64(sqlite, 0)
                guard sequence == expected else {
                    problems.append(.entryMissing(expected: expected, found: sequence))
                    brokenAt = expected
                    break
                }
                encoding.reset(keepingPrefix: JournalChain.prefixLength)
                // One sqlite3_column_value per column, then the value's own accessors: each sqlite3_column_*
                // call takes the connection's mutex; a million entries went from 1.06 s to 0.92 s.
                var cents: Int64 = 0
                var method = UnsafeRawBufferPointer(start: nil, count: 0)
                for column in 0..<hashColumn {
                    let value = sqlite3_column_value(sqlite, column)
                    switch sqlite3_value_type(value) {
                    case SQLITE_INTEGER:
                        let integer = sqlite3_value_int64(value)
                        if column == amountColumn { cents = integer }
                        encoding.integer(integer)
                    case SQLITE_NULL: encoding.null()
                    case SQLITE_TEXT:
                        let text = UnsafeRawBufferPointer(start: sqlite3_value_text(value), count: Int(sqlite3_value_bytes(value)))
                        if column == paymentColumn { method = text }
                        encoding.text(text)
                    default:  // a real or a blob where none is ever written: its bytes, so the hash differs
                        encoding.blob(UnsafeRawBufferPointer(start: sqlite3_value_blob(value), count: Int(sqlite3_value_bytes(value))))
                    }
                }
                JournalChain.advance(&encoding)
                let stored = UnsafeRawBufferPointer(start: sqlite3_column_blob(sqlite, hashColumn),
                                                    count: Int(sqlite3_column_bytes(sqlite, hashColumn)))
                guard stored.count == 32, encoding.withBytes({ memcmp($0.baseAddress!, stored.baseAddress!, 32) == 0 }) else {
                    let tag = sqlite3_column_text(sqlite, 3).map { String(cString: $0) } ?? "?"
                    problems.append(.entryAltered(sequence: sequence, assetTag: tag))
                    brokenAt = sequence
                    break
                }
                // Compared by length then memcmp: a generic elementsEqual per entry was measurable.
                var slot = methods.count - 1  // unspecified, for a value no sale writes (the chain names it)
                for (index, bytes) in methods.enumerated() where bytes.count == method.count {
                    if bytes.withUnsafeBytes({ memcmp($0.baseAddress!, method.baseAddress!, bytes.count) }) == 0 { slot = index; break }
                }
                counts[slot] += 1
                sums[slot] &+= cents
                while nextSeal < sealPoints.count, sealPoints[nextSeal] < sequence { nextSeal += 1 }
                if nextSeal < sealPoints.count, sealPoints[nextSeal] == sequence, let seal = sealed[sequence] {
                    reached[sequence] = encoding.withBytes { seal.bytes.elementsEqual($0.prefix(JournalChain.prefixLength)) }
                    var totals = JournalTotals()
                    for (index, method) in PaymentMethod.allCases.enumerated() where counts[index] > 0 {
                        totals.add(method, count: counts[index], cents: sums[index])
                    }
                    passTotals[sequence] = (runningStart, totals)
                    counts = [Int64](repeating: 0, count: methods.count)
                    sums = counts
                    runningStart = sequence + 1
                }
                checked += 1
                expected += 1
            }
            sqlite3_reset(sqlite)

            try checkClosures(closures, reached: reached, brokenAt: brokenAt, passTotals: passTotals, publicKey: publicKey,
                              problems: &problems) { first, last in
                try Self.journalTotals(from: first, through: last, in: db)
            }
            let total = brokenAt == nil ? checked : try Int64.fetchOne(db, sql: "SELECT count(*) FROM journalEntry") ?? 0
            return JournalVerification(entriesChecked: checked, closuresChecked: closures.count,
                                       unclosedEntries: max(0, total - (closures.last?.lastSequence ?? 0)),
                                       problems: problems, signaturesChecked: publicKey != nil)
        }
    }

    /// Checks every closure once the chain was read, whichever engine read it: its place after the previous
    /// one, the hash it sealed (`reached`: whether the chain gave it at its last entry; up to `brokenAt`,
    /// the chain's first break), its totals (`passTotals`, by last entry, as the pass added them up from
    /// the first entry it gives; `totals` for a range the pass did not see) and its signature.
    package static func checkClosures(_ closures: [JournalClosure], reached: [Int64: Bool], brokenAt: Int64?,
                                      passTotals: [Int64: (first: Int64, totals: JournalTotals)], publicKey: JournalPublicKey?,
                                      problems: inout [JournalProblem],
                                      totals: (Int64, Int64) throws -> JournalTotals) throws {
        var previous: JournalClosure?
        for closure in closures {
            defer { previous = closure }
            guard closure.number == (previous?.number ?? 0) + 1,
                  closure.firstSequence == (previous?.lastSequence ?? 0) + 1,
                  closure.lastSequence >= closure.firstSequence else {
                problems.append(.closureOutOfOrder(number: closure.number))
                continue
            }
            // Past the chain's first break, the entry's problem already says it all.
            if brokenAt.map({ closure.lastSequence < $0 }) ?? true, reached[closure.lastSequence] != true {
                problems.append(.closureChainMismatch(number: closure.number, lastSequence: closure.lastSequence))
            }
            let seen = passTotals[closure.lastSequence].flatMap { $0.first == closure.firstSequence ? $0.totals : nil }
            let sum = try seen ?? totals(closure.firstSequence, closure.lastSequence)
            if sum != closure.totals || closure.cumulativeCents != (previous?.cumulativeCents ?? 0) + sum.cents {
                problems.append(.closureTotalsMismatch(number: closure.number))
            }
            if let publicKey, !closure.isSigned(by: publicKey) {
                problems.append(.closureSignatureInvalid(number: closure.number, keyId: closure.keyId))
            }
        }
    }

    static func journalTotals(from first: Int64, through last: Int64, in db: Database) throws -> JournalTotals {
        var totals = JournalTotals()
        let rows = try Row.fetchCursor(db, sql: """
            SELECT paymentMethod, count(*) AS n, sum(amountCents) AS cents FROM journalEntry
            WHERE sequence BETWEEN ? AND ? GROUP BY paymentMethod
            """, arguments: [first, last])
        while let row = try rows.next() {
            // An unknown method can only be a changed row, which the chain already names.
            let payment = PaymentMethod(rawValue: row["paymentMethod"] ?? "") ?? .unspecified
            totals.add(payment, count: row["n"], cents: row["cents"])
        }
        return totals
    }

    static func closures(in db: Database) throws -> [JournalClosure] {
        try Row.fetchAll(db, sql: "SELECT * FROM journalClosure ORDER BY number").map { row in
            let number: Int64 = row["number"]
            guard let lastHash = JournalHash((row["lastHash"] as Data?) ?? Data()),
                  let totals = JournalTotals(stored: row["totals"] ?? "") else {
                throw StoreError.corruptRow(table: "journalClosure", id: number)
            }
            return JournalClosure(
                number: number, day: row["day"], firstSequence: row["firstSequence"], lastSequence: row["lastSequence"],
                lastHash: lastHash, totals: totals, cumulativeCents: row["cumulativeCents"],
                closedAtMilliseconds: row["closedAt"], actor: Actor(user: row["actorUser"], station: row["actorStation"]),
                keyId: row["keyId"], signature: Array((row["signature"] as Data?) ?? Data()))
        }
    }
}

extension AppDatabase {
    /// The folder of the journal's Ed25519 key: `journal-key/` beside the database file, like the
    /// database itself a secret of the service (private key mode 0600 in a 0700 folder). Back it up
    /// with the database; give a copy of its public key to the accountant.
    public static func journalKeyDirectory(forDatabaseAt path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return (folder.isEmpty ? "." : folder) + "/journal-key"
    }
}
