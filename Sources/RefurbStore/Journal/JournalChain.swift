import Crypto
import RefurbCore

/// A SHA-256 digest, as the chain keeps it.
public struct JournalHash: Hashable, Sendable, CustomStringConvertible {
    public let bytes: [UInt8]

    /// What the first entry is chained to.
    public static let genesis = JournalHash(bytes: [UInt8](repeating: 0, count: 32))

    public init?(_ bytes: some Collection<UInt8>) {
        guard bytes.count == 32 else { return nil }
        self.bytes = Array(bytes)
    }

    init(bytes: [UInt8]) { self.bytes = bytes }

    public var hex: String { bytes.map { String($0, radix: 16).leftPadded(to: 2) }.joined() }
    public var description: String { hex }
}

/// The chain: each entry's hash is SHA-256 over the previous entry's hash (32 bytes) followed by the
/// entry's canonical bytes (`JournalEncoding`). Changing, removing or reordering any entry changes
/// the hash of every entry after it; the signed closures pin the hash reached at each closing, so that
/// rewriting the whole chain after a closure shows too.
public enum JournalChain {
    public static func link(previous: JournalHash, encoding: [UInt8]) -> JournalHash {
        encoding.withUnsafeBytes { link(previous: previous, encoding: $0) }
    }

    public static func link(previous: JournalHash, encoding: UnsafeRawBufferPointer) -> JournalHash {
        var hasher = SHA256()
        previous.bytes.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        hasher.update(bufferPointer: encoding)
        return JournalHash(bytes: Array(hasher.finalize()))
    }

    /// The same link, written over `previous` in place (the verifier's loop: no allocation per entry).
    public static func link(previous: inout [UInt8], encoding: UnsafeRawBufferPointer) {
        var hasher = SHA256()
        previous.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        hasher.update(bufferPointer: encoding)
        let digest = hasher.finalize()
        digest.withUnsafeBytes { digestBytes in
            previous.withUnsafeMutableBytes { $0.copyMemory(from: digestBytes) }
        }
    }

    /// The verifier's form: `encoding` holds the previous hash (its first 32 bytes, see
    /// `JournalEncoding.startChain`) then an entry; this hashes the whole in one call and leaves the
    /// entry's hash in those first 32 bytes, ready for the next entry.
    public static let prefixLength = 32

    public static func advance(_ encoding: inout JournalEncoding) {
        var hasher = SHA256()
        encoding.withBytes { hasher.update(bufferPointer: $0) }
        let digest = hasher.finalize()
        digest.withUnsafeBytes { encoding.overwritePrefix($0) }
    }

    /// The hashes of `entries` chained from `previous`, in order.
    public static func hashes(of entries: [JournalEntry], after previous: JournalHash = .genesis) -> [JournalHash] {
        var encoding = JournalEncoding()
        var last = previous
        return entries.map { entry in
            entry.encode(into: &encoding)
            last = link(previous: last, encoding: encoding.bytes)
            return last
        }
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
