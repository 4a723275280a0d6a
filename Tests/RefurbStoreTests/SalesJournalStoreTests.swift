import Crypto
import Foundation
import GRDB
import Testing
import RefurbCore
@testable import RefurbStore

@Suite("Sales journal in the store: written with each sale, checked entry by entry and closure by closure")
struct SalesJournalStoreTests {
    static let actor = TemporaryDatabase.actor

    static func signer() -> JournalSigner { JournalSigner(privateKeyRaw: Curve25519.Signing.PrivateKey().rawRepresentation)! }

    /// `count` sales written straight into the journal, one a minute, paid by turns in cash and by card.
    static func journalWithSales(_ count: Int) throws -> TemporaryDatabase {
        let world = try TemporaryDatabase()
        let start = Date(timeIntervalSince1970: 1_796_000_000)
        try world.database.writer.write { db in
            for index in 0..<count {
                try AppDatabase.appendJournalEntry(
                    kind: .sale, assetTag: String(format: "R%06dX", index + 1), amountCents: Int64(1_000 + index),
                    payment: index.isMultiple(of: 2) ? .cash : .card, saleKind: .public, partner: nil, refersTo: nil,
                    actor: actor, at: start.addingTimeInterval(Double(index) * 60), in: db)
            }
        }
        return world
    }

    /// What someone holding the file can do with sqlite3: drop the triggers, then rewrite rows.
    static func tamper(_ world: TemporaryDatabase, _ sql: String) throws {
        try world.tamper(sql, droppingTriggersOf: ["journalEntry", "journalClosure"])
    }

    @Test("a sale writes its journal line in the same transaction: amount, partner, who, and a chain that checks")
    func saleIsJournaled() throws {
        let world = try TemporaryDatabase()
        let lot = try world.openLot()
        let first = try WorkshopStatisticsTests.readyDevice(in: world, lot: lot.code, receivedAt: Date(),
                                                            diagnosedAfterDays: 0, wipedAfterDays: 0, readyAfterDays: 0)
        let second = try WorkshopStatisticsTests.readyDevice(in: world, lot: lot.code, receivedAt: Date(),
                                                             diagnosedAfterDays: 0, wipedAfterDays: 0, readyAfterDays: 0)
        _ = try world.database.sell(first.assetTag, price: Money(cents: 14_990), payment: .card, actor: Self.actor, at: Date())
        _ = try world.database.sell(second.assetTag, price: nil,
                                    terms: SaleTerms(checkedKind: .solidarity, partner: "CCAS de Rennes"),
                                    actor: Self.actor, at: Date())
        let lines = try world.database.journalLines(from: .distantPast, to: .distantFuture)
        #expect(lines.map(\.entry.sequence) == [1, 2])
        #expect(lines[0].entry.assetTag == first.assetTag.text && lines[0].entry.amountCents == 14_990)
        #expect(lines[0].entry.payment == .card && lines[0].entry.kind == .sale)
        #expect(lines[1].entry.partner == "CCAS de Rennes" && lines[1].entry.saleKind == .solidarity)
        #expect(lines[1].entry.payment == .unspecified && lines[1].entry.actor == Self.actor)
        #expect(try world.database.verifyJournal(publicKey: nil).isIntact)
    }

    @Test("a refused sale writes nothing to the journal")
    func refusedSaleWritesNothing() throws {
        let world = try TemporaryDatabase()
        let lot = try world.openLot()
        let device = try world.intake(lot: lot.code, serial: "SN-NOT-READY")
        #expect(throws: StoreError.self) {
            _ = try world.database.sell(device.assetTag, price: Money(cents: 100), actor: Self.actor, at: Date())
        }
        #expect(try world.database.journalLines(from: .distantPast, to: .distantFuture).isEmpty)
    }

    @Test("the database refuses to update or delete journal rows (a guard against mistakes, not the proof)")
    func triggersRefuseRewrites() throws {
        let world = try Self.journalWithSales(2)
        #expect(throws: DatabaseError.self) {
            try world.database.writer.write { try $0.execute(sql: "UPDATE journalEntry SET amountCents = 1 WHERE sequence = 1") }
        }
        #expect(throws: DatabaseError.self) {
            try world.database.writer.write { try $0.execute(sql: "DELETE FROM journalEntry WHERE sequence = 2") }
        }
        #expect(try world.database.verifyJournal(publicKey: nil).isIntact)
    }

    @Test("an untouched journal of 300 sales is intact")
    func intact() throws {
        let world = try Self.journalWithSales(300)
        let result = try world.database.verifyJournal(publicKey: nil)
        #expect(result.isIntact && result.entriesChecked == 300 && result.unclosedEntries == 300)
    }

    @Test("a changed amount is named as the first altered entry")
    func changedEntry() throws {
        let world = try Self.journalWithSales(50)
        try Self.tamper(world, "UPDATE journalEntry SET amountCents = amountCents - 500 WHERE sequence = 17")
        let result = try world.database.verifyJournal(publicKey: nil)
        #expect(result.firstAlteredEntry == 17)
        #expect(result.problems == [.entryAltered(sequence: 17, assetTag: "R000017X")])
        #expect(result.entriesChecked == 16)
    }

    @Test("a value stored with another type (text where an integer was) is caught too")
    func changedType() throws {
        let world = try Self.journalWithSales(5)
        try Self.tamper(world, "UPDATE journalEntry SET refersTo = 'none' WHERE sequence = 3")
        #expect(try world.database.verifyJournal(publicKey: nil).firstAlteredEntry == 3)
    }

    @Test("an entry changed with its own hash recomputed still breaks the link of the entry after it, which is named")
    func rehashedEntry() throws {
        let world = try Self.journalWithSales(10)
        // Recompute entry 4's own hash after changing it, as a careful forger would.
        let lines = try world.database.journalLines(from: .distantPast, to: .distantFuture)
        var forged = lines[3].entry
        forged.amountCents = 1
        let hash = JournalChain.link(previous: lines[2].hash, encoding: forged.canonicalBytes)
        try Self.tamper(world, "UPDATE journalEntry SET amountCents = 1, hash = x'\(hash.hex)' WHERE sequence = 4")
        #expect(try world.database.verifyJournal(publicKey: nil).firstAlteredEntry == 5)
    }

    @Test("a removed entry is named by its number")
    func removedEntry() throws {
        let world = try Self.journalWithSales(20)
        try Self.tamper(world, "DELETE FROM journalEntry WHERE sequence = 8")
        let result = try world.database.verifyJournal(publicKey: nil)
        #expect(result.problems == [.entryMissing(expected: 8, found: 9)])
        #expect(result.firstAlteredEntry == 8)
    }

    @Test("two entries swapped (their content and hashes moved) are caught at the first of them")
    func reorderedEntries() throws {
        let world = try Self.journalWithSales(20)
        try Self.tamper(world, """
            UPDATE journalEntry SET sequence = -1 WHERE sequence = 11;
            UPDATE journalEntry SET sequence = 11 WHERE sequence = 12;
            UPDATE journalEntry SET sequence = 12 WHERE sequence = -1;
            """)
        #expect(try world.database.verifyJournal(publicKey: nil).firstAlteredEntry == 11)
        let other = try Self.journalWithSales(20)
        // Every column but the number exchanged: the numbers stay in order, the content does not.
        let columns = (JournalEntry.fieldNames.dropFirst() + ["hash"])
        let copy = { (from: Int, to: Int) in
            "UPDATE journalEntry SET " + columns.map { "\($0) = (SELECT \($0) FROM journalEntry WHERE sequence = \(from))" }
                .joined(separator: ", ") + " WHERE sequence = \(to);"
        }
        try Self.tamper(other, """
            CREATE TEMP TABLE saved AS SELECT * FROM journalEntry WHERE sequence = 6;
            \(copy(7, 6))
            UPDATE journalEntry SET \(columns.map { "\($0) = (SELECT \($0) FROM saved)" }.joined(separator: ", ")) WHERE sequence = 7;
            """)
        #expect(try other.database.verifyJournal(publicKey: nil).firstAlteredEntry == 6)
    }

    @Test("closures seal the chain: totals by payment method, perpetual total, signature checked")
    func closures() throws {
        let world = try Self.journalWithSales(5)
        let signer = Self.signer()
        let first = try #require(try world.database.closeJournal(day: "2026-11-28", signer: signer, actor: Self.actor, at: Date()))
        #expect(first.number == 1 && first.firstSequence == 1 && first.lastSequence == 5)
        #expect(first.totals.stored == "cash:3:3006;card:2:2004")
        #expect(first.cumulativeCents == 5_010)
        #expect(try world.database.closeJournal(day: "2026-11-28", signer: signer, actor: Self.actor, at: Date()) == nil)
        try world.database.writer.write { db in
            _ = try AppDatabase.appendJournalEntry(kind: .refund, assetTag: "R000002X", amountCents: -1_001, payment: .card,
                                                   saleKind: .public, partner: nil, refersTo: 2, actor: Self.actor, at: Date(), in: db)
        }
        let second = try #require(try world.database.closeJournal(day: "2026-11-29", signer: signer, actor: Self.actor, at: Date()))
        #expect(second.firstSequence == 6 && second.totals.stored == "card:1:-1001" && second.cumulativeCents == 4_009)
        let result = try world.database.verifyJournal(publicKey: signer.publicKey)
        #expect(result.isIntact && result.closuresChecked == 2 && result.signaturesChecked && result.unclosedEntries == 0)
        #expect(try world.database.journalClosures() == [first, second])
        // Checked with any other key, every signature fails.
        let other = try world.database.verifyJournal(publicKey: Self.signer().publicKey)
        #expect(other.problems == [.closureSignatureInvalid(number: 1, keyId: signer.publicKey.keyId),
                                   .closureSignatureInvalid(number: 2, keyId: signer.publicKey.keyId)])
    }

    @Test("removing the last sales after a closure, or rewriting the whole chain, no longer reaches the sealed hash")
    func sealedEnd() throws {
        let world = try Self.journalWithSales(6)
        let signer = Self.signer()
        _ = try world.database.closeJournal(day: "2026-11-28", signer: signer, actor: Self.actor, at: Date())
        try Self.tamper(world, "DELETE FROM journalEntry WHERE sequence = 6")
        let result = try world.database.verifyJournal(publicKey: signer.publicKey)
        #expect(result.problems.contains(.closureChainMismatch(number: 1, lastSequence: 6)))
        #expect(result.problems.contains(.closureTotalsMismatch(number: 1)))

        // Every hash recomputed after changing entry 2: the chain holds, the closure's sealed hash does not.
        let rewritten = try Self.journalWithSales(4)
        _ = try rewritten.database.closeJournal(day: "2026-11-28", signer: signer, actor: Self.actor, at: Date())
        var entries = try rewritten.database.journalLines(from: .distantPast, to: .distantFuture).map(\.entry)
        entries[1].assetTag = "R999999X"
        let hashes = JournalChain.hashes(of: entries)
        try Self.tamper(rewritten, "UPDATE journalEntry SET assetTag = 'R999999X' WHERE sequence = 2;" + hashes.enumerated().map {
            "UPDATE journalEntry SET hash = x'\($0.element.hex)' WHERE sequence = \($0.offset + 1);"
        }.joined())
        let forged = try rewritten.database.verifyJournal(publicKey: signer.publicKey)
        #expect(forged.problems == [.closureChainMismatch(number: 1, lastSequence: 4)])
    }

    @Test("a closure whose totals were changed fails both its totals and its signature; a removed closure shows")
    func alteredClosure() throws {
        let world = try Self.journalWithSales(4)
        let signer = Self.signer()
        for day in ["2026-11-27", "2026-11-28", "2026-11-29"] {
            try world.database.writer.write { db in
                _ = try AppDatabase.appendJournalEntry(kind: .sale, assetTag: "R000100X", amountCents: 500, payment: .cash,
                                                       saleKind: .public, partner: nil, refersTo: nil, actor: Self.actor, at: Date(), in: db)
            }
            _ = try world.database.closeJournal(day: day, signer: signer, actor: Self.actor, at: Date())
        }
        try Self.tamper(world, "UPDATE journalClosure SET totals = 'cash:3:3000;card:2:2004' WHERE number = 1")
        let result = try world.database.verifyJournal(publicKey: signer.publicKey)
        #expect(result.problems == [.closureTotalsMismatch(number: 1),
                                    .closureSignatureInvalid(number: 1, keyId: signer.publicKey.keyId)])
        #expect(result.firstAlteredEntry == nil)
        try Self.tamper(world, "DELETE FROM journalClosure WHERE number = 2")
        #expect(try world.database.verifyJournal(publicKey: signer.publicKey).problems.contains(.closureOutOfOrder(number: 3)))
    }

    @Test("the journal's key lives beside the database, in journal-key/")
    func keyFolder() {
        #expect(AppDatabase.journalKeyDirectory(forDatabaseAt: "/var/lib/refurb/refurb.sqlite") == "/var/lib/refurb/journal-key")
        #expect(AppDatabase.journalKeyDirectory(forDatabaseAt: "refurb.sqlite") == "./journal-key")
    }
}
