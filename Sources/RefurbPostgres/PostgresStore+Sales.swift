import Foundation
import PostgresNIO
import RefurbCore
import RefurbStore

/// The sale, receipts and invoices, the returns desk's claims, referral partners and codes, the sale
/// settings and warranties on PostgreSQL, with the rules `AppDatabase+Workshop` (`sell`), `+Receipts`,
/// `+Claims`, `+Referrals` and `+SaleWording` keep on SQLite; the decisions and the row readers are
/// RefurbStore's `package` helpers.
///
/// Where SQLite's single writer kept things in order, this adapter locks:
/// - a sale locks its referral code's row before counting its uses, so two tills selling on a code's last
///   use cannot both pass; then the device's row, through the one change path;
/// - journal entries and receipts are numbered under the journal's advisory lock
///   (`PostgresStore+SalesBooks`), invoices and claims under their own;
/// - a claim's steps lock the claim's row, so two people settling it at once settle it once.
extension PostgresStore {
    // MARK: - The sale

    public func sell(_ tag: AssetTag, price: Money?, terms: SaleTerms, payment: PaymentMethod, expectedVersion: Int?,
                     actor: Actor, at date: Date, day: CivilDay?) async throws -> Device {
        if let price { try AppDatabase.checked(price.cents, .money, field: "priceCents") }
        // Without a price given, a solidarity sale is at the labelled price less the current reduction.
        let rules = price == nil && terms.kind == .solidarity ? try await pricingRules() : nil
        let saleDay = day ?? CivilDay.utc(date)
        return try await transaction { connection in
            // The code's row first, locked: a second sale on the same code waits here, then counts this one's use.
            var code: ReferralCodeStatus?
            if let typed = terms.referralCode {
                code = try await Self.lockedReferralCode(typed, on: connection, logger: logger)
            }
            var recorded: [Change] = []
            let sold = try await Self.change(tag, expectedVersion: expectedVersion, actor: actor, at: date, on: connection,
                                             logger: logger) { device, facts in
                let paid = try AppDatabase.amountCharged(selling: device, facts: facts, price: price, rules: rules)
                var partner = terms.partner
                if let typed = terms.referralCode {
                    guard let code else { throw StoreError.invalidInput(ReferralError.codeUnknown(typed).message) }
                    if let refusal = code.refusal(on: saleDay) { throw StoreError.conflict(refusal.message) }
                    partner = code.partner.name
                }
                recorded = [.moved(from: device.stage, to: .sold, reason: nil), .sold(price: paid, kind: terms.kind, partner: partner)]
                return ([.stage(.sold)], recorded)
            }
            if let typed = terms.referralCode {
                try await connection.query("""
                    INSERT INTO referralRedemption (code, assetTag, redeemedAt, redeemedBy)
                    VALUES (\(typed.text), \(tag.text), \(date), \(actor.user))
                    """, logger: logger)
            }
            try await Self.journal(recorded, of: sold, payment: payment, actor: actor, at: date, on: connection, logger: logger)
            return sold
        }
    }

    // MARK: - Receipts and invoices

    public func receipt(number: Int64) async throws -> SaleReceipt? {
        try await client.withConnection { connection in
            try await Self.receipts(where: "r.number = $1", bind: number, on: connection, logger: logger).first
        }
    }

    public func latestReceipt(of tag: AssetTag) async throws -> SaleReceipt? {
        try await client.withConnection { connection in
            try await Self.receipts(where: "r.assetTag = $1 ORDER BY r.number DESC LIMIT 1", bind: tag.text, on: connection,
                                    logger: logger).first
        }
    }

    public func issueInvoice(receipt number: Int64, buyer: InvoiceBuyer, actor: Actor, at date: Date) async throws -> SaleInvoice {
        let checked = try AppDatabase.checkedBuyer(buyer)
        let address = checked.addressLines.joined(separator: "\n")
        return try await transaction { connection in
            // Invoices are numbered: one at a time takes the next, and a second one for the same sale sees the first.
            try await connection.query("SELECT pg_advisory_xact_lock(\(Self.invoiceLock))", logger: logger)
            guard try await Self.receipts(where: "r.number = $1", bind: number, on: connection, logger: logger).first != nil else {
                throw StoreError.notFound(Message("receipt.notFound", String(number)))
            }
            if let existing = try await Self.invoice(receipt: number, on: connection, logger: logger) {
                throw StoreError.conflict(Message("invoice.already", ReceiptNumber.text(existing.number)))
            }
            var invoiceNumber: Int64 = 1
            for try await last in try await connection.query("SELECT coalesce(max(number), 0) FROM invoice", logger: logger)
                .decode(Int64.self) { invoiceNumber = last + 1 }
            try await connection.query("""
                INSERT INTO invoice (number, receiptNumber, buyerName, buyerAddress, buyerSiret, issuedAt, issuedBy)
                VALUES (\(invoiceNumber), \(number), \(checked.name), \(address), \(checked.siret), \(date), \(actor.user))
                """, logger: logger)
            return SaleInvoice(number: invoiceNumber, receiptNumber: number, buyer: checked, issuedAt: date, issuedBy: actor.user)
        }
    }

    public func invoice(receipt number: Int64) async throws -> SaleInvoice? {
        try await client.withConnection { connection in
            try await Self.invoice(receipt: number, on: connection, logger: logger)
        }
    }

    // MARK: - Sale settings and warranties

    public func saleSettings() async throws -> SaleSettings {
        for try await (marginScheme, savedAt, savedBy) in try await client.query(
            "SELECT marginScheme, savedAt, savedBy FROM saleSettings WHERE id = 1", logger: logger).decode((Bool, Date, String).self) {
            return SaleSettings(marginScheme: marginScheme, savedAt: savedAt, savedBy: savedBy)
        }
        return .unset
    }

    @discardableResult
    public func saveSaleSettings(marginScheme: Bool, actor: Actor, at date: Date) async throws -> SaleSettings {
        try await transaction { connection in
            try await connection.query("""
                INSERT INTO saleSettings (id, marginScheme, savedAt, savedBy) VALUES (1, \(marginScheme), \(date), \(actor.user))
                ON CONFLICT (id) DO UPDATE SET marginScheme = excluded.marginScheme, savedAt = excluded.savedAt, savedBy = excluded.savedBy
                """, logger: logger)
            try await Self.appendAdministration("sale-settings-saved", subject: marginScheme ? "margin-scheme" : "no-margin-scheme",
                                                actor: actor, at: date, on: connection, logger: logger)
        }
        return SaleSettings(marginScheme: marginScheme, savedAt: date, savedBy: actor.user)
    }

    public func warrantyPolicies() async throws -> [WarrantyPolicy] {
        var policies: [WarrantyPolicy] = []
        for try await (id, category, channel, months, from, until) in try await client.query("""
            SELECT id, category, channel, months, fromDay, untilDay FROM warrantyPolicy ORDER BY fromDay COLLATE "C", id
            """, logger: logger).decode((Int64, String?, String?, Int64, String, String?).self) {
            policies.append(WarrantyPolicy(id: id, category: category.flatMap(DeviceCategory.init(rawValue:)),
                                           channel: channel.flatMap(SaleKind.init(rawValue:)), months: Int(months), from: from, until: until))
        }
        return policies
    }

    @discardableResult
    public func addWarrantyPolicy(category: DeviceCategory?, channel: SaleKind?, months: Int, from: String, until: String?,
                                  actor: Actor, at date: Date) async throws -> WarrantyPolicy {
        try AppDatabase.checkWarrantyTerms(months: months, from: from, until: until)
        return try await transaction { connection in
            var id: Int64 = 0
            for try await inserted in try await connection.query("""
                INSERT INTO warrantyPolicy (category, channel, months, fromDay, untilDay, savedAt, savedBy)
                VALUES (\(category?.rawValue), \(channel?.rawValue), \(Int64(months)), \(from), \(until), \(date), \(actor.user))
                RETURNING id
                """, logger: logger).decode(Int64.self) { id = inserted }
            try await Self.appendAdministration("warranty-added", subject: "\(id): \(months) months from \(from)", actor: actor, at: date,
                                                on: connection, logger: logger)
            return WarrantyPolicy(id: id, category: category, channel: channel, months: months, from: from, until: until)
        }
    }

    @discardableResult
    public func endWarrantyPolicy(id: Int64, lastDay: String, actor: Actor, at date: Date) async throws -> WarrantyPolicy {
        guard let end = CivilDay(lastDay) else { throw StoreError.invalidInput(Message("warranty.dayMalformed")) }
        try await transaction { connection in
            var from: String?
            for try await day in try await connection.query(
                "SELECT fromDay FROM warrantyPolicy WHERE id = \(id) FOR UPDATE", logger: logger).decode(String.self) { from = day }
            guard let from else { throw StoreError.notFound(Message("warranty.notFound", String(id))) }
            guard let start = CivilDay(from), end >= start else { throw StoreError.invalidInput(Message("warranty.untilBeforeFrom")) }
            try await connection.query("UPDATE warrantyPolicy SET untilDay = \(lastDay) WHERE id = \(id)", logger: logger)
            try await Self.appendAdministration("warranty-ended", subject: "\(id): until \(lastDay)", actor: actor, at: date,
                                                on: connection, logger: logger)
        }
        guard let ended = try await warrantyPolicies().first(where: { $0.id == id }) else {
            throw StoreError.notFound(Message("warranty.notFound", String(id)))
        }
        return ended
    }

    // MARK: - Claims

    public func claimDevice(scanned: String) async throws -> AssetTag {
        if let tag = try? AssetTag(parsing: scanned) { return tag }
        guard let number = ReceiptNumber.parse(scanned) else { throw StoreError.deviceNotFound(scanned) }
        guard let receipt = try await receipt(number: number) else {
            throw StoreError.notFound(Message("receipt.notFound", ReceiptNumber.text(number)))
        }
        return receipt.assetTag
    }

    @discardableResult
    public func openClaim(_ tag: AssetTag, complaint: String, actor: Actor, at date: Date) async throws -> GuaranteeClaim {
        guard let complaint = AppDatabase.cleanedReason(complaint) else { throw StoreError.invalidInput(Message("claim.complaintMissing")) }
        try await transaction { connection in
            // The device's row first: a second return of the same device waits, then finds this claim open.
            guard try await Self.device(where: "device.id = $1", bind: Int64(tag.sequence), on: connection, logger: logger,
                                        forUpdate: true) != nil else {
                throw StoreError.deviceNotFound(tag.text)
            }
            let receipt = try await Self.receipts(where: "r.assetTag = $1 ORDER BY r.number DESC LIMIT 1", bind: tag.text,
                                                  on: connection, logger: logger).first
            let open = try await Self.claims(where: "assetTag = $1 AND state IN ('received', 'diagnosed') ORDER BY number",
                                             bind: tag.text, on: connection, logger: logger).first
            try await connection.query("SELECT pg_advisory_xact_lock(\(Self.claimLock))", logger: logger)
            var number: Int64 = 1
            for try await last in try await connection.query("SELECT coalesce(max(number), 0) FROM claim", logger: logger)
                .decode(Int64.self) { number = last + 1 }
            _ = try await Self.change(tag, expectedVersion: nil, actor: actor, at: date, on: connection, logger: logger) { device, facts in
                guard device.stage == .sold else {
                    throw StoreError.conflict(Message("claim.notSold", tag.text, device.stage.label.text(in: .fr, catalog: .core)))
                }
                guard receipt != nil else { throw StoreError.conflict(Message("receipt.noneForDevice", tag.text)) }
                if let open { throw StoreError.conflict(Message("claim.alreadyOpen", tag.text, ReceiptNumber.text(open.number))) }
                let broken = Lifecycle.brokenRules(from: .sold, to: .received, facts: facts)
                guard broken.isEmpty else { throw StoreError.refused(LifecycleRefusal(from: .sold, to: .received, rules: broken)) }
                let reason = AppDatabase.french(Message("claim.moveReceived", ReceiptNumber.text(number), complaint))
                return ([.stage(.received)], [.moved(from: .sold, to: .received, reason: AppDatabase.cleanedReason(reason))])
            }
            guard let receipt else { throw StoreError.conflict(Message("receipt.noneForDevice", tag.text)) }
            try await connection.query("""
                INSERT INTO claim (number, assetTag, receiptNumber, complaint, state, receivedAt, receivedBy)
                VALUES (\(number), \(tag.text), \(receipt.number), \(complaint), 'received', \(date), \(actor.user))
                """, logger: logger)
        }
        guard let opened = try await claims(of: tag).last else { throw StoreError.deviceNotFound(tag.text) }
        return opened
    }

    @discardableResult
    public func diagnoseClaim(_ number: Int64, diagnosis: String, actor: Actor, at date: Date) async throws -> GuaranteeClaim {
        guard let diagnosis = AppDatabase.cleanedReason(diagnosis) else { throw StoreError.invalidInput(Message("claim.diagnosisMissing")) }
        try await transaction { connection in
            let claim = try await Self.lockedClaim(number, on: connection, logger: logger)
            if let refusal = ClaimRules.refusal(from: claim.state, to: .diagnosed, reason: nil) { throw StoreError.conflict(refusal) }
            try await connection.query("""
                UPDATE claim SET state = 'diagnosed', diagnosis = \(diagnosis), diagnosedAt = \(date), diagnosedBy = \(actor.user)
                WHERE number = \(number)
                """, logger: logger)
        }
        return try await claim(number)
    }

    @discardableResult
    public func settleClaim(_ number: Int64, _ settlement: ClaimSettlement, actor: Actor, at date: Date) async throws -> GuaranteeClaim {
        let reason = settlement.reason.flatMap(AppDatabase.cleanedReason)
        if let amount = settlement.amount { try AppDatabase.checked(amount.cents, .money, field: "amountCents") }
        try await transaction { connection in
            let claim = try await Self.lockedClaim(number, on: connection, logger: logger)
            let next = ClaimState.settled(settlement.outcome)
            try AppDatabase.checkSettlement(of: claim, to: next, reason: reason)
            guard let receipt = try await Self.receipts(where: "r.number = $1", bind: claim.receiptNumber, on: connection,
                                                        logger: logger).first else {
                throw StoreError.corruptRow(table: "claim", id: number)
            }
            var amount: Money?
            var refundSequence: Int64?
            var replacement: AssetTag?
            switch settlement.outcome {
            case .repaired, .rejected:
                // Handed back to its buyer: sold already, so not sold again (no journal entry).
                _ = try await Self.change(claim.assetTag, expectedVersion: nil, actor: actor, at: date, on: connection,
                                          logger: logger) { device, _ in
                    ([.stage(.sold)], [try AppDatabase.handBack(device, claim: number, outcome: settlement.outcome)])
                }
            case .replaced:
                guard let tag = settlement.replacement else { throw StoreError.invalidInput(Message("claim.replacementMissing")) }
                var recorded: [Change] = []
                let given = try await Self.change(tag, expectedVersion: nil, actor: actor, at: date, on: connection,
                                                  logger: logger) { device, facts in
                    recorded = try AppDatabase.replacement(device, facts: facts, for: claim, number: number, receipt: receipt)
                    return ([.stage(.sold)], recorded)
                }
                try await Self.journal(recorded, of: given, payment: receipt.payment, actor: actor, at: date, on: connection, logger: logger)
                replacement = tag
            case .refunded, .storeCredit:
                let given = try AppDatabase.amountReturned(settlement, receipt: receipt)
                amount = given
                if settlement.outcome == .refunded {
                    let entry = try await Self.appendJournalEntry(
                        kind: .refund, assetTag: claim.assetTag.text, amountCents: -Int64(given.cents),
                        payment: settlement.payment ?? receipt.payment, saleKind: receipt.saleKind, partner: receipt.partner,
                        refersTo: receipt.journalSequence, actor: actor, at: date, on: connection, logger: logger)
                    refundSequence = entry.sequence
                }
            }
            try await connection.query("""
                UPDATE claim SET state = \(next.stored), settledAt = \(date), settledBy = \(actor.user), reason = \(reason),
                    amountCents = \(amount.map { Int64($0.cents) }), replacementTag = \(replacement?.text), refundSequence = \(refundSequence)
                WHERE number = \(number)
                """, logger: logger)
        }
        return try await claim(number)
    }

    public func claim(_ number: Int64) async throws -> GuaranteeClaim {
        try await client.withConnection { connection in
            guard let claim = try await Self.claims(where: "number = $1", bind: number, on: connection, logger: logger).first else {
                throw StoreError.notFound(Message("claim.notFound", ReceiptNumber.text(number)))
            }
            return claim
        }
    }

    public func claims(of tag: AssetTag) async throws -> [GuaranteeClaim] {
        try await client.withConnection { connection in
            try await Self.claims(where: "assetTag = $1 ORDER BY number", bind: tag.text, on: connection, logger: logger)
        }
    }

    public func claims(receipt number: Int64) async throws -> [GuaranteeClaim] {
        try await client.withConnection { connection in
            try await Self.claims(where: "receiptNumber = $1 ORDER BY number", bind: number, on: connection, logger: logger)
        }
    }

    public func openClaims() async throws -> [GuaranteeClaim] {
        try await client.withConnection { connection in
            try await Self.claims(where: "state IN ('received', 'diagnosed') ORDER BY receivedAt, number", bind: Optional<Int64>.none,
                                  on: connection, logger: logger)
        }
    }

    public func settledClaims(limit: Int) async throws -> [GuaranteeClaim] {
        try await client.withConnection { connection in
            try await Self.claims(where: "state NOT IN ('received', 'diagnosed') ORDER BY settledAt DESC, number DESC LIMIT $1",
                                  bind: Int64(limit), on: connection, logger: logger)
        }
    }

    public func claimStatistics() async throws -> ClaimStatistics {
        var sales: [AppDatabase.ClaimSale] = []
        for try await (claims, category, manufacturer, model, grade, technician) in try await client.query("""
            SELECT (SELECT count(*) FROM claim c WHERE c.receiptNumber = r.number), d.category, d.manufacturer, d.model,
                   (SELECT e.payload::jsonb ->> 'grade' FROM event e WHERE e.deviceId = d.id AND e.kind = 'graded'
                      AND e.occurredAt <= r.soldAt ORDER BY e.id DESC LIMIT 1),
                   (SELECT e.actorUser FROM event e WHERE e.deviceId = d.id AND e.kind = 'moved'
                      AND e.payload::jsonb ->> 'to' = 'ready' AND e.occurredAt <= r.soldAt ORDER BY e.id DESC LIMIT 1)
            FROM receipt r JOIN device d ON d.assetTag = r.assetTag
            """, logger: logger).decode((Int64, String, String?, String?, String?, String?).self) {
            sales.append(AppDatabase.ClaimSale(claims: Int(claims), category: category, manufacturer: manufacturer, model: model,
                                               grade: grade, technician: technician))
        }
        return AppDatabase.claimStatistics(sales)
    }

    // MARK: - Referral partners and codes

    @discardableResult
    public func addReferralPartner(name typed: String, actor: Actor, at date: Date) async throws -> ReferralPartner {
        let name = try AppDatabase.referral { () throws(ReferralError) in try ReferralPartner.checkedName(typed) }
        do {
            return try await transaction { connection in
                for try await _ in try await connection.query(
                    "SELECT 1 FROM referralPartner WHERE lower(name) = lower(\(name))", logger: logger) {
                    throw StoreError.conflict(ReferralError.partnerNameTaken(name).message)
                }
                var id: Int64 = 0
                for try await inserted in try await connection.query("""
                    INSERT INTO referralPartner (name, createdAt, createdBy) VALUES (\(name), \(date), \(actor.user)) RETURNING id
                    """, logger: logger).decode(Int64.self) { id = inserted }
                try await Self.appendAdministration("referral-partner-added", subject: name, actor: actor, at: date,
                                                    on: connection, logger: logger)
                return ReferralPartner(id: id, name: name)
            }
        } catch where Self.sqlState(of: error) == "23505" {
            // Another process added the same name between the check and the insert.
            throw StoreError.conflict(ReferralError.partnerNameTaken(name).message)
        }
    }

    public func issueReferralCode(partnerId: Int64, quota: Int, lastDay: String, today: CivilDay, actor: Actor, at date: Date,
                                  code: ReferralCode) async throws -> ReferralCodeStatus {
        let terms = try AppDatabase.referral { () throws(ReferralError) in try ReferralCodeTerms(quota: quota, lastDay: lastDay, today: today) }
        return try await transaction { connection in
            var partner: ReferralPartner?
            for try await (id, name) in try await connection.query(
                "SELECT id, name FROM referralPartner WHERE id = \(partnerId)", logger: logger).decode((Int64, String).self) {
                partner = ReferralPartner(id: id, name: name)
            }
            guard let partner else { throw StoreError.notFound(ReferralError.partnerUnknown(partnerId).message) }
            try await connection.query("""
                INSERT INTO referralCode (code, partnerId, quota, lastDay, createdAt, createdBy)
                VALUES (\(code.text), \(partnerId), \(Int64(terms.quota)), \(terms.lastDay.text), \(date), \(actor.user))
                """, logger: logger)
            try await Self.appendAdministration("referral-code-issued",
                                                subject: "\(code.shown) → \(partner.name), \(terms.quota) until \(terms.lastDay.text)",
                                                actor: actor, at: date, on: connection, logger: logger)
            return ReferralCodeStatus(code: code, partner: partner, quota: terms.quota, used: 0, lastDay: terms.lastDay, revoked: false)
        }
    }

    @discardableResult
    public func revokeReferralCode(_ code: ReferralCode, actor: Actor, at date: Date) async throws -> ReferralCodeStatus {
        try await transaction { connection in
            guard let status = try await Self.lockedReferralCode(code, on: connection, logger: logger) else {
                throw StoreError.notFound(ReferralError.codeUnknown(code).message)
            }
            guard !status.revoked else { return status }
            try await connection.query(
                "UPDATE referralCode SET revokedAt = \(date), revokedBy = \(actor.user) WHERE code = \(code.text)", logger: logger)
            try await Self.appendAdministration("referral-code-revoked", subject: "\(code.shown) (\(status.partner.name))",
                                                actor: actor, at: date, on: connection, logger: logger)
            guard let revoked = try await Self.referralCodes(where: "c.code = $1", bind: code.text, on: connection, logger: logger).first else {
                throw StoreError.notFound(ReferralError.codeUnknown(code).message)
            }
            return revoked
        }
    }

    public func referralCodeStatus(_ code: ReferralCode) async throws -> ReferralCodeStatus? {
        try await client.withConnection { connection in
            try await Self.referralCodes(where: "c.code = $1", bind: code.text, on: connection, logger: logger).first
        }
    }

    public func referralPartners() async throws -> [AppDatabase.ReferralPartnerUse] {
        try await client.withConnection { connection in
            let codes = try await Self.referralCodes(where: "TRUE", bind: Optional<String>.none, on: connection, logger: logger)
            var sales: [AppDatabase.PartnerSales] = []
            for try await (partner, count, cents, last) in try await connection.query("""
                SELECT partner, count(*), sum(amountCents)::bigint, max(occurredAt) FROM journalEntry
                WHERE kind = 'sale' AND saleKind = 'solidarity' AND partner IS NOT NULL GROUP BY partner
                """, logger: logger).decode((String, Int64, Int64, Int64).self) {
                sales.append(AppDatabase.PartnerSales(partner: partner, count: Int(count), cents: cents, last: last))
            }
            var partners: [(ReferralPartner, Date)] = []
            for try await (id, name, createdAt) in try await connection.query(
                "SELECT id, name, createdAt FROM referralPartner", logger: logger).decode((Int64, String, Date).self) {
                partners.append((ReferralPartner(id: id, name: name), createdAt))
            }
            // SQLite's NOCASE order (ASCII letters folded only), whatever the server's locale.
            partners.sort { AppDatabase.noCaseOrder($0.0.name, $1.0.name) }
            return AppDatabase.referralPartnerUses(partners, codes: codes, sales: sales)
        }
    }

    // MARK: - Wording

    public func checkSaleWording(_ text: String, field: SaleTextField) async throws {
        let address = try await single("SELECT address FROM workshopIdentity WHERE id = 1", as: String.self) ?? ""
        try AppDatabase.checkSaleWording(text, field: field, workshopAddress: address)
    }

    // MARK: - Inside a transaction or on one connection

    /// The advisory locks under which invoices ("invc") and claims ("clai") are numbered.
    static let invoiceLock: Int64 = 0x69_6e_76_63
    static let claimLock: Int64 = 0x63_6c_61_69

    static func receipts(where condition: String, bind value: some PostgresEncodable & Sendable, on connection: PostgresConnection,
                         logger: Logger) async throws -> [SaleReceipt] {
        var bindings = PostgresBindings()
        try bindings.append(value)
        let sql = """
            SELECT r.number, r.journalSequence, r.assetTag, r.soldAt, j.amountCents, j.paymentMethod, j.saleKind, j.partner, j.actorUser
            FROM receipt r JOIN journalEntry j ON j.sequence = r.journalSequence WHERE \(condition)
            """
        var receipts: [SaleReceipt] = []
        for try await (number, sequence, tag, soldAt, cents, payment, kind, partner, seller) in try await connection.query(
            PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger)
            .decode((Int64, Int64, String, Date, Int64, String, String, String?, String).self) {
            receipts.append(try AppDatabase.saleReceipt(number: number, journalSequence: sequence, assetTag: tag, soldAt: soldAt,
                                                        amountCents: cents, payment: payment, saleKind: kind, partner: partner,
                                                        seller: seller))
        }
        return receipts
    }

    static func invoice(receipt number: Int64, on connection: PostgresConnection, logger: Logger) async throws -> SaleInvoice? {
        for try await (invoiceNumber, receiptNumber, name, address, siret, issuedAt, issuedBy) in try await connection.query("""
            SELECT number, receiptNumber, buyerName, buyerAddress, buyerSiret, issuedAt, issuedBy FROM invoice WHERE receiptNumber = \(number)
            """, logger: logger).decode((Int64, Int64, String, String, String?, Date, String).self) {
            return SaleInvoice(number: invoiceNumber, receiptNumber: receiptNumber,
                               buyer: InvoiceBuyer(name: name, addressLines: address.split(separator: "\n").map(String.init), siret: siret),
                               issuedAt: issuedAt, issuedBy: issuedBy)
        }
        return nil
    }

    static func claims(where condition: String, bind value: (some PostgresEncodable & Sendable)?, on connection: PostgresConnection,
                       logger: Logger, forUpdate: Bool = false) async throws -> [GuaranteeClaim] {
        var bindings = PostgresBindings()
        if let value { try bindings.append(value) }
        let sql = """
            SELECT number, assetTag, receiptNumber, complaint, state, receivedAt, receivedBy, diagnosis, diagnosedAt, diagnosedBy,
                   settledAt, settledBy, reason, amountCents, replacementTag, refundSequence
            FROM claim WHERE \(condition)\(forUpdate ? " FOR UPDATE" : "")
            """
        var claims: [GuaranteeClaim] = []
        for try await (number, tag, receipt, complaint, state, receivedAt, receivedBy, diagnosis, diagnosedAt, diagnosedBy,
                       settledAt, settledBy, reason, cents, replacement, refund) in try await connection.query(
            PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger)
            .decode((Int64, String, Int64, String, String, Date, String, String?, Date?, String?, Date?, String?, String?, Int64?,
                     String?, Int64?).self) {
            claims.append(try AppDatabase.guaranteeClaim(
                number: number, assetTag: tag, receiptNumber: receipt, complaint: complaint, state: state, receivedAt: receivedAt,
                receivedBy: receivedBy, diagnosis: diagnosis, diagnosedAt: diagnosedAt, diagnosedBy: diagnosedBy, settledAt: settledAt,
                settledBy: settledBy, reason: reason, amountCents: cents, replacementTag: replacement, refundSequence: refund))
        }
        return claims
    }

    /// The claim with its row locked until the transaction ends, or the refusal naming it.
    static func lockedClaim(_ number: Int64, on connection: PostgresConnection, logger: Logger) async throws -> GuaranteeClaim {
        guard let claim = try await claims(where: "number = $1", bind: number, on: connection, logger: logger, forUpdate: true).first else {
            throw StoreError.notFound(Message("claim.notFound", ReceiptNumber.text(number)))
        }
        return claim
    }

    /// Codes with their partner and how many sales used them, newest first.
    static func referralCodes(where condition: String, bind value: (some PostgresEncodable & Sendable)?, on connection: PostgresConnection,
                              logger: Logger) async throws -> [ReferralCodeStatus] {
        var bindings = PostgresBindings()
        if let value { try bindings.append(value) }
        let sql = """
            SELECT c.code, c.partnerId, p.name, c.quota, (SELECT count(*) FROM referralRedemption r WHERE r.code = c.code),
                   c.lastDay, c.revokedAt IS NOT NULL
            FROM referralCode c JOIN referralPartner p ON p.id = c.partnerId
            WHERE \(condition) ORDER BY c.createdAt DESC, c.code COLLATE "C"
            """
        var codes: [ReferralCodeStatus] = []
        for try await (code, partnerId, name, quota, used, lastDay, revoked) in try await connection.query(
            PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger)
            .decode((String, Int64, String, Int64, Int64, String, Bool).self) {
            codes.append(try AppDatabase.referralCodeStatus(code: code, partnerId: partnerId, name: name, quota: Int(quota),
                                                            used: Int(used), lastDay: lastDay, revoked: revoked))
        }
        return codes
    }

    /// The code's row locked until the transaction ends, then its state read by a statement of its own, so
    /// that the uses counted include those of a sale that held the lock before (READ COMMITTED gives each
    /// statement a new snapshot; the locking statement's own would not see them). Nil for an unknown code.
    static func lockedReferralCode(_ code: ReferralCode, on connection: PostgresConnection, logger: Logger) async throws -> ReferralCodeStatus? {
        var found = false
        for try await _ in try await connection.query("SELECT 1 FROM referralCode WHERE code = \(code.text) FOR UPDATE", logger: logger) {
            found = true
        }
        guard found else { return nil }
        return try await referralCodes(where: "c.code = $1", bind: code.text, on: connection, logger: logger).first
    }
}

extension PostgresStore: SalesStore {}
