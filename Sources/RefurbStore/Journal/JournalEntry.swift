import Foundation
import RefurbCore

/// What a journal entry records. Refunds and cancellations carry a negative amount and name the entry
/// they undo (`refersTo`); today the shop records sales only, and the other two kinds are ready for the
/// returns to come.
public enum JournalEntryKind: String, Codable, CaseIterable, Sendable {
    case sale
    case refund
    case cancellation

    public var label: Message { Message("journal.kind.\(rawValue)") }
}

/// How the buyer paid. The shop's forms do not ask yet, so sales are recorded as `unspecified` until
/// they do: the closure then totals them under « non précisé » and the accountant's export puts them on
/// a suspense account (471) to be cleared.
public enum PaymentMethod: String, Codable, CaseIterable, Sendable {
    case cash
    case card
    case cheque
    case transfer
    case unspecified

    public var label: Message { Message("journal.payment.\(rawValue)") }
}

/// One line of the sales journal, as it is chained: every field here is part of the hashed bytes.
public struct JournalEntry: Hashable, Sendable {
    /// 1, 2, 3… with no gap: a missing number is a removed entry.
    public var sequence: Int64
    public var kind: JournalEntryKind
    /// Milliseconds since 1970 (UTC): a whole number, so that the hashed bytes never depend on rounding.
    public var occurredAtMilliseconds: Int64
    public var assetTag: String
    /// Cents, negative for a refund or a cancellation.
    public var amountCents: Int64
    public var payment: PaymentMethod
    public var saleKind: SaleKind
    public var partner: String?
    /// The sequence of the entry a refund or a cancellation undoes.
    public var refersTo: Int64?
    public var actor: Actor

    public init(sequence: Int64, kind: JournalEntryKind, occurredAt: Date, assetTag: String, amountCents: Int64,
                payment: PaymentMethod, saleKind: SaleKind, partner: String?, refersTo: Int64?, actor: Actor) {
        self.init(sequence: sequence, kind: kind, occurredAtMilliseconds: Self.milliseconds(occurredAt),
                  assetTag: assetTag, amountCents: amountCents, payment: payment, saleKind: saleKind,
                  partner: partner, refersTo: refersTo, actor: actor)
    }

    public init(sequence: Int64, kind: JournalEntryKind, occurredAtMilliseconds: Int64, assetTag: String,
                amountCents: Int64, payment: PaymentMethod, saleKind: SaleKind, partner: String?, refersTo: Int64?,
                actor: Actor) {
        self.sequence = sequence
        self.kind = kind
        self.occurredAtMilliseconds = occurredAtMilliseconds
        self.assetTag = assetTag
        self.amountCents = amountCents
        self.payment = payment
        self.saleKind = saleKind
        self.partner = partner
        self.refersTo = refersTo
        self.actor = actor
    }

    public var occurredAt: Date { Date(timeIntervalSince1970: Double(occurredAtMilliseconds) / 1000) }

    public static func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
    }

    /// The stored columns that make the hashed bytes, in their order. The store keeps one column per
    /// name, and its verifier reads them in this order: this list is the one definition of the encoding.
    public static let fieldNames = [
        "sequence", "kind", "occurredAt", "assetTag", "amountCents", "paymentMethod", "saleKind", "partner",
        "refersTo", "actorUser", "actorStation",
    ]

    /// The canonical bytes, field by field in the order of `fieldNames` (after the first `prefix` bytes
    /// of `encoding`, kept: the chain's hash in the verifier's form, `JournalChain.advance`).
    public func encode(into encoding: inout JournalEncoding, keepingPrefix prefix: Int = 0) {
        encoding.reset(keepingPrefix: prefix)
        encoding.integer(sequence)
        encoding.text(kind.rawValue)
        encoding.integer(occurredAtMilliseconds)
        encoding.text(assetTag)
        encoding.integer(amountCents)
        encoding.text(payment.rawValue)
        encoding.text(saleKind.rawValue)
        encoding.text(partner)
        if let refersTo { encoding.integer(refersTo) } else { encoding.null() }
        encoding.text(actor.user)
        encoding.text(actor.station)
    }

    public var canonicalBytes: [UInt8] {
        var encoding = JournalEncoding()
        encode(into: &encoding)
        return encoding.bytes
    }
}
