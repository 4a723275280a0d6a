import Crypto
import Foundation
import GRDB
import Testing
import RefurbCore
@testable import RefurbStore

@Suite("Register of second-hand goods: movements in order, sealed day by day, checked line by line")
struct SecondHandRegisterStoreTests {
    static let actor = TemporaryDatabase.actor
    static let paris = TimeZone(identifier: "Europe/Paris")!
    static let today = CivilDay("2026-11-23")!

    static func signer() -> JournalSigner { JournalSigner(privateKeyRaw: Curve25519.Signing.PrivateKey().rawRepresentation)! }

    /// 10:00 in Paris, `days` after 2026-11-20 (plus `minutes`).
    static func at(day days: Int, minutes: Double = 0) -> Date {
        AppDatabase.start(of: CivilDay("2026-11-20")!.adding(days: days), in: paris).addingTimeInterval(36_000 + minutes * 60)
    }

    /// Two devices received on the 20th (one ready for sale that day), the first sold by card on the 21st
    /// and the second recycled the same day, a third received today (the 23rd).
    struct World {
        let base: TemporaryDatabase
        let sold: Device
        let recycled: Device
        let receivedToday: Device

        init() throws {
            base = try TemporaryDatabase()
            let lot = try base.database.openLot(LotInput(donorName: "Durand SARL", declaredCount: 3, donorType: .company),
                                                receivedOn: "2026-11-20", actor: actor, at: at(day: 0))
            sold = try WorkshopStatisticsTests.readyDevice(in: base, lot: lot.code, receivedAt: at(day: 0), diagnosedAfterDays: 0,
                                                          wipedAfterDays: 0, readyAfterDays: 0)
            recycled = try base.database.intake(IntakeInput(lot: lot.code.text, category: "desktop", serial: "SN-RECYCLED", manufacturer: "Dell"),
                                                actor: actor, at: at(day: 0, minutes: 5))
            _ = try base.database.sell(sold.assetTag, price: Money(cents: 12_000), payment: .card, actor: actor, at: at(day: 1))
            _ = try base.database.confirmNoStorage(recycled.assetTag, note: "no drive", actor: actor, at: at(day: 1, minutes: 1))
            _ = try base.database.move(recycled.assetTag, to: .recycled, actor: actor, at: at(day: 1, minutes: 2))
            receivedToday = try base.database.intake(IntakeInput(lot: lot.code.text, category: "phone", serial: "SN-TODAY"),
                                                     actor: actor, at: at(day: 3))
        }

        var database: AppDatabase { base.database }

        func extract() throws -> RegisterExtract {
            try database.registerExtract(from: CivilDay("2026-11-01")!, to: today, today: today, timeZone: paris)
        }
    }

    /// What someone holding the file can do with sqlite3: drop the triggers, then rewrite rows.
    static func tamper(_ world: World, _ sql: String) throws {
        try world.base.tamper(sql, droppingTriggersOf: ["registerLine", "registerSeal"])
    }

    @Test("in, sale by card, recycling, in today: in order, the sale with its payment, the donor and the lot as provenance")
    func chronology() throws {
        let world = try World()
        let lines = try world.extract().lines
        #expect(lines.map(\.reason) == [.donation, .donation, .sale, .recycling, .donation])
        #expect(lines.map(\.assetTag) == [world.sold.assetTag.text, world.recycled.assetTag.text, world.sold.assetTag.text,
                                          world.recycled.assetTag.text, world.receivedToday.assetTag.text])
        #expect(lines.map(\.day) == ["2026-11-20", "2026-11-20", "2026-11-21", "2026-11-21", "2026-11-23"])
        #expect(lines[2].payment == .card && lines[2].amountCents == 12_000 && lines[2].movement == .exit)
        #expect(lines[3].payment == nil && lines[3].amountCents == nil)
        #expect(lines[1].serial == "SN-RECYCLED" && lines[1].description == "ordinateur fixe Dell")
        #expect(lines[0].provenance.hasPrefix("Durand SARL (entreprise), lot "))
        #expect(lines.allSatisfy { $0.number == nil })
    }

    @Test("sealing freezes each past day once, numbered with no gap and signed; today stays live")
    func sealing() throws {
        let world = try World()
        let signer = Self.signer()
        let seals = try world.database.sealRegister(today: Self.today, timeZone: Self.paris, signer: signer, actor: Self.actor, at: Date())
        #expect(seals.map(\.day) == ["2026-11-20", "2026-11-21"])
        #expect(seals.map(\.firstNumber) == [1, 3] && seals.map(\.lastNumber) == [2, 4])
        #expect(seals.allSatisfy { $0.isSigned(by: signer.publicKey) })
        #expect(try world.database.sealRegister(today: Self.today, timeZone: Self.paris, signer: signer, actor: Self.actor, at: Date()).isEmpty)

        let extract = try world.extract()
        #expect(extract.lines.map(\.number) == [1, 2, 3, 4, nil])
        #expect(extract.seals.keys.sorted() == ["2026-11-20", "2026-11-21"])
        #expect(extract.hashes.count == 4)
        let csv = RegisterExport.csv(extract, timeZone: Self.paris)
        #expect(csv.contains("journée en cours, non scellée") && csv.contains("scellée (\(signer.publicKey.keyId))"))
        #expect(csv.contains(",sortie,vente,") && csv.contains(",carte bancaire,120.00,"))

        // A day sealed later (the 23rd, once over) follows on.
        let later = try world.database.sealRegister(today: Self.today.adding(days: 2), timeZone: Self.paris, signer: signer,
                                                    actor: Self.actor, at: Date())
        #expect(later.map(\.day) == ["2026-11-23"] && later.first?.firstNumber == 5)
        #expect(try world.database.verifyRegister(publicKey: signer.publicKey).isIntact)
    }

    @Test("a device corrected after its day was sealed leaves the sealed lines as they were")
    func correctionsDoNotChangeSealedLines() throws {
        let world = try World()
        try world.database.sealRegister(today: Self.today, timeZone: Self.paris, signer: Self.signer(), actor: Self.actor, at: Date())
        try world.database.writer.write { db in
            try db.execute(sql: "UPDATE device SET model = 'Corrected', serial = 'SN-CORRECTED' WHERE assetTag = ?",
                           arguments: [world.recycled.assetTag.text])
        }
        let lines = try world.extract().lines
        #expect(lines[1].serial == "SN-RECYCLED" && lines[1].description == "ordinateur fixe Dell")
        #expect(try world.database.verifyRegister(publicKey: nil).isIntact)
    }

    @Test("a sale brought back is an entry again (« retour client »); an undone intake scan is an exit")
    func returnsAndVoids() throws {
        let world = try World()
        try world.database.openClaim(world.sold.assetTag, complaint: "screen flickers", actor: Self.actor, at: Self.at(day: 3, minutes: 10))
        try world.database.voidIntake(world.receivedToday.assetTag, actor: Self.actor, at: Self.at(day: 3, minutes: 1))
        let lines = try world.extract().lines
        #expect(lines.suffix(3).map(\.reason) == [.donation, .intakeVoided, .customerReturn])
        #expect(lines.last?.movement == .entry && lines.last?.assetTag == world.sold.assetTag.text)
    }

    @Test("the database refuses to update or delete register rows (a guard against mistakes, not the proof)")
    func triggersRefuseRewrites() throws {
        let world = try World()
        try world.database.sealRegister(today: Self.today, timeZone: Self.paris, signer: Self.signer(), actor: Self.actor, at: Date())
        for sql in ["UPDATE registerLine SET serial = 'X' WHERE number = 1", "DELETE FROM registerLine WHERE number = 4",
                    "UPDATE registerSeal SET lineCount = 9", "DELETE FROM registerSeal"] {
            #expect(throws: DatabaseError.self) { try world.database.writer.write { try $0.execute(sql: sql) } }
        }
    }

    @Test("a changed, removed or reordered line, a changed or removed seal: each is found")
    func verificationFindsTampering() throws {
        let signer = Self.signer()
        func sealed() throws -> World {
            let world = try World()
            try world.database.sealRegister(today: Self.today, timeZone: Self.paris, signer: signer, actor: Self.actor, at: Date())
            return world
        }
        let changed = try sealed()
        try Self.tamper(changed, "UPDATE registerLine SET serial = 'SN-OTHER' WHERE number = 2")
        #expect(try changed.base.reopen().verifyRegister(publicKey: signer.publicKey).problems.first
                == .lineAltered(number: 2, assetTag: changed.recycled.assetTag.text))

        let removed = try sealed()
        try Self.tamper(removed, "DELETE FROM registerLine WHERE number = 3")
        #expect(try removed.base.reopen().verifyRegister(publicKey: signer.publicKey).problems.first == .lineMissing(expected: 3, found: 4))

        let reordered = try sealed()
        try Self.tamper(reordered, """
            UPDATE registerLine SET number = -1 WHERE number = 3; UPDATE registerLine SET number = 3 WHERE number = 4;
            UPDATE registerLine SET number = 4 WHERE number = -1;
            """)
        let found = try reordered.base.reopen().verifyRegister(publicKey: signer.publicKey).problems
        #expect(found.first == .lineAltered(number: 3, assetTag: reordered.recycled.assetTag.text))

        let resealed = try sealed()
        try Self.tamper(resealed, "UPDATE registerSeal SET lastNumber = 3, lineCount = 1 WHERE day = '2026-11-21'")
        let problems = try resealed.base.reopen().verifyRegister(publicKey: signer.publicKey).problems
        #expect(problems.contains(.sealSignatureInvalid(day: "2026-11-21", keyId: signer.publicKey.keyId)))
        #expect(problems.contains(.lineUnsealed(number: 4)))

        let unsealed = try sealed()
        try Self.tamper(unsealed, "DELETE FROM registerSeal WHERE day = '2026-11-20'")
        #expect(try unsealed.base.reopen().verifyRegister(publicKey: nil).problems == [.sealOutOfOrder(day: "2026-11-21")])

        let otherKey = try sealed()
        #expect(try otherKey.database.verifyRegister(publicKey: Self.signer().publicKey).problems.count == 2)
    }
}
