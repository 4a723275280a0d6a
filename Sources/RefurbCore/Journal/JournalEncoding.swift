/// The canonical bytes of a journal entry or a closure: what is hashed and signed. Each field in a fixed
/// order, tagged with its type, so that no two different records share an encoding:
/// - `I` and the integer as 8 bytes, big-endian;
/// - `T` (text, UTF-8) or `B` (bytes), then the length as 4 bytes big-endian, then the bytes;
/// - `N` for a missing value.
/// The store's verifier feeds each stored column straight from SQLite into these same functions (an
/// integer column as an integer, a text column as text), so that a value stored with another type than
/// the one written changes the bytes, and the hash.
public struct JournalEncoding: Sendable {
    @usableFromInline var storage: [UInt8] = []

    public var bytes: [UInt8] { storage }

    public init(capacity: Int = 256) {
        storage.reserveCapacity(capacity)
    }

    /// Starts the next record, keeping the memory.
    @inlinable public mutating func reset() {
        storage.removeAll(keepingCapacity: true)
    }

    @inlinable public mutating func integer(_ value: Int64) {
        storage.append(UInt8(ascii: "I"))
        withUnsafeBytes(of: value.bigEndian) { storage.append(contentsOf: $0) }
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
        storage.append(UInt8(ascii: "N"))
    }

    @inlinable mutating func lengthPrefixed(tag: UInt8, _ value: UnsafeRawBufferPointer) {
        storage.append(tag)
        withUnsafeBytes(of: UInt32(truncatingIfNeeded: value.count).bigEndian) { storage.append(contentsOf: $0) }
        storage.append(contentsOf: value)
    }
}
