import Foundation
import GRDB
import RefurbCore

/// A return or a claim under the guarantee against a sold device, as recorded step by step.
public struct GuaranteeClaim: Hashable, Sendable {
    public var number: Int64
    public var assetTag: AssetTag
    public var receiptNumber: Int64
    public var complaint: String
    public var state: ClaimState
    public var receivedAt: Date
    public var receivedBy: String
    public var diagnosis: String?
    public var diagnosedAt: Date?
    public var diagnosedBy: String?
    public var settledAt: Date?
    public var settledBy: String?
    public var reason: String?
    public var amount: Money?
    public var replacementTag: AssetTag?
    public var refundSequence: Int64?
}

/// How a claim is settled, as the shop says it.
public struct ClaimSettlement: Sendable {
    public var outcome: ClaimOutcome
    /// Why it was rejected (required then), or a note on the outcome.
    public var reason: String?
    /// Refunded or credited; the price paid when left out.
    public var amount: Money?
    /// How a refund is paid back; the sale's method when left out.
    public var payment: PaymentMethod?
    /// The device given instead (replaced): it must be ready for sale.
    public var replacement: AssetTag?

    public init(outcome: ClaimOutcome, reason: String? = nil, amount: Money? = nil, payment: PaymentMethod? = nil,
                replacement: AssetTag? = nil) {
        self.outcome = outcome
        self.reason = reason
        self.amount = amount
        self.payment = payment
        self.replacement = replacement
    }
}

/// Returns per model, grade and technician: how many devices were sold and how many came back.
public struct ClaimStatistics: Hashable, Sendable {
    public struct Row: Hashable, Sendable {
        public var key: String
        public var sold: Int
        public var returned: Int
    }

    public var byModel: [Row]
    public var byGrade: [Row]
    public var byTechnician: [Row]
}

extension AppDatabase {
    /// The device a scan at the returns desk names: an asset tag, or a receipt's number.
    public func claimDevice(scanned: String) throws -> AssetTag {
        if let tag = try? AssetTag(parsing: scanned) { return tag }
        guard let number = ReceiptNumber.parse(scanned) else {
            throw StoreError.deviceNotFound(scanned)
        }
        guard let receipt = try receipt(number: number) else {
            throw StoreError.notFound(Message("receipt.notFound", ReceiptNumber.text(number)))
        }
        return receipt.assetTag
    }

    /// Records a return: the sold device comes back (sold → received, through the change path, so that
    /// it goes through the bench again), against its latest receipt. A device has one open claim at most.
    @discardableResult
    public func openClaim(_ tag: AssetTag, complaint: String, actor: Actor, at date: Date) throws -> GuaranteeClaim {
        guard let complaint = Self.cleanedReason(complaint) else { throw StoreError.invalidInput(Message("claim.complaintMissing")) }
        _ = try changeMany(tag, expectedVersion: nil, actor: actor, at: date) { device, facts, db in
            guard device.stage == .sold else {
                throw StoreError.conflict(Message("claim.notSold", tag.text, device.stage.label.text(in: .fr, catalog: .core)))
            }
            guard let receipt = try Self.latestReceipt(of: tag, in: db) else {
                throw StoreError.conflict(Message("receipt.noneForDevice", tag.text))
            }
            if let open = try Self.claims(where: "assetTag = ? AND state IN ('received', 'diagnosed')", [tag.text], in: db).first {
                throw StoreError.conflict(Message("claim.alreadyOpen", tag.text, ReceiptNumber.text(open.number)))
            }
            let broken = Lifecycle.brokenRules(from: .sold, to: .received, facts: facts)
            guard broken.isEmpty else { throw StoreError.refused(LifecycleRefusal(from: .sold, to: .received, rules: broken)) }
            let number = (try Int64.fetchOne(db, sql: "SELECT max(number) FROM claim") ?? 0) + 1
            try db.execute(sql: """
                INSERT INTO claim (number, assetTag, receiptNumber, complaint, state, receivedAt, receivedBy) VALUES (?, ?, ?, ?, 'received', ?, ?)
                """, arguments: [number, tag.text, receipt.number, complaint, date, actor.user])
            let reason = Self.french(Message("claim.moveReceived", ReceiptNumber.text(number), complaint))
            return ([DeviceRecord.Columns.stage.set(to: Stage.received.rawValue)],
                    [.moved(from: .sold, to: .received, reason: Self.cleanedReason(reason))])
        }
        return try claims(of: tag).last!
    }

    /// Notes what the bench found, and who found it (the technician counted in the statistics).
    @discardableResult
    public func diagnoseClaim(_ number: Int64, diagnosis: String, actor: Actor, at date: Date) throws -> GuaranteeClaim {
        guard let diagnosis = Self.cleanedReason(diagnosis) else { throw StoreError.invalidInput(Message("claim.diagnosisMissing")) }
        try writer.write { db in
            let claim = try Self.claim(number, in: db)
            if let refusal = ClaimRules.refusal(from: claim.state, to: .diagnosed, reason: nil) { throw StoreError.conflict(refusal) }
            try db.execute(sql: "UPDATE claim SET state = 'diagnosed', diagnosis = ?, diagnosedAt = ?, diagnosedBy = ? WHERE number = ?",
                           arguments: [diagnosis, date, actor.user, number])
        }
        return try claim(number)
    }

    /// A settlement the claim's state does not allow, as both engines refuse it: a rejection without its reason
    /// is bad input, any other refused step a conflict.
    package static func checkSettlement(of claim: GuaranteeClaim, to next: ClaimState, reason: String?) throws {
        if let refusal = ClaimRules.refusal(from: claim.state, to: next, reason: reason) {
            throw next == .settled(.rejected) && reason == nil && claim.state == .diagnosed
                ? StoreError.invalidInput(refusal) : StoreError.conflict(refusal)
        }
    }

    /// The claimed device handed back to its buyer (repaired, or the claim rejected): it must be back in the
    /// workshop, and goes back to sold without a new sale.
    package static func handBack(_ device: Device, claim number: Int64, outcome: ClaimOutcome) throws -> Change {
        guard [.received, .diagnosed, .inRepair, .wiped, .ready].contains(device.stage) else {
            throw StoreError.conflict(Message("claim.cannotHandBack", device.assetTag.text,
                                              device.stage.label.text(in: .fr, catalog: .core)))
        }
        let words = french(Message("claim.moveHandedBack", ReceiptNumber.text(number), french(ClaimState.settled(outcome).label)))
        return .moved(from: device.stage, to: .sold, reason: cleanedReason(words))
    }

    /// The replacement given for a claim: ready and sellable, it leaves as sold at 0 on the claimed sale's terms.
    package static func replacement(_ device: Device, facts: LifecycleFacts, for claim: GuaranteeClaim, number: Int64,
                                    receipt: SaleReceipt) throws -> [Change] {
        guard device.stage == .ready else {
            throw StoreError.conflict(Message("claim.replacementNotReady", device.assetTag.text,
                                              device.stage.label.text(in: .fr, catalog: .core)))
        }
        let broken = Lifecycle.brokenRules(from: .ready, to: .sold, facts: facts)
        guard broken.isEmpty else { throw StoreError.refused(LifecycleRefusal(from: .ready, to: .sold, rules: broken)) }
        let words = french(Message("claim.moveReplacement", claim.assetTag.text, ReceiptNumber.text(number)))
        return [.moved(from: .ready, to: .sold, reason: cleanedReason(words)),
                .sold(price: Money(cents: 0), kind: receipt.saleKind, partner: receipt.partner)]
    }

    /// What a refund or a store credit gives back: the amount asked, else what was paid, and never more.
    package static func amountReturned(_ settlement: ClaimSettlement, receipt: SaleReceipt) throws -> Money {
        let paid = receipt.amount
        let given = settlement.amount ?? paid
        guard given.cents <= paid.cents, given.cents >= 0 else {
            throw StoreError.invalidInput(Message("claim.amountTooHigh", MoneyFormat.string(paid, in: .fr)))
        }
        return given
    }

    /// Settles a claim:
    /// - repaired or rejected: the device is handed back to its buyer (back to sold, with no new sale in
    ///   the journal, since it was sold already);
    /// - replaced: the replacement, ready for sale, leaves as sold at 0 € with a receipt of its own (its
    ///   guarantee starts again), while the returned device stays at the workshop;
    /// - refunded: a refund entry in the sales journal (negative, naming the sale), the device stays;
    /// - store credit: the amount is noted, the device stays.
    @discardableResult
    public func settleClaim(_ number: Int64, _ settlement: ClaimSettlement, actor: Actor, at date: Date) throws -> GuaranteeClaim {
        let reason = settlement.reason.flatMap(Self.cleanedReason)
        if let amount = settlement.amount { try Self.checked(amount.cents, .money, field: "amountCents") }
        try writer.write { db in
            let claim = try Self.claim(number, in: db)
            let next = ClaimState.settled(settlement.outcome)
            try Self.checkSettlement(of: claim, to: next, reason: reason)
            guard let receipt = try Self.receipts(where: "r.number = ?", [claim.receiptNumber], in: db).first else {
                throw StoreError.corruptRow(table: "claim", id: number)
            }
            var amount: Money?
            var refundSequence: Int64?
            var replacement: AssetTag?
            switch settlement.outcome {
            case .repaired, .rejected:
                _ = try Self.changeMany(claim.assetTag, expectedVersion: nil, payment: .unspecified, journaled: false,
                                        actor: actor, at: date, in: db) { device, _, _ in
                    ([DeviceRecord.Columns.stage.set(to: Stage.sold.rawValue)],
                     [try Self.handBack(device, claim: number, outcome: settlement.outcome)])
                }
            case .replaced:
                guard let tag = settlement.replacement else { throw StoreError.invalidInput(Message("claim.replacementMissing")) }
                _ = try Self.changeMany(tag, expectedVersion: nil, payment: receipt.payment, journaled: true,
                                        actor: actor, at: date, in: db) { device, facts, _ in
                    ([DeviceRecord.Columns.stage.set(to: Stage.sold.rawValue)],
                     try Self.replacement(device, facts: facts, for: claim, number: number, receipt: receipt))
                }
                replacement = tag
            case .refunded, .storeCredit:
                let given = try Self.amountReturned(settlement, receipt: receipt)
                amount = given
                if settlement.outcome == .refunded {
                    let (entry, _) = try Self.appendJournalEntry(
                        kind: .refund, assetTag: claim.assetTag.text, amountCents: -Int64(given.cents),
                        payment: settlement.payment ?? receipt.payment, saleKind: receipt.saleKind, partner: receipt.partner,
                        refersTo: receipt.journalSequence, actor: actor, at: date, in: db)
                    refundSequence = entry.sequence
                }
            }
            try db.execute(sql: """
                UPDATE claim SET state = ?, settledAt = ?, settledBy = ?, reason = ?, amountCents = ?, replacementTag = ?, refundSequence = ?
                WHERE number = ?
                """, arguments: [next.stored, date, actor.user, reason, amount?.cents, replacement?.text, refundSequence, number])
        }
        return try claim(number)
    }

    public func claim(_ number: Int64) throws -> GuaranteeClaim {
        try writer.read { db in try Self.claim(number, in: db) }
    }

    /// The device's claims, oldest first.
    public func claims(of tag: AssetTag) throws -> [GuaranteeClaim] {
        try writer.read { db in try Self.claims(where: "assetTag = ? ORDER BY number", [tag.text], in: db) }
    }

    /// The claims against one receipt, oldest first: what the guarantee's dates follow.
    public func claims(receipt number: Int64) throws -> [GuaranteeClaim] {
        try writer.read { db in try Self.claims(where: "receiptNumber = ? ORDER BY number", [number], in: db) }
    }

    /// Claims still waiting for an answer, the oldest (the nearest deadline) first.
    public func openClaims() throws -> [GuaranteeClaim] {
        try writer.read { db in try Self.claims(where: "state IN ('received', 'diagnosed') ORDER BY receivedAt, number", [], in: db) }
    }

    /// The latest claims settled, newest first.
    public func settledClaims(limit: Int = 50) throws -> [GuaranteeClaim] {
        try writer.read { db in
            try Self.claims(where: "state NOT IN ('received', 'diagnosed') ORDER BY settledAt DESC, number DESC LIMIT ?", [limit], in: db)
        }
    }

    static func claim(_ number: Int64, in db: Database) throws -> GuaranteeClaim {
        guard let claim = try claims(where: "number = ?", [number], in: db).first else {
            throw StoreError.notFound(Message("claim.notFound", ReceiptNumber.text(number)))
        }
        return claim
    }

    static func claims(where condition: String, _ arguments: StatementArguments, in db: Database) throws -> [GuaranteeClaim] {
        try Row.fetchAll(db, sql: "SELECT * FROM claim WHERE \(condition)", arguments: arguments).map { row in
            try guaranteeClaim(
                number: row["number"], assetTag: row["assetTag"], receiptNumber: row["receiptNumber"], complaint: row["complaint"],
                state: row["state"], receivedAt: row["receivedAt"], receivedBy: row["receivedBy"], diagnosis: row["diagnosis"],
                diagnosedAt: row["diagnosedAt"], diagnosedBy: row["diagnosedBy"], settledAt: row["settledAt"],
                settledBy: row["settledBy"], reason: row["reason"], amountCents: row["amountCents"],
                replacementTag: row["replacementTag"], refundSequence: row["refundSequence"])
        }
    }

    /// A claim from its row's columns, whichever engine read them.
    package static func guaranteeClaim(number: Int64, assetTag: String, receiptNumber: Int64, complaint: String, state: String?,
                                       receivedAt: Date, receivedBy: String, diagnosis: String?, diagnosedAt: Date?,
                                       diagnosedBy: String?, settledAt: Date?, settledBy: String?, reason: String?,
                                       amountCents: Int64?, replacementTag: String?, refundSequence: Int64?) throws -> GuaranteeClaim {
        guard let tag = try? AssetTag(parsing: assetTag), let state = ClaimState(stored: state ?? "") else {
            throw StoreError.corruptRow(table: "claim", id: number)
        }
        return GuaranteeClaim(
            number: number, assetTag: tag, receiptNumber: receiptNumber, complaint: complaint, state: state,
            receivedAt: receivedAt, receivedBy: receivedBy, diagnosis: diagnosis, diagnosedAt: diagnosedAt, diagnosedBy: diagnosedBy,
            settledAt: settledAt, settledBy: settledBy, reason: reason, amount: amountCents.map { Money(cents: Int($0)) },
            replacementTag: replacementTag.flatMap { try? AssetTag(parsing: $0) }, refundSequence: refundSequence)
    }

    /// Sales and returns per model, per grade at the sale, and per technician: who last moved the device
    /// to ready before it was sold. One query per receipt: an office page, read a few times a week.
    public func claimStatistics() throws -> ClaimStatistics {
        try writer.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT r.number, r.soldAt, d.id AS deviceId, d.category, d.manufacturer, d.model,
                       (SELECT count(*) FROM claim c WHERE c.receiptNumber = r.number) AS claims,
                       (SELECT json_extract(e.payload, '$.grade') FROM event e WHERE e.deviceId = d.id AND e.kind = 'graded'
                          AND e.occurredAt <= r.soldAt ORDER BY e.id DESC LIMIT 1) AS grade,
                       (SELECT e.actorUser FROM event e WHERE e.deviceId = d.id AND e.kind = 'moved'
                          AND json_extract(e.payload, '$.to') = 'ready' AND e.occurredAt <= r.soldAt ORDER BY e.id DESC LIMIT 1) AS technician
                FROM receipt r JOIN device d ON d.assetTag = r.assetTag
                """)
            return Self.claimStatistics(rows.map { row in
                ClaimSale(claims: row["claims"], category: row["category"], manufacturer: row["manufacturer"], model: row["model"],
                          grade: row["grade"], technician: row["technician"])
            })
        }
    }

    /// One receipt as the statistics count it: its claims, the device, the grade it was sold with and who
    /// last moved it to ready before the sale.
    package struct ClaimSale: Sendable {
        package var claims: Int
        package var category: String
        package var manufacturer: String?
        package var model: String?
        package var grade: String?
        package var technician: String?

        package init(claims: Int, category: String, manufacturer: String?, model: String?, grade: String?, technician: String?) {
            self.claims = claims
            self.category = category
            self.manufacturer = manufacturer
            self.model = model
            self.grade = grade
            self.technician = technician
        }
    }

    /// Sales and returns added up per model, grade and technician, the most returned first.
    package static func claimStatistics(_ sales: [ClaimSale]) -> ClaimStatistics {
        var model: [String: (Int, Int)] = [:], grade: [String: (Int, Int)] = [:], technician: [String: (Int, Int)] = [:]
        for sale in sales {
            let returned = sale.claims > 0 ? 1 : 0
            let named = [sale.manufacturer, sale.model].compactMap { $0 }.joined(separator: " ")
            let modelKey = named.isEmpty ? "category:" + sale.category : named
            func add(_ table: inout [String: (Int, Int)], _ key: String) {
                let current = table[key] ?? (0, 0)
                table[key] = (current.0 + 1, current.1 + returned)
            }
            add(&model, modelKey)
            add(&grade, sale.grade ?? "")
            add(&technician, sale.technician ?? "")
        }
        func sorted(_ table: [String: (Int, Int)]) -> [ClaimStatistics.Row] {
            table.map { ClaimStatistics.Row(key: $0.key, sold: $0.value.0, returned: $0.value.1) }
                .sorted { ($0.returned, $0.sold, $1.key) > ($1.returned, $1.sold, $0.key) }
        }
        return ClaimStatistics(byModel: sorted(model), byGrade: sorted(grade), byTechnician: sorted(technician))
    }

    /// Words the store keeps in the device's history, in the workshop's language.
    package static func french(_ message: Message) -> String {
        message.text(in: .fr, catalog: MessageCatalog.core.merging(.sales))
    }
}
