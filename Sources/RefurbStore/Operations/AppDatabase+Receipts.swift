import Foundation
import GRDB
import RefurbCore

/// A sale's receipt as the store keeps it: its number, the journal entry it prints (price, payment,
/// kind of sale, partner) and the device as it is now.
public struct SaleReceipt: Hashable, Sendable {
    public var number: Int64
    public var journalSequence: Int64
    public var assetTag: AssetTag
    public var soldAt: Date
    public var amount: Money
    public var payment: PaymentMethod
    public var saleKind: SaleKind
    public var partner: String?
    public var seller: String

    package init(number: Int64, journalSequence: Int64, assetTag: AssetTag, soldAt: Date, amount: Money, payment: PaymentMethod,
                 saleKind: SaleKind, partner: String?, seller: String) {
        self.number = number
        self.journalSequence = journalSequence
        self.assetTag = assetTag
        self.soldAt = soldAt
        self.amount = amount
        self.payment = payment
        self.saleKind = saleKind
        self.partner = partner
        self.seller = seller
    }
}

/// An invoice made out for a receipt's sale.
public struct SaleInvoice: Hashable, Sendable {
    public var number: Int64
    public var receiptNumber: Int64
    public var buyer: InvoiceBuyer
    public var issuedAt: Date
    public var issuedBy: String

    package init(number: Int64, receiptNumber: Int64, buyer: InvoiceBuyer, issuedAt: Date, issuedBy: String) {
        self.number = number
        self.receiptNumber = receiptNumber
        self.buyer = buyer
        self.issuedAt = issuedAt
        self.issuedBy = issuedBy
    }
}

/// Whether the workshop sells under the margin scheme for second-hand goods (the receipt then says
/// « Régime particulier – Biens d'occasion »), and who last said so.
public struct SaleSettings: Hashable, Sendable {
    public var marginScheme: Bool
    public var savedAt: Date?
    public var savedBy: String?

    package init(marginScheme: Bool, savedAt: Date?, savedBy: String?) {
        self.marginScheme = marginScheme
        self.savedAt = savedAt
        self.savedBy = savedBy
    }

    public static let unset = SaleSettings(marginScheme: false, savedAt: nil, savedBy: nil)
}

extension AppDatabase {
    /// Numbers the receipt of a sale entry, in the sale's transaction: the next number after the last,
    /// with no gap (a receipt is never removed).
    static func issueReceipt(journalSequence: Int64, assetTag: String, at date: Date, in db: Database) throws {
        let number = (try Int64.fetchOne(db, sql: "SELECT max(number) FROM receipt") ?? 0) + 1
        try db.execute(sql: "INSERT INTO receipt (number, journalSequence, assetTag, soldAt) VALUES (?, ?, ?, ?)",
                       arguments: [number, journalSequence, assetTag, date])
    }

    public func receipt(number: Int64) throws -> SaleReceipt? {
        try writer.read { db in try Self.receipts(where: "r.number = ?", [number], in: db).first }
    }

    /// The receipt of the device's latest sale (a device sold, returned and sold again has two).
    public func latestReceipt(of tag: AssetTag) throws -> SaleReceipt? {
        try writer.read { db in try Self.latestReceipt(of: tag, in: db) }
    }

    static func latestReceipt(of tag: AssetTag, in db: Database) throws -> SaleReceipt? {
        try receipts(where: "r.assetTag = ? ORDER BY r.number DESC LIMIT 1", [tag.text], in: db).first
    }

    static func receipts(where condition: String, _ arguments: StatementArguments, in db: Database) throws -> [SaleReceipt] {
        try Row.fetchAll(db, sql: """
            SELECT r.number, r.journalSequence, r.assetTag, r.soldAt, j.amountCents, j.paymentMethod, j.saleKind, j.partner, j.actorUser
            FROM receipt r JOIN journalEntry j ON j.sequence = r.journalSequence WHERE \(condition)
            """, arguments: arguments).map { row in
            try saleReceipt(number: row["number"], journalSequence: row["journalSequence"], assetTag: row["assetTag"],
                            soldAt: row["soldAt"], amountCents: row["amountCents"], payment: row["paymentMethod"],
                            saleKind: row["saleKind"], partner: row["partner"], seller: row["actorUser"])
        }
    }

    /// A receipt from its row and its journal entry's columns, whichever engine read them.
    package static func saleReceipt(number: Int64, journalSequence: Int64, assetTag: String, soldAt: Date, amountCents: Int64,
                                    payment: String?, saleKind: String?, partner: String?, seller: String) throws -> SaleReceipt {
        guard let tag = try? AssetTag(parsing: assetTag),
              let payment = PaymentMethod(rawValue: payment ?? ""),
              let kind = SaleKind(rawValue: saleKind ?? "") else {
            throw StoreError.corruptRow(table: "receipt", id: number)
        }
        return SaleReceipt(number: number, journalSequence: journalSequence, assetTag: tag, soldAt: soldAt,
                           amount: Money(cents: Int(amountCents)), payment: payment, saleKind: kind, partner: partner, seller: seller)
    }

    // MARK: Invoices

    /// Makes out the invoice of a receipt's sale, numbered after the last invoice. A sale has one invoice:
    /// asking again is a conflict that names it.
    public func issueInvoice(receipt number: Int64, buyer: InvoiceBuyer, actor: Actor, at date: Date) throws -> SaleInvoice {
        let checked = try Self.checkedBuyer(buyer)
        return try writer.write { db in
            guard try Int64.fetchOne(db, sql: "SELECT number FROM receipt WHERE number = ?", arguments: [number]) != nil else {
                throw StoreError.notFound(Message("receipt.notFound", String(number)))
            }
            if let existing = try Self.invoice(receipt: number, in: db) {
                throw StoreError.conflict(Message("invoice.already", ReceiptNumber.text(existing.number)))
            }
            let invoiceNumber = (try Int64.fetchOne(db, sql: "SELECT max(number) FROM invoice") ?? 0) + 1
            try db.execute(sql: """
                INSERT INTO invoice (number, receiptNumber, buyerName, buyerAddress, buyerSiret, issuedAt, issuedBy)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [invoiceNumber, number, checked.name, checked.addressLines.joined(separator: "\n"), checked.siret,
                                 date, actor.user])
            return SaleInvoice(number: invoiceNumber, receiptNumber: number, buyer: checked, issuedAt: date, issuedBy: actor.user)
        }
    }

    /// The buyer as the invoice form's checks leave it, or the form's refusal.
    package static func checkedBuyer(_ buyer: InvoiceBuyer) throws -> InvoiceBuyer {
        do {
            return try InvoiceBuyer(typedName: buyer.name, address: buyer.addressLines.joined(separator: "\n"), siret: buyer.siret ?? "")
        } catch {
            throw StoreError.invalidInput(error.message)
        }
    }

    public func invoice(receipt number: Int64) throws -> SaleInvoice? {
        try writer.read { db in try Self.invoice(receipt: number, in: db) }
    }

    static func invoice(receipt number: Int64, in db: Database) throws -> SaleInvoice? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM invoice WHERE receiptNumber = ?", arguments: [number]) else { return nil }
        let address: String = row["buyerAddress"]
        return SaleInvoice(number: row["number"], receiptNumber: row["receiptNumber"],
                           buyer: InvoiceBuyer(name: row["buyerName"], addressLines: address.split(separator: "\n").map(String.init),
                                               siret: row["buyerSiret"]),
                           issuedAt: row["issuedAt"], issuedBy: row["issuedBy"])
    }

    // MARK: Sale settings and commercial warranties

    public func saleSettings() throws -> SaleSettings {
        try writer.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT marginScheme, savedAt, savedBy FROM saleSettings WHERE id = 1") else {
                return .unset
            }
            return SaleSettings(marginScheme: row["marginScheme"], savedAt: row["savedAt"], savedBy: row["savedBy"])
        }
    }

    @discardableResult
    public func saveSaleSettings(marginScheme: Bool, actor: Actor, at date: Date) throws -> SaleSettings {
        try writer.write { db in
            try db.execute(sql: """
                INSERT INTO saleSettings (id, marginScheme, savedAt, savedBy) VALUES (1, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET marginScheme = excluded.marginScheme, savedAt = excluded.savedAt, savedBy = excluded.savedBy
                """, arguments: [marginScheme, date, actor.user])
            try Self.appendAdministration("sale-settings-saved", subject: marginScheme ? "margin-scheme" : "no-margin-scheme",
                                          actor: actor, at: date, in: db)
        }
        return SaleSettings(marginScheme: marginScheme, savedAt: date, savedBy: actor.user)
    }

    public func warrantyPolicies() throws -> [WarrantyPolicy] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM warrantyPolicy ORDER BY fromDay, id").map { row in
                WarrantyPolicy(id: row["id"], category: (row["category"] as String?).flatMap(DeviceCategory.init(rawValue:)),
                               channel: (row["channel"] as String?).flatMap(SaleKind.init(rawValue:)),
                               months: row["months"], from: row["fromDay"], until: row["untilDay"])
            }
        }
    }

    /// Adds a commercial warranty. Policies are not edited: one ends (its last day) and another begins,
    /// so that the warranty of a past sale stays the one it was sold with.
    @discardableResult
    public func addWarrantyPolicy(category: DeviceCategory?, channel: SaleKind?, months: Int, from: String, until: String?,
                                  actor: Actor, at date: Date) throws -> WarrantyPolicy {
        try Self.checkWarrantyTerms(months: months, from: from, until: until)
        return try writer.write { db in
            try db.execute(sql: """
                INSERT INTO warrantyPolicy (category, channel, months, fromDay, untilDay, savedAt, savedBy) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [category?.rawValue, channel?.rawValue, months, from, until, date, actor.user])
            let id = db.lastInsertedRowID
            try Self.appendAdministration("warranty-added", subject: "\(id): \(months) months from \(from)", actor: actor, at: date, in: db)
            return WarrantyPolicy(id: id, category: category, channel: channel, months: months, from: from, until: until)
        }
    }

    /// A warranty's months and days as the office's form checks them, whichever engine saves them.
    package static func checkWarrantyTerms(months: Int, from: String, until: String?) throws {
        guard WarrantyPolicy.monthsRange.contains(months) else {
            throw StoreError.invalidInput(Message("warranty.monthsRange", String(WarrantyPolicy.monthsRange.lowerBound),
                                                  String(WarrantyPolicy.monthsRange.upperBound)))
        }
        guard let start = CivilDay(from) else { throw StoreError.invalidInput(Message("warranty.dayMalformed")) }
        if let until {
            guard let end = CivilDay(until) else { throw StoreError.invalidInput(Message("warranty.dayMalformed")) }
            guard end >= start else { throw StoreError.invalidInput(Message("warranty.untilBeforeFrom")) }
        }
    }

    /// Sets the last day a policy applies to sales.
    @discardableResult
    public func endWarrantyPolicy(id: Int64, lastDay: String, actor: Actor, at date: Date) throws -> WarrantyPolicy {
        guard let end = CivilDay(lastDay) else { throw StoreError.invalidInput(Message("warranty.dayMalformed")) }
        try writer.write { db in
            guard let from = try String.fetchOne(db, sql: "SELECT fromDay FROM warrantyPolicy WHERE id = ?", arguments: [id]) else {
                throw StoreError.notFound(Message("warranty.notFound", String(id)))
            }
            guard let start = CivilDay(from), end >= start else { throw StoreError.invalidInput(Message("warranty.untilBeforeFrom")) }
            try db.execute(sql: "UPDATE warrantyPolicy SET untilDay = ? WHERE id = ?", arguments: [lastDay, id])
            try Self.appendAdministration("warranty-ended", subject: "\(id): until \(lastDay)", actor: actor, at: date, in: db)
        }
        return try warrantyPolicies().first { $0.id == id }!
    }
}
