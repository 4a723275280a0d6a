import Crypto
import Foundation
import RefurbCore

/// Whether an object comes into the workshop's hands or leaves them.
public enum RegisterMovement: String, Codable, CaseIterable, Sendable {
    case entry
    case exit

    public var label: Message { Message("register.movement.\(rawValue)") }
}

/// Why a line of the register of second-hand goods was written: how the object came in (given, brought
/// back by its buyer) or how it left (sold, handed back after a repair, recycled, given away).
public enum RegisterReason: String, Codable, CaseIterable, Sendable {
    /// Received at intake, given by the lot's donor: « don (gratuit) ».
    case donation
    /// A sold device brought back by its buyer (sold → received).
    case customerReturn = "customer-return"
    /// A device recycled or given away that came back to the workshop (a move undone).
    case comeBack = "come-back"
    /// Sold: the payment is the sales journal's.
    case sale
    /// Handed back to its buyer after a claim (repaired or rejected): no new payment.
    case handBack = "hand-back"
    case recycling
    case gift
    /// The intake scan was undone (a wrong scan): the entry is cancelled by this line.
    case intakeVoided = "intake-voided"

    public var movement: RegisterMovement {
        switch self {
        case .donation, .customerReturn, .comeBack: .entry
        case .sale, .handBack, .recycling, .gift, .intakeVoided: .exit
        }
    }

    public var label: Message { Message("register.reason.\(rawValue)") }
}

/// One line of the register of second-hand goods (« registre des objets mobiliers », art. 321-7 of the
/// Code pénal): one object coming in or going out, with what identifies it, where it came from and how
/// it was paid. Once its day is sealed, it is stored as it was and chained like the sales journal:
/// every field here is part of the hashed bytes.
public struct RegisterLine: Hashable, Sendable {
    /// 1, 2, 3… with no gap once sealed; nil for a line of a day not sealed yet (computed live).
    public var number: Int64?
    /// The workshop's day, `YYYY-MM-DD`.
    public var day: String
    /// Milliseconds since 1970 (UTC).
    public var occurredAtMilliseconds: Int64
    public var reason: RegisterReason
    public var assetTag: String
    /// Category, maker and model, in French.
    public var description: String
    public var serial: String?
    /// The donor, its kind and the lot: « Mairie de Rennes (organisme public), lot 2026-0001 ».
    public var provenance: String
    /// For a sale: how the buyer paid, and how much.
    public var payment: PaymentMethod?
    public var amountCents: Int64?

    public init(number: Int64?, day: String, occurredAtMilliseconds: Int64, reason: RegisterReason, assetTag: String,
                description: String, serial: String?, provenance: String, payment: PaymentMethod?, amountCents: Int64?) {
        self.number = number
        self.day = day
        self.occurredAtMilliseconds = occurredAtMilliseconds
        self.reason = reason
        self.assetTag = assetTag
        self.description = description
        self.serial = serial
        self.provenance = provenance
        self.payment = payment
        self.amountCents = amountCents
    }

    public var movement: RegisterMovement { reason.movement }
    public var occurredAt: Date { Date(timeIntervalSince1970: Double(occurredAtMilliseconds) / 1000) }

    /// The stored columns that make the hashed bytes, in their order (the verifier reads them so).
    public static let fieldNames = [
        "number", "day", "occurredAt", "movement", "reason", "assetTag", "description", "serial", "provenance",
        "payment", "amountCents",
    ]

    /// The canonical bytes, field by field in the order of `fieldNames` (`JournalEncoding`).
    public var canonicalBytes: [UInt8] {
        var encoding = JournalEncoding()
        encoding.integer(number ?? 0)
        encoding.text(day)
        encoding.integer(occurredAtMilliseconds)
        encoding.text(movement.rawValue)
        encoding.text(reason.rawValue)
        encoding.text(assetTag)
        encoding.text(description)
        encoding.text(serial)
        encoding.text(provenance)
        encoding.text(payment?.rawValue)
        if let amountCents { encoding.integer(amountCents) } else { encoding.null() }
        return encoding.bytes
    }
}

/// The seal of one day of the register: its lines (first to last number), the hash the chain reached at
/// its last line, signed with the journal's Ed25519 key. A day with no movement has no seal: the
/// numbering and the chain already show that nothing was slipped in between two sealed days.
public struct RegisterSeal: Hashable, Sendable {
    public var day: String
    public var firstNumber: Int64
    public var lastNumber: Int64
    public var lastHash: JournalHash
    public var sealedAtMilliseconds: Int64
    public var actor: Actor
    public var keyId: String
    public var signature: [UInt8]

    public init(day: String, firstNumber: Int64, lastNumber: Int64, lastHash: JournalHash, sealedAtMilliseconds: Int64,
                actor: Actor, keyId: String, signature: [UInt8] = []) {
        self.day = day
        self.firstNumber = firstNumber
        self.lastNumber = lastNumber
        self.lastHash = lastHash
        self.sealedAtMilliseconds = sealedAtMilliseconds
        self.actor = actor
        self.keyId = keyId
        self.signature = signature
    }

    public var lineCount: Int64 { lastNumber - firstNumber + 1 }

    /// The signed bytes: every field but the signature, in a fixed order.
    public var canonicalBytes: [UInt8] {
        var encoding = JournalEncoding()
        encoding.text("refurb-register-seal-v1")
        encoding.text(day)
        encoding.integer(firstNumber)
        encoding.integer(lastNumber)
        lastHash.bytes.withUnsafeBytes { encoding.blob($0) }
        encoding.integer(sealedAtMilliseconds)
        encoding.text(actor.user)
        encoding.text(actor.station)
        encoding.text(keyId)
        return encoding.bytes
    }

    public func signed(by signer: JournalSigner) -> RegisterSeal {
        var seal = self
        seal.keyId = signer.publicKey.keyId
        seal.signature = signer.signature(for: seal.canonicalBytes)
        return seal
    }

    public func isSigned(by key: JournalPublicKey) -> Bool {
        keyId == key.keyId && key.isValidSignature(signature, for: canonicalBytes)
    }

    /// The first 12 hex digits of the hash, as the export shows it.
    public var shortHash: String { String(lastHash.hex.prefix(12)) }
}
