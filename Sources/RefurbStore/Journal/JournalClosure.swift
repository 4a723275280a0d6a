import Crypto
import Foundation
import RefurbCore

/// What one payment method brought in over a closure: how many entries, and their sum in cents
/// (refunds and cancellations count negatively).
public struct JournalTotal: Hashable, Sendable {
    public var payment: PaymentMethod
    public var count: Int64
    public var cents: Int64

    public init(payment: PaymentMethod, count: Int64, cents: Int64) {
        self.payment = payment
        self.count = count
        self.cents = cents
    }
}

/// The totals by payment method, in the order of `PaymentMethod.allCases`, methods unused left out.
public struct JournalTotals: Hashable, Sendable {
    public private(set) var lines: [JournalTotal] = []

    public init() {}

    public init(_ lines: [JournalTotal]) {
        for line in lines { add(line.payment, count: line.count, cents: line.cents) }
    }

    public mutating func add(_ entry: JournalEntry) {
        add(entry.payment, count: 1, cents: entry.amountCents)
    }

    public mutating func add(_ payment: PaymentMethod, count: Int64, cents: Int64) {
        if let index = lines.firstIndex(where: { $0.payment == payment }) {
            lines[index].count += count
            lines[index].cents += cents
        } else {
            lines.append(JournalTotal(payment: payment, count: count, cents: cents))
            let order = PaymentMethod.allCases
            lines.sort { order.firstIndex(of: $0.payment)! < order.firstIndex(of: $1.payment)! }
        }
    }

    public var count: Int64 { lines.reduce(0) { $0 + $1.count } }
    public var cents: Int64 { lines.reduce(0) { $0 + $1.cents } }

    /// As the store keeps it: `cash:2:15000;card:1:4000`.
    public var stored: String {
        lines.map { "\($0.payment.rawValue):\($0.count):\($0.cents)" }.joined(separator: ";")
    }

    public init?(stored: String) {
        guard !stored.isEmpty else { return }
        for part in stored.split(separator: ";", omittingEmptySubsequences: false) {
            let fields = part.split(separator: ":", omittingEmptySubsequences: false)
            guard fields.count == 3, let payment = PaymentMethod(rawValue: String(fields[0])),
                  let count = Int64(fields[1]), let cents = Int64(fields[2]),
                  !lines.contains(where: { $0.payment == payment }) else { return nil }
            lines.append(JournalTotal(payment: payment, count: count, cents: cents))
        }
        guard self == JournalTotals(lines) else { return nil }
    }
}

/// A closure (« clôture », the till's Z): the entries since the previous closure, their totals by payment
/// method, the perpetual grand total and the hash reached, signed with the service's Ed25519 key. Once
/// signed, rewriting any entry it covers, even with every later hash recomputed, no longer matches
/// `lastHash`, and a closure changed to match no longer matches its signature.
public struct JournalClosure: Hashable, Sendable {
    /// 1, 2, 3…
    public var number: Int64
    /// The workshop's day it closes, `YYYY-MM-DD`.
    public var day: String
    public var firstSequence: Int64
    public var lastSequence: Int64
    public var lastHash: JournalHash
    public var totals: JournalTotals
    /// Every closure's total added up since the first: the perpetual grand total.
    public var cumulativeCents: Int64
    public var closedAtMilliseconds: Int64
    public var actor: Actor
    /// The first 16 hex digits of SHA-256 over the public key, as for station keys.
    public var keyId: String
    public var signature: [UInt8]

    public init(number: Int64, day: String, firstSequence: Int64, lastSequence: Int64, lastHash: JournalHash,
                totals: JournalTotals, cumulativeCents: Int64, closedAtMilliseconds: Int64, actor: Actor,
                keyId: String, signature: [UInt8] = []) {
        self.number = number
        self.day = day
        self.firstSequence = firstSequence
        self.lastSequence = lastSequence
        self.lastHash = lastHash
        self.totals = totals
        self.cumulativeCents = cumulativeCents
        self.closedAtMilliseconds = closedAtMilliseconds
        self.actor = actor
        self.keyId = keyId
        self.signature = signature
    }

    public var totalCents: Int64 { totals.cents }
    public var entryCount: Int64 { lastSequence - firstSequence + 1 }

    /// The signed bytes: every field but the signature, in a fixed order.
    public var canonicalBytes: [UInt8] {
        var encoding = JournalEncoding()
        encoding.text("refurb-journal-closure-v1")
        encoding.integer(number)
        encoding.text(day)
        encoding.integer(firstSequence)
        encoding.integer(lastSequence)
        lastHash.bytes.withUnsafeBytes { encoding.blob($0) }
        for line in totals.lines {
            encoding.text(line.payment.rawValue)
            encoding.integer(line.count)
            encoding.integer(line.cents)
        }
        encoding.integer(totals.cents)
        encoding.integer(cumulativeCents)
        encoding.integer(closedAtMilliseconds)
        encoding.text(actor.user)
        encoding.text(actor.station)
        encoding.text(keyId)
        return encoding.bytes
    }

    public func isSigned(by key: JournalPublicKey) -> Bool {
        keyId == key.keyId && key.isValidSignature(signature, for: canonicalBytes)
    }
}

/// The public half of the journal's key, as raw Ed25519 bytes.
public struct JournalPublicKey: Hashable, Sendable {
    public let raw: [UInt8]

    public init?(raw: some Collection<UInt8>) {
        guard (try? Curve25519.Signing.PublicKey(rawRepresentation: Array(raw))) != nil else { return nil }
        self.raw = Array(raw)
    }

    public var keyId: String {
        String(SHA256.hash(data: raw).map { String(format: "%02x", $0) }.joined().prefix(16))
    }

    /// Whether `signature` is this key's over `bytes` (a closure's, a register seal's canonical bytes).
    public func isValidSignature(_ signature: [UInt8], for bytes: [UInt8]) -> Bool {
        guard let publicKey = try? Curve25519.Signing.PublicKey(rawRepresentation: raw) else { return false }
        return publicKey.isValidSignature(signature, for: bytes)
    }
}

/// Signs closures. Holds the raw private key (swift-crypto's key types are not Sendable).
public struct JournalSigner: Sendable {
    private let privateKey: [UInt8]
    public let publicKey: JournalPublicKey

    public init?(privateKeyRaw: some Collection<UInt8>) {
        guard let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: Array(privateKeyRaw)),
              let publicKey = JournalPublicKey(raw: key.publicKey.rawRepresentation) else { return nil }
        privateKey = Array(privateKeyRaw)
        self.publicKey = publicKey
    }

    public func sign(_ closure: JournalClosure) -> JournalClosure {
        var signed = closure
        signed.keyId = publicKey.keyId
        signed.signature = signature(for: signed.canonicalBytes)
        return signed
    }

    /// The Ed25519 signature of `bytes` (a closure's, a register seal's canonical bytes).
    public func signature(for bytes: [UInt8]) -> [UInt8] {
        let key = try! Curve25519.Signing.PrivateKey(rawRepresentation: privateKey)
        return Array((try? key.signature(for: bytes)) ?? Data())
    }
}
