import Foundation
import GRDB
import RefurbCore

/// The register of second-hand goods: every object in and out, in order, read from the event log and
/// frozen day by day once the day is over (sealed with the journal's key), so that a correction made to
/// a device later never changes what a sealed day says.
public struct RegisterExtract: Sendable {
    /// The lines of the range in order: the sealed days' as stored, then the days not sealed yet
    /// (today's) computed live, with no number.
    public var lines: [RegisterLine]
    /// The seals of the sealed days in the range, by day.
    public var seals: [String: RegisterSeal]
    /// The hash of each sealed line, by number.
    public var hashes: [Int64: JournalHash]
    /// The workshop's day when the extract was made: its lines are « journée en cours ».
    public var today: String

    public init(lines: [RegisterLine], seals: [String: RegisterSeal], hashes: [Int64: JournalHash], today: String) {
        self.lines = lines
        self.seals = seals
        self.hashes = hashes
        self.today = today
    }
}

extension AppDatabase {
    /// The first moment of a workshop's day in its time zone.
    public static func start(of day: CivilDay, in timeZone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day)) ?? .distantPast
    }

    /// Seals every past day not sealed yet, oldest first: its movements are numbered after the last
    /// sealed line, chained, stored, and the day's seal signed. Days before `today` only: today's
    /// movements are still coming. Returns the new seals (none when every past day is sealed already).
    @discardableResult
    public func sealRegister(today: CivilDay, timeZone: TimeZone, signer: JournalSigner, actor: Actor,
                             at date: Date) throws -> [RegisterSeal] {
        try writer.write { db in
            let lastDay = try String.fetchOne(db, sql: "SELECT max(day) FROM registerSeal")
            let lower = lastDay.flatMap(CivilDay.init).map { Self.start(of: $0.adding(days: 1), in: timeZone) }
            let upper = Self.start(of: today, in: timeZone)
            guard lower.map({ $0 < upper }) ?? true else { return [] }
            let movements = try Self.registerMovements(from: lower ?? .distantPast, to: upper, timeZone: timeZone, in: db)
            guard !movements.isEmpty else { return [] }
            let last = try Row.fetchOne(db, sql: "SELECT number, hash FROM registerLine ORDER BY number DESC LIMIT 1")
            let number: Int64 = last?["number"] ?? 0
            let hash = try last.map { row -> JournalHash in
                guard let hash = JournalHash((row["hash"] as Data?) ?? Data()) else {
                    throw StoreError.corruptRow(table: "registerLine", id: number)
                }
                return hash
            } ?? .genesis
            let sealing = RegisterSealing(movements: movements, after: number, hash: hash, signer: signer, actor: actor, at: date)
            for (line, hash) in sealing.lines {
                try db.execute(sql: """
                    INSERT INTO registerLine (number, day, occurredAt, movement, reason, assetTag, description, serial,
                                              provenance, payment, amountCents, hash)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [line.number, line.day, line.occurredAtMilliseconds, line.movement.rawValue, line.reason.rawValue,
                                     line.assetTag, line.description, line.serial, line.provenance, line.payment?.rawValue,
                                     line.amountCents, Data(hash.bytes)])
            }
            for seal in sealing.seals {
                try db.execute(sql: """
                    INSERT INTO registerSeal (day, firstNumber, lastNumber, lineCount, lastHash, sealedAt, actorUser, actorStation,
                                              keyId, signature)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [seal.day, seal.firstNumber, seal.lastNumber, seal.lineCount, Data(seal.lastHash.bytes),
                                     seal.sealedAtMilliseconds, seal.actor.user, seal.actor.station, seal.keyId, Data(seal.signature)])
            }
            return sealing.seals
        }
    }

    /// The register from `from` to `to` (both included): the sealed days as stored, then the days after
    /// the last seal computed live from the event log (today's, and any past day not sealed yet).
    public func registerExtract(from: CivilDay, to: CivilDay, today: CivilDay, timeZone: TimeZone) throws -> RegisterExtract {
        try writer.read { db in
            let seals = try Self.registerSeals(where: "day BETWEEN ? AND ?", [from.text, to.text], in: db)
            var lines: [RegisterLine] = []
            var hashes: [Int64: JournalHash] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT * FROM registerLine WHERE day BETWEEN ? AND ? ORDER BY number",
                                           arguments: [from.text, to.text])
            while let row = try rows.next() {
                let number: Int64 = row["number"]
                guard let reason = RegisterReason(rawValue: row["reason"] ?? ""),
                      let hash = JournalHash((row["hash"] as Data?) ?? Data()) else {
                    throw StoreError.corruptRow(table: "registerLine", id: number)
                }
                lines.append(RegisterLine(
                    number: number, day: row["day"], occurredAtMilliseconds: row["occurredAt"], reason: reason,
                    assetTag: row["assetTag"], description: row["description"], serial: row["serial"],
                    provenance: row["provenance"], payment: (row["payment"] as String?).flatMap(PaymentMethod.init(rawValue:)),
                    amountCents: row["amountCents"]))
                hashes[number] = hash
            }
            let lastSealed = try String.fetchOne(db, sql: "SELECT max(day) FROM registerSeal").flatMap(CivilDay.init)
            let liveFrom = max(from, lastSealed.map { $0.adding(days: 1) } ?? from)
            if liveFrom <= to {
                lines += try Self.registerMovements(from: Self.start(of: liveFrom, in: timeZone),
                                                    to: Self.start(of: to.adding(days: 1), in: timeZone), timeZone: timeZone, in: db)
            }
            return RegisterExtract(lines: lines, seals: Dictionary(uniqueKeysWithValues: seals.map { ($0.day, $0) }),
                                   hashes: hashes, today: today.text)
        }
    }

    /// Every seal, oldest first.
    public func registerSeals() throws -> [RegisterSeal] {
        try writer.read { db in try Self.registerSeals(where: "1", [], in: db) }
    }

    /// The movements recorded in [from, to), in the order they happened (by time, then as recorded), unnumbered: intakes, moves out of
    /// the workshop (sold, recycled, donated) and back in, undone intakes. A sale's payment is the sales
    /// journal's entry written in the same transaction; a move to sold without one is a device handed
    /// back to its buyer after a claim. Descriptions, serials and donors are the devices' as they are now.
    static func registerMovements(from: Date, to: Date, timeZone: TimeZone, in db: Database) throws -> [RegisterLine] {
        let left = Stage.allCases.filter(\.hasLeftWorkshop).map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let rows = try Row.fetchCursor(db, sql: """
            SELECT e.id, e.kind, e.occurredAt, json_extract(e.payload, '$.from') AS fromStage, json_extract(e.payload, '$.to') AS toStage,
                   d.assetTag, d.category, d.manufacturer, d.model, d.serial, l.code AS lotCode, l.donorType, n.name AS donorName
            FROM event e JOIN device d ON d.id = e.deviceId JOIN lot l ON l.id = d.lotId JOIN donor n ON n.id = l.donorId
            WHERE e.occurredAt >= ? AND e.occurredAt < ?
              AND (e.kind IN ('received', 'intake-voided')
                   OR (e.kind = 'moved' AND (json_extract(e.payload, '$.to') IN (\(left)) OR json_extract(e.payload, '$.from') IN (\(left)))))
            ORDER BY e.occurredAt, e.id
            """, arguments: [from, to])
        var lines: [RegisterLine] = []
        while let row = try rows.next() {
            let event = RegisterEvent(kind: row["kind"], occurredAt: row["occurredAt"], fromStage: row["fromStage"], toStage: row["toStage"],
                                      assetTag: row["assetTag"], category: row["category"], manufacturer: row["manufacturer"],
                                      model: row["model"], serial: row["serial"], lotCode: row["lotCode"], donorType: row["donorType"],
                                      donorName: row["donorName"])
            let line = try registerLine(event, timeZone: timeZone) { tag, milliseconds in
                // The sale's entry carries the same moment (rounded to the millisecond by both sides).
                try Row.fetchOne(db, sql: """
                    SELECT paymentMethod, amountCents FROM journalEntry
                    WHERE assetTag = ? AND kind = 'sale' AND occurredAt BETWEEN ? AND ? ORDER BY sequence DESC LIMIT 1
                    """, arguments: [tag, milliseconds - 1_000, milliseconds + 1_000])
                    .map { (payment: $0["paymentMethod"], amountCents: $0["amountCents"]) }
            }
            if let line { lines.append(line) }
        }
        return lines
    }

    /// An event of the register's query (`registerMovements`): what happened, and the device, its lot and
    /// donor as they are now.
    package struct RegisterEvent: Sendable {
        package var kind: String
        package var occurredAt: Date
        package var fromStage: String?
        package var toStage: String?
        package var assetTag: String
        package var category: String?
        package var manufacturer: String?
        package var model: String?
        package var serial: String?
        package var lotCode: String
        package var donorType: String?
        package var donorName: String

        package init(kind: String, occurredAt: Date, fromStage: String?, toStage: String?, assetTag: String, category: String?,
                     manufacturer: String?, model: String?, serial: String?, lotCode: String, donorType: String?, donorName: String) {
            self.kind = kind
            self.occurredAt = occurredAt
            self.fromStage = fromStage
            self.toStage = toStage
            self.assetTag = assetTag
            self.category = category
            self.manufacturer = manufacturer
            self.model = model
            self.serial = serial
            self.lotCode = lotCode
            self.donorType = donorType
            self.donorName = donorName
        }
    }

    /// The register's line for one event, or nil for a move that neither leaves nor comes back. A move to
    /// sold asks `sale` for the sales journal's entry at the same moment (the asset tag and the moment in
    /// milliseconds); without one, it is a device handed back to its buyer after a claim.
    package static func registerLine(_ event: RegisterEvent, timeZone: TimeZone,
                                     sale: (String, Int64) throws -> (payment: String?, amountCents: Int64?)?) throws -> RegisterLine? {
        let source = event.fromStage.flatMap(Stage.init(rawValue:))
        let target = event.toStage.flatMap(Stage.init(rawValue:))
        let milliseconds = JournalEntry.milliseconds(event.occurredAt)
        var payment: PaymentMethod?
        var amount: Int64?
        let reason: RegisterReason
        switch event.kind {
        case "received": reason = .donation
        case "intake-voided": reason = .intakeVoided
        default:
            guard let source, let target, source.hasLeftWorkshop != target.hasLeftWorkshop else { return nil }
            switch target {
            case .sold:
                if let found = try sale(event.assetTag, milliseconds) {
                    reason = .sale
                    payment = PaymentMethod(rawValue: found.payment ?? "") ?? .unspecified
                    amount = found.amountCents
                } else {
                    reason = .handBack
                }
            case .recycled: reason = .recycling
            case .donated: reason = .gift
            default: reason = source == .sold ? .customerReturn : .comeBack
            }
        }
        let donorType = event.donorType.flatMap(DonorType.init(rawValue:))
        let donor = [event.donorName,
                     donorType.map { "(\(MessageCatalog.core.text(for: Message("donorType.\($0.rawValue)"), in: .fr)))" }]
            .compactMap { $0 }.joined(separator: " ")
        return RegisterLine(
            number: nil, day: JournalExport.dayAndTime(event.occurredAt, timeZone: timeZone).day, occurredAtMilliseconds: milliseconds,
            reason: reason, assetTag: event.assetTag,
            description: deviceDescription(category: event.category, manufacturer: event.manufacturer, model: event.model),
            serial: event.serial, provenance: "\(donor), lot \(event.lotCode)", payment: payment, amountCents: amount)
    }

    /// Category (in French), maker and model, as the journal's export and the register describe a device.
    package static func deviceDescription(category: String?, manufacturer: String?, model: String?) -> String {
        [category.flatMap { DeviceCategory(rawValue: $0) }
             .map { MessageCatalog.core.text(for: Message("category.\($0.rawValue)"), in: .fr) },
         manufacturer, model]
            .compactMap { $0 }.joined(separator: " ")
    }

    static func registerSeals(where condition: String, _ arguments: StatementArguments, in db: Database) throws -> [RegisterSeal] {
        try Row.fetchAll(db, sql: "SELECT * FROM registerSeal WHERE \(condition) ORDER BY day", arguments: arguments).map { row in
            guard let lastHash = JournalHash((row["lastHash"] as Data?) ?? Data()) else {
                throw StoreError.corruptRow(table: "registerSeal", id: row["firstNumber"])
            }
            return RegisterSeal(day: row["day"], firstNumber: row["firstNumber"], lastNumber: row["lastNumber"], lastHash: lastHash,
                                sealedAtMilliseconds: row["sealedAt"], actor: Actor(user: row["actorUser"], station: row["actorStation"]),
                                keyId: row["keyId"], signature: Array((row["signature"] as Data?) ?? Data()))
        }
    }

    /// Checks every sealed line's hash from the first, then every seal: its place after the previous one,
    /// the hash it pinned and (given the public key) its signature. Lines are checked up to the first
    /// problem in the chain, as the journal's are.
    public func verifyRegister(publicKey: JournalPublicKey?) throws -> RegisterVerification {
        try writer.read { db in
            let seals = try Self.registerSeals(where: "1", [], in: db)
            let pinned = Dictionary(seals.map { ($0.lastNumber, $0.lastHash) }, uniquingKeysWith: { first, _ in first })
            var problems: [RegisterProblem] = []
            var reached: [Int64: Bool] = [:]
            var checked: Int64 = 0
            var brokenAt: Int64?
            var hash = JournalHash.genesis
            var expected: Int64 = 1
            let fields = RegisterLine.fieldNames
            let rows = try Row.fetchCursor(db, sql: "SELECT \(fields.joined(separator: ", ")), hash FROM registerLine ORDER BY number")
            var encoding = JournalEncoding()
            while let row = try rows.next() {
                let number: Int64 = row["number"]
                guard number == expected else {
                    problems.append(.lineMissing(expected: expected, found: number))
                    brokenAt = expected
                    break
                }
                // Each column as SQLite stores it: a value stored with another type changes the bytes.
                encoding.reset()
                for index in fields.indices {
                    switch (row[index] as DatabaseValue).storage {
                    case .null: encoding.null()
                    case .int64(let integer): encoding.integer(integer)
                    case .string(let text): encoding.text(text)
                    case .double(let real): withUnsafeBytes(of: real) { encoding.blob($0) }  // never written: changes the hash
                    case .blob(let data): data.withUnsafeBytes { encoding.blob($0) }
                    }
                }
                hash = encoding.withBytes { JournalChain.link(previous: hash, encoding: $0) }
                guard (row["hash"] as Data?).map(Array.init) == hash.bytes else {
                    problems.append(.lineAltered(number: number, assetTag: row["assetTag"] ?? "?"))
                    brokenAt = number
                    break
                }
                if let seal = pinned[number] { reached[number] = seal == hash }
                checked += 1
                expected += 1
            }
            return Self.registerVerification(seals, reached: reached, brokenAt: brokenAt, checked: checked, publicKey: publicKey,
                                             problems: problems)
        }
    }

    /// Checks every seal once the lines were read, whichever engine read them: its place after the previous
    /// one, the hash it pinned (`reached`: whether the chain gave it at its last line; up to `brokenAt`, the
    /// chain's first break) and its signature; then whether lines were left unsealed.
    package static func registerVerification(_ seals: [RegisterSeal], reached: [Int64: Bool], brokenAt: Int64?, checked: Int64,
                                             publicKey: JournalPublicKey?, problems lineProblems: [RegisterProblem]) -> RegisterVerification {
        var problems = lineProblems
        var previous: RegisterSeal?
        for seal in seals {
            defer { previous = seal }
            guard seal.firstNumber == (previous?.lastNumber ?? 0) + 1, seal.lastNumber >= seal.firstNumber,
                  previous.map({ $0.day < seal.day }) ?? true else {
                problems.append(.sealOutOfOrder(day: seal.day))
                continue
            }
            if brokenAt.map({ seal.lastNumber < $0 }) ?? true, reached[seal.lastNumber] != true {
                problems.append(.sealChainMismatch(day: seal.day, lastNumber: seal.lastNumber))
            }
            if let publicKey, !seal.isSigned(by: publicKey) {
                problems.append(.sealSignatureInvalid(day: seal.day, keyId: seal.keyId))
            }
        }
        if brokenAt == nil, checked > (seals.last?.lastNumber ?? 0) {
            problems.append(.lineUnsealed(number: (seals.last?.lastNumber ?? 0) + 1))
        }
        return RegisterVerification(linesChecked: checked, sealsChecked: seals.count, problems: problems,
                                    signaturesChecked: publicKey != nil)
    }
}
