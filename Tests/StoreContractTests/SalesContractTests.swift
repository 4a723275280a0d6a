import Foundation
import GRDB
import PostgresNIO
import RefurbCore
import RefurbPostgres
@testable import RefurbStore
import Testing

/// The shop's side: sales with their receipts and journal entries, invoices, returns, referral codes, the
/// sales journal and the register of second-hand goods: the same promises on every engine.
@Suite("The sales contract, on each engine")
struct SalesContractTests {
    typealias Shop = any InventoryStore & BenchRecordStore & ChecklistStore & SalesStore & SalesBooksStore
    static let seller = Actor(user: "sam", station: "till-1")
    static let now = Date(timeIntervalSince1970: 1_796_000_000)
    static var today: CivilDay { CivilDay.utc(now) }

    /// Each engine's store seen through the boundaries a sale needs, with one lot open, and a way to run
    /// SQL on it as someone bypassing the store would.
    func withShop(_ engine: StoreEngine, _ body: (Shop, LotCode, RawSQL) async throws -> Void) async throws {
        switch engine {
        case .sqlite:
            try await engine.withStore { store in
                let shop = try #require(store as? Shop)
                let database = try #require(store as? AppDatabase)
                let lot = try await shop.openLot(try LotInput(donorName: "Entreprise Durand"), receivedOn: "2026-11-02",
                                                 actor: Self.seller, at: Self.now)
                try await body(shop, lot.code, RawSQL { sql in try database.writer.write { try $0.execute(sql: sql) } })
            }
        case .postgres:
            try await engine.withDatabase { address in
                let store = try await PostgresStore.open(address, maximumConnections: 8)
                let configuration = PostgresConnection.Configuration(
                    unixSocketPath: address.socketPath ?? "", username: address.user, password: address.password, database: address.database)
                let connection = try await PostgresConnection.connect(configuration: configuration, id: 9, logger: .init(label: "raw"))
                do {
                    let lot = try await store.openLot(try LotInput(donorName: "Entreprise Durand"), receivedOn: "2026-11-02",
                                                      actor: Self.seller, at: Self.now)
                    try await body(store, lot.code, RawSQL { sql in
                        try await connection.query(PostgresQuery(unsafeSQL: sql), logger: .init(label: "raw"))
                    })
                } catch {
                    try? await connection.close()
                    await store.close()
                    throw error
                }
                try await connection.close()
                await store.close()
            }
        }
    }

    /// SQL run beside the store, for what no store operation does (tampering with the books).
    struct RawSQL: Sendable {
        let run: @Sendable (String) async throws -> Void
        init(_ run: @escaping @Sendable (String) async throws -> Void) { self.run = run }
        func callAsFunction(_ sql: String) async throws { try await run(sql) }
    }

    /// Every test of the laptop's checklist passed.
    static var allPassed: [String: TestRecord.Entry] {
        Dictionary(uniqueKeysWithValues: DefaultChecklists.checklist(for: .laptop).items.map { ($0.key, TestRecord.Entry(outcome: .pass)) })
    }

    /// A laptop taken in, diagnosed, its drive erased, graded, priced and tested: ready for sale.
    static func readyDevice(_ store: Shop, lot: LotCode, serial: String, price: Int = 14_990,
                            manufacturer: String = "Lenovo", model: String = "T480") async throws -> Device {
        let device = try await store.intake(try IntakeInput(lot: lot.text, category: "laptop", serial: serial, manufacturer: manufacturer,
                                                            model: model), actor: seller, at: now)
        let tag = device.assetTag
        let drive = "DRIVE-\(serial)"
        let report = IncomingReport(body: Data("report \(serial)".utf8), sha256: "sha-\(serial)", systemSerial: serial,
                                    manufacturer: nil, model: nil, storageSerials: [drive], removableSerials: [])
        _ = try await store.recordReport(report, for: tag, actor: seller, at: now)
        let certificate = IncomingCertificate(id: "cert-\(serial)", assetTag: nil, driveSerial: drive, passed: true, keyId: "key-1",
                                              body: Data("{}".utf8))
        _ = try await store.recordCertificate(certificate, for: tag, actor: seller, at: now)
        _ = try await store.setGrade(tag, to: .b, expectedVersion: nil, actor: seller, at: now)
        _ = try await store.setPrice(tag, to: Money(cents: price), expectedVersion: nil, actor: seller, at: now)
        _ = try await store.recordTests(tag, entries: allPassed, checklistVersion: 1, prefill: [:], expectedVersion: nil,
                                        actor: seller, at: now)
        for stage in [Stage.diagnosed, .wiped, .ready] {
            _ = try await store.move(tag, to: stage, reason: nil, expectedVersion: nil, actor: seller, at: now)
        }
        return try #require(try await store.device(tag: tag))
    }

    static func sell(_ store: Shop, _ tag: AssetTag, cents: Int?, payment: PaymentMethod = .card,
                     terms: SaleTerms = .public, at date: Date = now) async throws -> Device {
        try await store.sell(tag, price: cents.map(Money.init(cents:)), terms: terms, payment: payment, expectedVersion: nil,
                             actor: seller, at: date, day: today)
    }

    /// A new journal key (an Ed25519 private key is any 32 bytes).
    static func signer() -> JournalSigner { JournalSigner(privateKeyRaw: (0..<32).map { _ in UInt8.random(in: 0...255) })! }

    @Test("a device moved to sold through the lifecycle (the API's move) is a sale: it gets its journal entry and receipt, on every engine", arguments: StoreEngine.available)
    func moveToSoldIsJournaled(engine: StoreEngine) async throws {
        try await withShop(engine) { store, lot, _ in
            let device = try await Self.readyDevice(store, lot: lot, serial: "PF1MOVE1", price: 12_000)
            let sold = try await store.move(device.assetTag, to: .sold, reason: nil, expectedVersion: device.version,
                                            actor: Self.seller, at: Self.now)
            #expect(sold.stage == .sold)
            let receipt = try #require(try await store.latestReceipt(of: device.assetTag))
            #expect(receipt.number == 1 && receipt.amount == Money(cents: 12_000) && receipt.payment == .unspecified)
            #expect(try await store.verifyJournal(publicKey: nil).entriesChecked == 1)
            // A grade or price change journals nothing.
            let other = try await Self.readyDevice(store, lot: lot, serial: "PF1MOVE2")
            _ = try await store.setGrade(other.assetTag, to: .a, expectedVersion: nil, actor: Self.seller, at: Self.now)
            #expect(try await store.verifyJournal(publicKey: nil).entriesChecked == 1)
        }
    }

    @Test("every sale gets the next receipt, printing its journal entry; a sale the lifecycle refuses writes nothing; an invoice is numbered on its own, once per sale", arguments: StoreEngine.available)
    func receiptsAndInvoices(engine: StoreEngine) async throws {
        try await withShop(engine) { store, lot, _ in
            let first = try await Self.readyDevice(store, lot: lot, serial: "PF1AAAA1")
            let second = try await Self.readyDevice(store, lot: lot, serial: "PF1AAAA2", price: 9_000)
            let sold = try await Self.sell(store, first.assetTag, cents: 14_990, payment: .card)
            #expect(sold.stage == .sold && sold.version == first.version + 1)
            #expect(try await store.history(of: first.assetTag).last?.change == .sold(price: Money(cents: 14_990), kind: .public, partner: nil))
            _ = try await Self.sell(store, second.assetTag, cents: nil, payment: .cash)  // the labelled price

            let one = try #require(try await store.latestReceipt(of: first.assetTag))
            let two = try #require(try await store.latestReceipt(of: second.assetTag))
            #expect(one == SaleReceipt(number: 1, journalSequence: 1, assetTag: first.assetTag, soldAt: Self.now, amount: Money(cents: 14_990),
                                       payment: .card, saleKind: .public, partner: nil, seller: "sam"))
            #expect(two.number == 2 && two.journalSequence == 2 && two.amount == Money(cents: 9_000) && two.payment == .cash)
            #expect(try await store.receipt(number: 2) == two)
            #expect(try await store.receipt(number: 3) == nil)

            // Not ready: refused with the lifecycle's rules, and neither a journal entry nor a receipt is written.
            let received = try await store.intake(try IntakeInput(lot: lot.text, category: "laptop", serial: "PF1AAAA3"),
                                                  actor: Self.seller, at: Self.now)
            await #expect(throws: StoreError.self) { try await Self.sell(store, received.assetTag, cents: 5_000) }
            #expect(try await store.latestReceipt(of: received.assetTag) == nil)
            #expect(try await store.verifyJournal(publicKey: nil).entriesChecked == 2)
            await #expect(throws: StoreError.self) { try await Self.sell(store, first.assetTag, cents: 5_000) }  // sold already

            let buyer = try InvoiceBuyer(typedName: "Association Le Lien", address: "3 rue Haute\n35000 Rennes", siret: "732 829 320 00074")
            let invoice = try await store.issueInvoice(receipt: 2, buyer: buyer, actor: Self.seller, at: Self.now)
            #expect(invoice == SaleInvoice(number: 1, receiptNumber: 2, buyer: buyer, issuedAt: Self.now, issuedBy: "sam"))
            #expect(try await store.invoice(receipt: 2) == invoice)
            #expect(try await store.invoice(receipt: 1) == nil)
            await #expect(throws: StoreError.conflict(Message("invoice.already", ReceiptNumber.text(1)))) {
                try await store.issueInvoice(receipt: 2, buyer: buyer, actor: Self.seller, at: Self.now)
            }
            await #expect(throws: StoreError.notFound(Message("receipt.notFound", "7"))) {
                try await store.issueInvoice(receipt: 7, buyer: buyer, actor: Self.seller, at: Self.now)
            }
            #expect(try await store.issueInvoice(receipt: 1, buyer: buyer, actor: Self.seller, at: Self.now).number == 2)
        }
    }

    @Test("a return found by its receipt goes back to received, is diagnosed and handed back without a new sale; a refund is a negative entry naming the sale; a replacement leaves at 0 with its own receipt", arguments: StoreEngine.available)
    func claims(engine: StoreEngine) async throws {
        try await withShop(engine) { store, lot, _ in
            let device = try await Self.readyDevice(store, lot: lot, serial: "PF1BBBB1")
            _ = try await Self.sell(store, device.assetTag, cents: 14_990)
            let tag = try await store.claimDevice(scanned: "N° 000001")
            #expect(tag == device.assetTag)
            await #expect(throws: StoreError.notFound(Message("receipt.notFound", ReceiptNumber.text(9)))) {
                try await store.claimDevice(scanned: "N° 000009")
            }
            let claim = try await store.openClaim(tag, complaint: "L'écran clignote", actor: Self.seller, at: Self.now)
            #expect(claim.number == 1 && claim.state == .received && claim.receiptNumber == 1 && claim.complaint == "L'écran clignote")
            #expect(try await store.device(tag: tag)?.stage == .received)
            await #expect(throws: StoreError.self) { try await store.openClaim(tag, complaint: "encore", actor: Self.seller, at: Self.now) }
            await #expect(throws: StoreError.invalidInput(Message("claim.complaintMissing"))) {
                try await store.openClaim(tag, complaint: "  ", actor: Self.seller, at: Self.now)
            }
            await #expect(throws: StoreError.self) {
                try await store.settleClaim(1, ClaimSettlement(outcome: .repaired), actor: Self.seller, at: Self.now)
            }
            #expect(try await store.openClaims().map(\.number) == [1])
            let diagnosed = try await store.diagnoseClaim(1, diagnosis: "Nappe d'écran desserrée", actor: Self.seller, at: Self.now)
            #expect(diagnosed.state == .diagnosed && diagnosed.diagnosedBy == "sam")
            let repaired = try await store.settleClaim(1, ClaimSettlement(outcome: .repaired), actor: Self.seller, at: Self.now)
            #expect(repaired.state == .settled(.repaired) && repaired.settledAt == Self.now)
            #expect(try await store.device(tag: tag)?.stage == .sold)
            #expect(try await store.verifyJournal(publicKey: nil).entriesChecked == 1)  // handed back: not sold again
            #expect(try await store.openClaims().isEmpty)
            #expect(try await store.settledClaims(limit: 10).map(\.number) == [1])
            #expect(try await store.claims(receipt: 1).map(\.number) == [1])

            // Returned again: refunded in part, the device stays at the workshop.
            _ = try await store.openClaim(tag, complaint: "Batterie HS", actor: Self.seller, at: Self.now)
            _ = try await store.diagnoseClaim(2, diagnosis: "Batterie morte", actor: Self.seller, at: Self.now)
            await #expect(throws: StoreError.invalidInput(Message("claim.amountTooHigh", MoneyFormat.string(Money(cents: 14_990), in: .fr)))) {
                try await store.settleClaim(2, ClaimSettlement(outcome: .refunded, amount: Money(cents: 20_000)), actor: Self.seller, at: Self.now)
            }
            let refunded = try await store.settleClaim(2, ClaimSettlement(outcome: .refunded, amount: Money(cents: 5_000), payment: .cash),
                                                       actor: Self.seller, at: Self.now)
            #expect(refunded.amount == Money(cents: 5_000) && refunded.refundSequence == 2)
            let lines = try await store.journalLines(from: Self.now.addingTimeInterval(-60), to: Self.now.addingTimeInterval(60))
            #expect(lines.map(\.entry.kind) == [.sale, .refund])
            #expect(lines.last?.entry.amountCents == -5_000 && lines.last?.entry.refersTo == 1 && lines.last?.entry.payment == .cash)
            #expect(try await store.device(tag: tag)?.stage == .received)
            #expect(try await store.claims(of: tag).map(\.state) == [.settled(.repaired), .settled(.refunded)])

            // Another sale, replaced by a device ready for sale: sold at 0 with a receipt of its own.
            let other = try await Self.readyDevice(store, lot: lot, serial: "PF1BBBB2")
            _ = try await Self.sell(store, other.assetTag, cents: 12_000, payment: .cheque)
            let spare = try await Self.readyDevice(store, lot: lot, serial: "PF1BBBB3", manufacturer: "Dell", model: "E7470")
            _ = try await store.openClaim(other.assetTag, complaint: "Ne démarre plus", actor: Self.seller, at: Self.now)
            _ = try await store.diagnoseClaim(3, diagnosis: "Carte mère", actor: Self.seller, at: Self.now)
            await #expect(throws: StoreError.self) {  // the returned device itself is not ready
                try await store.settleClaim(3, ClaimSettlement(outcome: .replaced, replacement: other.assetTag), actor: Self.seller, at: Self.now)
            }
            let replaced = try await store.settleClaim(3, ClaimSettlement(outcome: .replaced, replacement: spare.assetTag),
                                                       actor: Self.seller, at: Self.now)
            #expect(replaced.replacementTag == spare.assetTag)
            #expect(try await store.device(tag: spare.assetTag)?.stage == .sold)
            let spareReceipt = try #require(try await store.latestReceipt(of: spare.assetTag))
            #expect(spareReceipt.number == 3 && spareReceipt.amount == Money(cents: 0) && spareReceipt.payment == .cheque)

            let statistics = try await store.claimStatistics()
            #expect(statistics.byModel.map { "\($0.key) \($0.sold)/\($0.returned)" } == ["Lenovo T480 2/2", "Dell E7470 1/0"])
            #expect(statistics.byGrade.map { "\($0.key) \($0.sold)/\($0.returned)" } == ["B 3/2"])
            #expect(statistics.byTechnician.map { "\($0.key) \($0.sold)/\($0.returned)" } == ["sam 3/2"])
            #expect(try await store.verifyJournal(publicKey: nil).isIntact)
        }
    }

    @Test("a referral code sells up to its quota, names its partner on the sale, and is refused once used up, revoked or unknown", arguments: StoreEngine.available)
    func referralCodes(engine: StoreEngine) async throws {
        try await withShop(engine) { store, lot, _ in
            let partner = try await store.addReferralPartner(name: "Emmaüs Rennes", actor: Self.seller, at: Self.now)
            await #expect(throws: StoreError.conflict(ReferralError.partnerNameTaken("EMMAüS rennes").message)) {
                try await store.addReferralPartner(name: "EMMAüS rennes", actor: Self.seller, at: Self.now)
            }
            let other = try await store.addReferralPartner(name: "Croix-Rouge", actor: Self.seller, at: Self.now)
            let code = try #require(ReferralCode("ABCD2345"))
            let issued = try await store.issueReferralCode(partnerId: partner.id, quota: 2, lastDay: "2026-12-31", today: Self.today,
                                                           actor: Self.seller, at: Self.now, code: code)
            #expect(issued == ReferralCodeStatus(code: code, partner: partner, quota: 2, used: 0, lastDay: CivilDay("2026-12-31")!, revoked: false))
            await #expect(throws: StoreError.notFound(ReferralError.partnerUnknown(99).message)) {
                try await store.issueReferralCode(partnerId: 99, quota: 2, lastDay: "2026-12-31", today: Self.today, actor: Self.seller,
                                                  at: Self.now, code: .random())
            }
            await #expect(throws: StoreError.self) {
                try await store.issueReferralCode(partnerId: partner.id, quota: 0, lastDay: "2026-12-31", today: Self.today,
                                                  actor: Self.seller, at: Self.now, code: .random())
            }
            let terms = try SaleTerms(kind: "solidarity", partner: nil, referralCode: code.text)
            var devices: [Device] = []
            for index in 1...3 { devices.append(try await Self.readyDevice(store, lot: lot, serial: "PF1CCCC\(index)")) }
            _ = try await Self.sell(store, devices[0].assetTag, cents: 5_000, terms: terms)
            _ = try await Self.sell(store, devices[1].assetTag, cents: 6_000, terms: terms)
            #expect(try await store.latestReceipt(of: devices[1].assetTag)?.partner == "Emmaüs Rennes")
            #expect(try await store.latestReceipt(of: devices[1].assetTag)?.saleKind == .solidarity)
            await #expect(throws: StoreError.conflict(ReferralError.codeUsedUp(code, partner: "Emmaüs Rennes", quota: 2).message)) {
                try await Self.sell(store, devices[2].assetTag, cents: 5_000, terms: terms)
            }
            #expect(try await store.device(tag: devices[2].assetTag)?.stage == .ready)
            #expect(try await store.referralCodeStatus(code)?.used == 2)
            let unknown = try #require(ReferralCode("ZZZZ9999"))
            await #expect(throws: StoreError.invalidInput(ReferralError.codeUnknown(unknown).message)) {
                try await Self.sell(store, devices[2].assetTag, cents: 5_000,
                                    terms: try SaleTerms(kind: "solidarity", partner: nil, referralCode: unknown.text))
            }

            let second = try await store.issueReferralCode(partnerId: other.id, quota: 5, lastDay: "2026-12-31", today: Self.today,
                                                           actor: Self.seller, at: Self.now.addingTimeInterval(1), code: try #require(ReferralCode("WXYZ2345")))
            let revoked = try await store.revokeReferralCode(second.code, actor: Self.seller, at: Self.now)
            #expect(revoked.revoked && revoked.state(on: Self.today) == .revoked)
            await #expect(throws: StoreError.conflict(ReferralError.codeRevoked(second.code).message)) {
                try await Self.sell(store, devices[2].assetTag, cents: 5_000,
                                    terms: try SaleTerms(kind: "solidarity", partner: nil, referralCode: second.code.text))
            }
            // A name typed at the till counts for its partner too, whatever its case.
            _ = try await Self.sell(store, devices[2].assetTag, cents: 7_000,
                                    terms: try SaleTerms(kind: "solidarity", partner: "croix-rouge", referralCode: nil))

            let partners = try await store.referralPartners()
            #expect(partners.map(\.partner.name) == ["Croix-Rouge", "Emmaüs Rennes"])
            #expect(partners.map(\.sales) == [1, 2])
            #expect(partners.map(\.salesCents) == [7_000, 11_000])
            #expect(partners.map { $0.codes.map(\.code) } == [[second.code], [code]])
            #expect(partners.last?.lastSale == Self.now)
            #expect(try await store.verifyJournal(publicKey: nil).entriesChecked == 3)
        }
    }

    @Test("six tills selling at once on a code with three uses left: three sales, three refusals, and the journal chains all three", arguments: StoreEngine.available)
    func referralQuotaUnderConcurrency(engine: StoreEngine) async throws {
        try await withShop(engine) { store, lot, _ in
            let partner = try await store.addReferralPartner(name: "Secours populaire", actor: Self.seller, at: Self.now)
            let code = try await store.issueReferralCode(partnerId: partner.id, quota: 3, lastDay: "2026-12-31", today: Self.today,
                                                         actor: Self.seller, at: Self.now, code: .random()).code
            var tags: [AssetTag] = []
            for index in 1...6 { tags.append(try await Self.readyDevice(store, lot: lot, serial: "PF1DDDD\(index)").assetTag) }
            let terms = try SaleTerms(kind: "solidarity", partner: nil, referralCode: code.text)
            let outcomes = await withTaskGroup(of: Bool.self) { group in
                for tag in tags {
                    group.addTask { (try? await Self.sell(store, tag, cents: 4_000, terms: terms)) != nil }
                }
                var sold: [Bool] = []
                for await outcome in group { sold.append(outcome) }
                return sold
            }
            #expect(outcomes.filter { $0 }.count == 3)
            #expect(try await store.referralCodeStatus(code)?.used == 3)
            var stages: [Stage] = []
            for tag in tags { stages.append(try #require(try await store.device(tag: tag)).stage) }
            #expect(stages.filter { $0 == .sold }.count == 3)
            var receipts: [Int64] = []
            for tag in tags { if let receipt = try await store.latestReceipt(of: tag) { receipts.append(receipt.number) } }
            #expect(receipts.sorted() == [1, 2, 3])
            let verification = try await store.verifyJournal(publicKey: nil)
            #expect(verification.isIntact && verification.entriesChecked == 3)
        }
    }

    @Test("the journal verifies after sales, is closed and signed once, and names the entry a person altered behind the store's back", arguments: StoreEngine.available)
    func journalChain(engine: StoreEngine) async throws {
        try await withShop(engine) { store, lot, sql in
            var tags: [AssetTag] = []
            for index in 1...3 {
                let device = try await Self.readyDevice(store, lot: lot, serial: "PF1EEEE\(index)")
                _ = try await Self.sell(store, device.assetTag, cents: 1_000 * index, payment: index == 2 ? .cash : .card)
                tags.append(device.assetTag)
            }
            let signer = Self.signer()
            let closure = try #require(try await store.closeJournal(day: Self.today.text, signer: signer, actor: Self.seller, at: Self.now))
            #expect(closure.number == 1 && closure.firstSequence == 1 && closure.lastSequence == 3)
            #expect(closure.totals == JournalTotals([JournalTotal(payment: .cash, count: 1, cents: 2_000),
                                                     JournalTotal(payment: .card, count: 2, cents: 4_000)]))
            #expect(closure.isSigned(by: signer.publicKey))
            #expect(try await store.closeJournal(day: Self.today.text, signer: signer, actor: Self.seller, at: Self.now) == nil)
            #expect(try await store.journalClosures() == [closure])
            let lines = try await store.journalLines(from: Self.now, to: Self.now.addingTimeInterval(1))
            #expect(lines.map(\.entry.assetTag) == tags.map(\.text))
            #expect(lines.map(\.description) == Array(repeating: "ordinateur portable Lenovo T480", count: 3))
            #expect(lines.map(\.hash) == JournalChain.hashes(of: lines.map(\.entry)))

            _ = try await Self.sell(store, try await Self.readyDevice(store, lot: lot, serial: "PF1EEEE4").assetTag, cents: 500)
            let intact = try await store.verifyJournal(publicKey: signer.publicKey)
            #expect(intact == JournalVerification(entriesChecked: 4, closuresChecked: 1, unclosedEntries: 1, problems: [],
                                                  signaturesChecked: true))
            #expect(try await store.verifyJournal(publicKey: Self.signer().publicKey).problems
                    == [.closureSignatureInvalid(number: 1, keyId: closure.keyId)])

            // The store refuses to change an entry…
            await #expect(throws: (any Error).self) { try await sql("UPDATE journalEntry SET amountCents = 1 WHERE sequence = 2") }
            await #expect(throws: (any Error).self) { try await sql("DELETE FROM journalEntry WHERE sequence = 4") }
            // …and one changed behind its back, its rule removed, is named.
            switch engine {
            case .sqlite: try await sql("DROP TRIGGER journalEntry_no_update")
            case .postgres: try await sql("ALTER TABLE journalEntry DISABLE TRIGGER journalEntry_no_change")
            }
            try await sql("UPDATE journalEntry SET amountCents = 1 WHERE sequence = 2")
            let altered = try await store.verifyJournal(publicKey: signer.publicKey)
            #expect(altered.firstAlteredEntry == 2 && altered.entriesChecked == 1 && altered.unclosedEntries == 1)
            #expect(altered.problems == [.entryAltered(sequence: 2, assetTag: tags[1].text), .closureTotalsMismatch(number: 1)])
        }
    }

    @Test("the register lists each object in and out; a past day is sealed once, verifies, and names a line altered behind the store's back", arguments: StoreEngine.available)
    func register(engine: StoreEngine) async throws {
        try await withShop(engine) { store, lot, sql in
            let utc = try #require(TimeZone(identifier: "UTC"))
            let sold = try await Self.readyDevice(store, lot: lot, serial: "PF1FFFF1")
            _ = try await Self.sell(store, sold.assetTag, cents: 8_000, payment: .cash)
            let kept = try await Self.readyDevice(store, lot: lot, serial: "PF1FFFF2")
            _ = try await store.move(kept.assetTag, to: .recycled, reason: "écran cassé", expectedVersion: nil, actor: Self.seller, at: Self.now)
            let live = try await store.registerExtract(from: Self.today, to: Self.today, today: Self.today, timeZone: utc)
            #expect(live.lines.map(\.reason) == [.donation, .sale, .donation, .recycling])
            #expect(live.lines.allSatisfy { $0.number == nil } && live.seals.isEmpty)
            let sale = try #require(live.lines.first { $0.reason == .sale })
            #expect(sale.payment == .cash && sale.amountCents == 8_000 && sale.assetTag == sold.assetTag.text)
            #expect(sale.description == "ordinateur portable Lenovo T480" && sale.serial == "PF1FFFF1")
            #expect(sale.provenance == "Entreprise Durand, lot \(lot.text)")

            let signer = Self.signer()
            // Today's movements are still coming: nothing is sealed.
            #expect(try await store.sealRegister(today: Self.today, timeZone: utc, signer: signer, actor: Self.seller, at: Self.now).isEmpty)
            let tomorrow = Self.today.adding(days: 1)
            let seals = try await store.sealRegister(today: tomorrow, timeZone: utc, signer: signer, actor: Self.seller, at: Self.now)
            #expect(seals.map(\.day) == [Self.today.text] && seals.first?.lineCount == 4)
            #expect(try await store.sealRegister(today: tomorrow, timeZone: utc, signer: signer, actor: Self.seller, at: Self.now).isEmpty)
            #expect(try await store.registerSeals() == seals)
            let sealed = try await store.registerExtract(from: Self.today, to: tomorrow, today: tomorrow, timeZone: utc)
            #expect(sealed.lines.map(\.number) == [1, 2, 3, 4])
            #expect(sealed.lines.map { RegisterLine(number: nil, day: $0.day, occurredAtMilliseconds: $0.occurredAtMilliseconds, reason: $0.reason,
                                                    assetTag: $0.assetTag, description: $0.description, serial: $0.serial,
                                                    provenance: $0.provenance, payment: $0.payment, amountCents: $0.amountCents) } == live.lines)
            #expect(sealed.seals[Self.today.text] == seals.first && sealed.hashes.count == 4)
            let verified = try await store.verifyRegister(publicKey: signer.publicKey)
            #expect(verified.problems.isEmpty && verified.linesChecked == 4 && verified.sealsChecked == 1)

            await #expect(throws: (any Error).self) { try await sql("UPDATE registerLine SET description = 'x' WHERE number = 3") }
            switch engine {
            case .sqlite: try await sql("DROP TRIGGER registerLine_no_update")
            case .postgres: try await sql("ALTER TABLE registerLine DISABLE TRIGGER registerLine_no_change")
            }
            try await sql("UPDATE registerLine SET description = 'Ordinateur portable' WHERE number = 3")
            let altered = try await store.verifyRegister(publicKey: signer.publicKey)
            #expect(altered.linesChecked == 2)
            #expect(altered.problems == [.lineAltered(number: 3, assetTag: kept.assetTag.text)])
        }
    }

    @Test("the sale settings and warranties are read back as saved, and a warranty's days and months are checked", arguments: StoreEngine.available)
    func settingsAndWarranties(engine: StoreEngine) async throws {
        try await withShop(engine) { store, _, _ in
            #expect(try await store.saleSettings() == .unset)
            let saved = try await store.saveSaleSettings(marginScheme: true, actor: Self.seller, at: Self.now)
            #expect(try await store.saleSettings() == saved && saved.marginScheme && saved.savedBy == "sam")
            await #expect(throws: StoreError.self) {
                try await store.addWarrantyPolicy(category: nil, channel: nil, months: 0, from: "2026-01-01", until: nil,
                                                  actor: Self.seller, at: Self.now)
            }
            await #expect(throws: StoreError.invalidInput(Message("warranty.untilBeforeFrom"))) {
                try await store.addWarrantyPolicy(category: nil, channel: nil, months: 6, from: "2026-06-01", until: "2026-01-01",
                                                  actor: Self.seller, at: Self.now)
            }
            let later = try await store.addWarrantyPolicy(category: .laptop, channel: .solidarity, months: 12, from: "2026-06-01", until: nil,
                                                          actor: Self.seller, at: Self.now)
            let first = try await store.addWarrantyPolicy(category: nil, channel: nil, months: 6, from: "2026-01-01", until: nil,
                                                          actor: Self.seller, at: Self.now)
            #expect(try await store.warrantyPolicies() == [first, later])
            let ended = try await store.endWarrantyPolicy(id: first.id, lastDay: "2026-05-31", actor: Self.seller, at: Self.now)
            #expect(ended.until == "2026-05-31")
            await #expect(throws: StoreError.invalidInput(Message("warranty.untilBeforeFrom"))) {
                try await store.endWarrantyPolicy(id: later.id, lastDay: "2026-05-01", actor: Self.seller, at: Self.now)
            }
            await #expect(throws: StoreError.notFound(Message("warranty.notFound", "99"))) {
                try await store.endWarrantyPolicy(id: 99, lastDay: "2026-05-01", actor: Self.seller, at: Self.now)
            }
        }
    }

    @Test("« reconditionné comme neuf » is refused for a buyer's text; « reconditionné en France » only when the workshop's address says France", arguments: StoreEngine.available)
    func wording(engine: StoreEngine) async throws {
        try await withShop(engine) { store, _, _ in
            await #expect(throws: SaleWordingRefusal.self) {
                try await store.checkSaleWording("Portable reconditionné comme neuf", field: .listingTitle)
            }
            try await store.checkSaleWording("Portable reconditionné, grade B", field: .listingTitle)
            await #expect(throws: SaleWordingRefusal.self) {
                try await store.checkSaleWording("Reconditionné en France", field: .label)
            }
            let settings = try #require(store as? any WorkshopSettingsStore)
            try await settings.saveWorkshopIdentity(WorkshopIdentity(name: "Atelier", addressLines: ["1 rue Haute", "35000 Rennes", "France"],
                                                                     contact: nil), actor: Self.seller, at: Self.now)
            try await store.checkSaleWording("Reconditionné en France", field: .label)
        }
    }
}
