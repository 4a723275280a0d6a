import RefurbCore

/// The canonical bytes of a journal entry or a closure: what is hashed and signed. Each field in a fixed
/// order, tagged with its type, so that no two different records share an encoding:
/// - `I` and the integer as 8 bytes, big-endian;
/// - `T` (text, UTF-8) or `B` (bytes), then the length as 4 bytes big-endian, then the bytes;
/// - `N` for a missing value.
/// The store's verifier feeds each stored column straight from SQLite into these same functions (an
/// integer column as an integer, a text column as text), so that a value stored with another type than
/// the one written changes the bytes, and the hash.
public struct JournalEncoding: Sendable {
    /// A buffer that only grows, and how much of it the current record fills: the verifier encodes a
    /// million records into the same memory.
    @usableFromInline var storage: [UInt8]
    @usableFromInline var count = 0

    public init(capacity: Int = 256) {
        storage = [UInt8](repeating: 0, count: max(capacity, 16))
    }

    public var bytes: [UInt8] { Array(storage[..<count]) }

    /// The current record's bytes, without copying them.
    @inlinable public func withBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try storage.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
    }

    /// Starts the next record, keeping the memory (and the first `prefix` bytes: the chain's hash).
    @inlinable public mutating func reset(keepingPrefix prefix: Int = 0) {
        count = prefix
    }

    /// Makes the first 32 bytes the hash the first entry is chained to (`JournalChain.advance`).
    public mutating func startChain() {
        reset()
        JournalHash.genesis.bytes.withUnsafeBytes { append($0) }
    }

    /// Overwrites the first bytes (the chain's hash in place).
    @inlinable mutating func overwritePrefix(_ raw: UnsafeRawBufferPointer) {
        storage.withUnsafeMutableBytes { $0.baseAddress!.copyMemory(from: raw.baseAddress!, byteCount: raw.count) }
    }

    @inlinable public mutating func integer(_ value: Int64) {
        byte(UInt8(ascii: "I"))
        withUnsafeBytes(of: value.bigEndian) { append($0) }
    }

    public mutating func integer(_ value: Int?) {
        if let value { integer(Int64(value)) } else { null() }
    }

    public mutating func text(_ value: String?) {
        guard var value else { return null() }
        value.withUTF8 { text(UnsafeRawBufferPointer($0)) }
    }

    @inlinable public mutating func text(_ utf8: UnsafeRawBufferPointer) {
        lengthPrefixed(tag: UInt8(ascii: "T"), utf8)
    }

    @inlinable public mutating func blob(_ value: UnsafeRawBufferPointer) {
        lengthPrefixed(tag: UInt8(ascii: "B"), value)
    }

    @inlinable public mutating func null() {
        byte(UInt8(ascii: "N"))
    }

    @inlinable mutating func lengthPrefixed(tag: UInt8, _ value: UnsafeRawBufferPointer) {
        byte(tag)
        withUnsafeBytes(of: UInt32(truncatingIfNeeded: value.count).bigEndian) { append($0) }
        append(value)
    }

    @inlinable mutating func byte(_ value: UInt8) {
        reserve(1)
        storage[count] = value
        count += 1
    }

    /// One memcpy into a buffer that only grows: `Array.append(contentsOf:)` of raw bytes went through
    /// the generic sequence path, the verifier's largest cost of its own in a profile.
    @inlinable mutating func append(_ raw: UnsafeRawBufferPointer) {
        guard let source = raw.baseAddress, raw.count > 0 else { return }
        reserve(raw.count)
        let offset = count
        storage.withUnsafeMutableBytes { ($0.baseAddress! + offset).copyMemory(from: source, byteCount: raw.count) }
        count += raw.count
    }

    @inlinable mutating func reserve(_ extra: Int) {
        if count + extra > storage.count {
            storage.append(contentsOf: repeatElement(0, count: max(extra, storage.count)))
        }
    }
}
