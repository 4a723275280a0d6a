import RefurbCore

/// What is wrong with a journal, each naming the entry or closure where it shows.
public enum JournalProblem: Hashable, Sendable {
    /// Entry `expected` is not where it should be: removed, or the entries were renumbered.
    case entryMissing(expected: Int64, found: Int64)
    /// The entry's bytes no longer give its hash: changed, or moved from elsewhere in the chain.
    case entryAltered(sequence: Int64, assetTag: String)
    /// A closure's range does not follow the previous one.
    case closureOutOfOrder(number: Int64)
    /// A closure covers entries that are no longer there, or a chain that no longer reaches its hash.
    case closureChainMismatch(number: Int64, lastSequence: Int64)
    /// The entries a closure covers no longer add up to its totals.
    case closureTotalsMismatch(number: Int64)
    /// The closure's signature does not match its content, or another key signed it.
    case closureSignatureInvalid(number: Int64, keyId: String)

    public var message: Message {
        switch self {
        case .entryMissing(let expected, let found):
            Message("journal.problem.entryMissing", String(expected), String(found))
        case .entryAltered(let sequence, let tag):
            Message("journal.problem.entryAltered", String(sequence), tag)
        case .closureOutOfOrder(let number): Message("journal.problem.closureOutOfOrder", String(number))
        case .closureChainMismatch(let number, let last):
            Message("journal.problem.closureChainMismatch", String(number), String(last))
        case .closureTotalsMismatch(let number): Message("journal.problem.closureTotalsMismatch", String(number))
        case .closureSignatureInvalid(let number, let keyId):
            Message("journal.problem.closureSignatureInvalid", String(number), keyId)
        }
    }

    public var code: String {
        switch self {
        case .entryMissing: "entry-missing"
        case .entryAltered: "entry-altered"
        case .closureOutOfOrder: "closure-out-of-order"
        case .closureChainMismatch: "closure-chain-mismatch"
        case .closureTotalsMismatch: "closure-totals-mismatch"
        case .closureSignatureInvalid: "closure-signature-invalid"
        }
    }
}

/// The outcome of checking the whole journal.
public struct JournalVerification: Hashable, Sendable {
    /// Entries whose hash was checked, from the first, up to the first problem in the chain.
    public var entriesChecked: Int64
    public var closuresChecked: Int
    /// Entries after the last closure, not yet covered by a signature.
    public var unclosedEntries: Int64
    public var problems: [JournalProblem]
    /// Whether the closures' signatures were checked (they are not without the public key).
    public var signaturesChecked: Bool

    public init(entriesChecked: Int64, closuresChecked: Int, unclosedEntries: Int64, problems: [JournalProblem],
                signaturesChecked: Bool) {
        self.entriesChecked = entriesChecked
        self.closuresChecked = closuresChecked
        self.unclosedEntries = unclosedEntries
        self.problems = problems
        self.signaturesChecked = signaturesChecked
    }

    public var isIntact: Bool { problems.isEmpty }

    /// The first entry found altered or missing, which is where the journal stops being proof.
    public var firstAlteredEntry: Int64? {
        for problem in problems {
            switch problem {
            case .entryMissing(let expected, _): return expected
            case .entryAltered(let sequence, _): return sequence
            default: continue
            }
        }
        return nil
    }
}
