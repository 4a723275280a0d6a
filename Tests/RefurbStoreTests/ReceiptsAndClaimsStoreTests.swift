import Foundation
import GRDB
import Testing
import RefurbCore
@testable import RefurbStore

@Suite("Receipts, invoices and returns in the store: numbered with each sale, claims moved through the change path")
struct ReceiptsAndClaimsStoreTests {
    static let actor = TemporaryDatabase.actor
    static let technician = Actor(user: "camille", station: "bench-2")

    static func soldDevice(_ world: TemporaryDatabase, cents: Int = 14_990, payment: PaymentMethod = .card) throws -> Device {
        let lot = try world.openLot()
        let device = try WorkshopStatisticsTests.readyDevice(in: world, lot: lot.code, receivedAt: Date(),
                                                             diagnosedAfterDays: 0, wipedAfterDays: 0, readyAfterDays: 0)
        return try world.database.sell(device.assetTag, price: Money(cents: cents), payment: payment, actor: actor, at: Date())
    }

    @Test("every sale gets the next receipt number in its transaction, printing its journal entry; receipts cannot be changed")
    func receiptsNumbered() throws {
        let world = try TemporaryDatabase()
        let first = try Self.soldDevice(world)
        let second = try Self.soldDevice(world, cents: 9_000, payment: .cash)
        let one = try #require(try world.database.latestReceipt(of: first.assetTag))
        let two = try #require(try world.database.latestReceipt(of: second.assetTag))
        #expect(one.number == 1 && two.number == 2)
        #expect(one.amount == Money(cents: 14_990) && one.payment == .card && one.journalSequence == 1)
        #expect(two.amount == Money(cents: 9_000) && two.payment == .cash && two.journalSequence == 2)
        #expect(try world.database.receipt(number: 2) == two)
        #expect(throws: (any Error).self) {
            try world.database.writer.write { db in try db.execute(sql: "UPDATE receipt SET assetTag = 'R000009X' WHERE number = 1") }
        }
    }

    @Test("an invoice is numbered on its own, one per sale, with a checked SIRET")
    func invoices() throws {
        let world = try TemporaryDatabase()
        _ = try Self.soldDevice(world)
        let buyer = try InvoiceBuyer(typedName: "Association Le Lien", address: "3 rue Haute\n35000 Rennes", siret: "732 829 320 00074")
        let invoice = try world.database.issueInvoice(receipt: 1, buyer: buyer, actor: Self.actor, at: Date())
        #expect(invoice.number == 1 && invoice.buyer.siret == "73282932000074")
        #expect(try world.database.invoice(receipt: 1)?.buyer == buyer)
        #expect(throws: StoreError.self) { try world.database.issueInvoice(receipt: 1, buyer: buyer, actor: Self.actor, at: Date()) }
        #expect(throws: StoreError.self) { try world.database.issueInvoice(receipt: 7, buyer: buyer, actor: Self.actor, at: Date()) }
        #expect(throws: InvoiceBuyerError.siretMalformed) { try InvoiceBuyer(typedName: "X", address: "", siret: "73282932000075") }
    }

    @Test("a return found by the receipt's number moves the device back to received; it is diagnosed, repaired and handed back without a new sale")
    func repairedReturn() throws {
        let world = try TemporaryDatabase()
        let device = try Self.soldDevice(world)
        let tag = try world.database.claimDevice(scanned: "N° 000001")
        #expect(tag == device.assetTag)
        let claim = try world.database.openClaim(tag, complaint: "L'écran clignote", actor: Self.actor, at: Date())
        #expect(claim.number == 1 && claim.state == .received && claim.receiptNumber == 1)
        #expect(try world.database.device(tag: tag)?.stage == .received)
        #expect(throws: StoreError.self) { try world.database.openClaim(tag, complaint: "encore", actor: Self.actor, at: Date()) }
        #expect(throws: StoreError.self) { try world.database.settleClaim(1, ClaimSettlement(outcome: .repaired), actor: Self.actor, at: Date()) }
        _ = try world.database.diagnoseClaim(1, diagnosis: "Nappe d'écran desserrée", actor: Self.technician, at: Date())
        _ = try world.database.move(tag, to: .diagnosed, actor: Self.technician, at: Date())
        let settled = try world.database.settleClaim(1, ClaimSettlement(outcome: .repaired, reason: "Nappe remplacée"), actor: Self.actor, at: Date())
        #expect(settled.state == .settled(.repaired) && settled.diagnosedBy == "camille")
        #expect(try world.database.device(tag: tag)?.stage == .sold)
        // Handed back, not sold again: one sale in the journal, one receipt.
        #expect(try world.database.journalLines(from: .distantPast, to: .distantFuture).count == 1)
        #expect(try world.database.latestReceipt(of: tag)?.number == 1)
        #expect(throws: StoreError.self) { try world.database.settleClaim(1, ClaimSettlement(outcome: .refunded), actor: Self.actor, at: Date()) }
        let moves = try world.database.history(of: tag).compactMap { event -> String? in
            if case .moved(_, let to, let reason) = event.change, to == .received || (to == .sold && reason != nil) { return reason }
            return nil
        }
        #expect(moves == ["Retour n° 000001 : L'écran clignote", "Rendu au client, retour n° 000001 (Réparé)"])
    }

    @Test("a refund is a negative journal entry naming the sale; the chain still checks and the device stays at the workshop")
    func refund() throws {
        let world = try TemporaryDatabase()
        let device = try Self.soldDevice(world, cents: 12_000, payment: .card)
        _ = try world.database.openClaim(device.assetTag, complaint: "Ne démarre plus", actor: Self.actor, at: Date())
        _ = try world.database.diagnoseClaim(1, diagnosis: "Carte mère", actor: Self.technician, at: Date())
        #expect(throws: StoreError.self) {
            try world.database.settleClaim(1, ClaimSettlement(outcome: .refunded, amount: Money(cents: 12_001)), actor: Self.actor, at: Date())
        }
        let claim = try world.database.settleClaim(1, ClaimSettlement(outcome: .refunded), actor: Self.actor, at: Date())
        let lines = try world.database.journalLines(from: .distantPast, to: .distantFuture)
        #expect(lines.count == 2 && claim.refundSequence == 2)
        #expect(lines[1].entry.kind == .refund && lines[1].entry.amountCents == -12_000 && lines[1].entry.refersTo == 1)
        #expect(lines[1].entry.payment == .card)
        #expect(try world.database.verifyJournal(publicKey: nil).isIntact)
        #expect(try world.database.device(tag: device.assetTag)?.stage == .received)
    }

    @Test("a replacement leaves as sold at 0 € with its own receipt; a rejection needs its reason and hands the device back")
    func replacementAndRejection() throws {
        let world = try TemporaryDatabase()
        let device = try Self.soldDevice(world)
        let lot = try world.openLot()
        let spare = try WorkshopStatisticsTests.readyDevice(in: world, lot: lot.code, receivedAt: Date(),
                                                            diagnosedAfterDays: 0, wipedAfterDays: 0, readyAfterDays: 0)
        _ = try world.database.openClaim(device.assetTag, complaint: "Clavier", actor: Self.actor, at: Date())
        _ = try world.database.diagnoseClaim(1, diagnosis: "Clavier HS", actor: Self.technician, at: Date())
        #expect(throws: StoreError.self) { try world.database.settleClaim(1, ClaimSettlement(outcome: .replaced), actor: Self.actor, at: Date()) }
        let claim = try world.database.settleClaim(1, ClaimSettlement(outcome: .replaced, replacement: spare.assetTag), actor: Self.actor, at: Date())
        #expect(claim.replacementTag == spare.assetTag)
        #expect(try world.database.device(tag: spare.assetTag)?.stage == .sold)
        let receipt = try #require(try world.database.latestReceipt(of: spare.assetTag))
        #expect(receipt.number == 2 && receipt.amount == Money(cents: 0))

        let other = try Self.soldDevice(world)
        _ = try world.database.openClaim(other.assetTag, complaint: "Rayure", actor: Self.actor, at: Date())
        _ = try world.database.diagnoseClaim(2, diagnosis: "Rayure d'usage, notée au grade", actor: Self.technician, at: Date())
        #expect(throws: StoreError.self) { try world.database.settleClaim(2, ClaimSettlement(outcome: .rejected), actor: Self.actor, at: Date()) }
        _ = try world.database.settleClaim(2, ClaimSettlement(outcome: .rejected, reason: "Usure annoncée à la vente"), actor: Self.actor, at: Date())
        #expect(try world.database.device(tag: other.assetTag)?.stage == .sold)
        #expect(try world.database.claimStatistics().byTechnician.first?.sold == 3)
    }

    @Test("the statistics count sales and returns per model, grade at the sale and the technician who put it up for sale")
    func statistics() throws {
        let world = try TemporaryDatabase()
        let first = try Self.soldDevice(world)
        _ = try Self.soldDevice(world)
        _ = try world.database.openClaim(first.assetTag, complaint: "Batterie", actor: Self.actor, at: Date())
        let statistics = try world.database.claimStatistics()
        #expect(statistics.byModel == [ClaimStatistics.Row(key: "category:laptop", sold: 2, returned: 1)])
        #expect(statistics.byGrade == [ClaimStatistics.Row(key: "B", sold: 2, returned: 1)])
        #expect(statistics.byTechnician == [ClaimStatistics.Row(key: "test", sold: 2, returned: 1)])
    }

    @Test("sale settings and commercial warranties: saved, ended, and checked")
    func settingsAndWarranties() throws {
        let world = try TemporaryDatabase()
        #expect(try world.database.saleSettings().marginScheme == false)
        try world.database.saveSaleSettings(marginScheme: true, actor: Self.actor, at: Date())
        #expect(try world.database.saleSettings().marginScheme == true)
        let policy = try world.database.addWarrantyPolicy(category: .laptop, channel: nil, months: 6, from: "2026-01-01", until: nil,
                                                          actor: Self.actor, at: Date())
        #expect(throws: StoreError.self) {
            try world.database.addWarrantyPolicy(category: nil, channel: nil, months: 0, from: "2026-01-01", until: nil, actor: Self.actor, at: Date())
        }
        #expect(throws: StoreError.self) {
            try world.database.addWarrantyPolicy(category: nil, channel: nil, months: 3, from: "2026-13-01", until: nil, actor: Self.actor, at: Date())
        }
        let ended = try world.database.endWarrantyPolicy(id: policy.id, lastDay: "2026-12-31", actor: Self.actor, at: Date())
        #expect(ended.until == "2026-12-31")
        #expect(throws: StoreError.self) { try world.database.endWarrantyPolicy(id: policy.id, lastDay: "2025-12-31", actor: Self.actor, at: Date()) }
        #expect(try world.database.warrantyPolicies() == [ended])
    }
}
