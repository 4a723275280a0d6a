import Crypto
import Foundation
import Testing
import RefurbCore
@testable import RefurbStore

@Suite("Sales journal: canonical bytes, chain, closures and export")
struct JournalChainTests {
    static let actor = Actor(user: "camille", station: "shop-1")

    static func entry(_ sequence: Int64, cents: Int64 = 9_900, tag: String = "R000001L", payment: PaymentMethod = .cash,
                      kind: JournalEntryKind = .sale, partner: String? = nil) -> JournalEntry {
        JournalEntry(sequence: sequence, kind: kind, occurredAtMilliseconds: 1_796_000_000_000 + sequence * 60_000,
                     assetTag: tag, amountCents: cents, payment: payment, saleKind: partner == nil ? .public : .solidarity,
                     partner: partner, refersTo: kind == .sale ? nil : 1, actor: actor)
    }

    @Test("the hash is SHA-256 over the previous hash then the entry's canonical bytes")
    func linkIsSHA256() {
        let bytes = Self.entry(1).canonicalBytes
        let expected = Array(SHA256.hash(data: JournalHash.genesis.bytes + bytes))
        #expect(JournalChain.link(previous: .genesis, encoding: bytes).bytes == expected)
        var inPlace = JournalHash.genesis.bytes
        bytes.withUnsafeBytes { JournalChain.link(previous: &inPlace, encoding: $0) }
        #expect(inPlace == expected)
    }

    @Test("every field is in the bytes: changing any one changes the encoding")
    func everyFieldCounts() {
        let base = Self.entry(1)
        var changed: [JournalEntry] = []
        var e = base; e.sequence = 2; changed.append(e)
        e = base; e.kind = .refund; changed.append(e)
        e = base; e.occurredAtMilliseconds += 1; changed.append(e)
        e = base; e.assetTag = "R000002J"; changed.append(e)
        e = base; e.amountCents = 9_901; changed.append(e)
        e = base; e.payment = .card; changed.append(e)
        e = base; e.saleKind = .solidarity; changed.append(e)
        e = base; e.partner = "CCAS"; changed.append(e)
        e = base; e.refersTo = 1; changed.append(e)
        e = base; e.actor.user = "dominique"; changed.append(e)
        e = base; e.actor.station = "shop-2"; changed.append(e)
        let encodings = Set(changed.map(\.canonicalBytes) + [base.canonicalBytes])
        #expect(encodings.count == changed.count + 1)
        #expect(JournalEntry.fieldNames.count == 11)
    }

    @Test("length prefixes keep neighbouring text fields apart: (ab, c) and (a, bc) differ")
    func noAmbiguity() {
        var first = JournalEncoding(), second = JournalEncoding()
        first.text("ab"); first.text("c")
        second.text("a"); second.text("bc")
        #expect(first.bytes != second.bytes)
        var none = JournalEncoding(), empty = JournalEncoding()
        none.text(nil as String?); empty.text("")
        #expect(none.bytes != empty.bytes)
    }

    @Test("changing, removing or swapping an entry breaks the chain from that entry on")
    func chainCatchesTampering() {
        let entries = (1...5).map { Self.entry($0, cents: 1_000 * $0) }
        let hashes = JournalChain.hashes(of: entries)
        var changed = entries; changed[2].amountCents = 1
        #expect(JournalChain.hashes(of: changed)[2] != hashes[2])
        #expect(JournalChain.hashes(of: changed)[0...1] == hashes[0...1])
        var removed = entries; removed.remove(at: 1)
        #expect(JournalChain.hashes(of: removed)[1] != hashes[2])
        var swapped = entries; swapped.swapAt(1, 2)
        #expect(JournalChain.hashes(of: swapped)[1] != hashes[2] && JournalChain.hashes(of: swapped)[2] != hashes[1])
    }

    @Test("totals by payment method keep a fixed order and read back from what the store keeps")
    func totals() {
        var totals = JournalTotals()
        totals.add(Self.entry(1, cents: 5_000, payment: .card))
        totals.add(Self.entry(2, cents: 3_000, payment: .cash))
        totals.add(Self.entry(3, cents: 2_000, payment: .cash))
        totals.add(Self.entry(4, cents: -3_000, payment: .cash, kind: .refund))
        #expect(totals.lines.map(\.payment) == [.cash, .card])
        #expect(totals.stored == "cash:3:2000;card:1:5000")
        #expect(totals.cents == 7_000 && totals.count == 4)
        #expect(JournalTotals(stored: totals.stored) == totals)
        #expect(JournalTotals(stored: "")?.lines.isEmpty == true)
        #expect(JournalTotals(stored: "bitcoin:1:5") == nil)
        #expect(JournalTotals(stored: "cash:1:5;cash:1:5") == nil)
    }

    @Test("a signed closure checks with its key, and no longer after any change or with another key")
    func closureSignature() throws {
        let signer = try #require(JournalSigner(privateKeyRaw: Curve25519.Signing.PrivateKey().rawRepresentation))
        var totals = JournalTotals()
        totals.add(Self.entry(1))
        let closure = signer.sign(JournalClosure(
            number: 1, day: "2026-11-28", firstSequence: 1, lastSequence: 1,
            lastHash: JournalChain.link(previous: .genesis, encoding: Self.entry(1).canonicalBytes), totals: totals,
            cumulativeCents: 9_900, closedAtMilliseconds: 1_796_000_000_000, actor: Self.actor, keyId: ""))
        #expect(closure.keyId == signer.publicKey.keyId && closure.keyId.count == 16)
        #expect(closure.isSigned(by: signer.publicKey))
        var changed = closure; changed.cumulativeCents += 1
        #expect(!changed.isSigned(by: signer.publicKey))
        changed = closure; changed.day = "2026-11-29"
        #expect(!changed.isSigned(by: signer.publicKey))
        let other = try #require(JournalSigner(privateKeyRaw: Curve25519.Signing.PrivateKey().rawRepresentation))
        #expect(!closure.isSigned(by: other.publicKey))
        #expect(!other.sign(closure).isSigned(by: signer.publicKey))
    }

    @Test("the CSV has one line per entry with its hash, quoted where needed and never a formula")
    func csvExport() {
        let paris = TimeZone(identifier: "Europe/Paris")!
        let lines = [
            JournalExport.Line(entry: Self.entry(1, partner: "Secours, \"populaire\""), hash: .genesis, description: "ordinateur portable Lenovo"),
            JournalExport.Line(entry: Self.entry(2, cents: -5, kind: .refund), hash: .genesis, description: "=HYPERLINK(1)"),
        ]
        let rows = JournalExport.csv(lines, timeZone: paris).components(separatedBy: "\r\n")
        #expect(rows[0].hasPrefix("sequence,date,time,kind,asset_tag"))
        #expect(rows[1].contains(",99.00,cash,solidarity,\"Secours, \"\"populaire\"\"\","))
        #expect(rows[2].contains(",'=HYPERLINK(1),-0.05,cash,public,,1,"))
        #expect(rows.count == 4 && rows[3].isEmpty)
    }

    @Test("the FEC has its 18 columns, two balanced lines per entry, and a refund reversed")
    func fecExport() {
        let paris = TimeZone(identifier: "Europe/Paris")!
        let lines = [
            JournalExport.Line(entry: Self.entry(1, cents: 14_990, payment: .card), hash: .genesis, description: "Lenovo T480"),
            JournalExport.Line(entry: Self.entry(2, cents: -14_990, payment: .unspecified, kind: .refund), hash: .genesis, description: "x|y"),
        ]
        let rows = JournalExport.fec(lines, timeZone: paris).split(separator: "\r\n").map { $0.split(separator: "|", omittingEmptySubsequences: false) }
        #expect(rows.allSatisfy { $0.count == 18 })
        #expect(rows[1][4] == "51150000" && rows[1][11] == "149,90" && rows[1][12] == "0,00")
        #expect(rows[2][4] == "70700000" && rows[2][11] == "0,00" && rows[2][12] == "149,90")
        #expect(rows[3][4] == "47100000" && rows[3][12] == "149,90")
        #expect(rows[4][4] == "70700000" && rows[4][11] == "149,90")
        #expect(rows[1][3] == "20261130")
    }
}

@Suite("Sales journal: the verifier's in-place chaining")
struct JournalChainInPlaceTests {
    @Test("advancing in place gives the same hashes as linking entry by entry")
    func inPlaceMatchesLink() {
        let entries = (1...4).map { JournalChainTests.entry($0, cents: 100 * $0) }
        var encoding = JournalEncoding(capacity: 16)
        encoding.startChain()
        var hashes: [JournalHash] = []
        for entry in entries {
            entry.encode(into: &encoding, keepingPrefix: JournalChain.prefixLength)
            JournalChain.advance(&encoding)
            hashes.append(JournalHash(encoding.bytes.prefix(32))!)
        }
        #expect(hashes == JournalChain.hashes(of: entries))
    }
}
