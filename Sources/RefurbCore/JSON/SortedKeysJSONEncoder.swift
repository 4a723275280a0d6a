#if canImport(FoundationEssentials)
import struct FoundationEssentials.Date
#else
import struct Foundation.Date
#endif

/// Encodes an `Encodable` value byte for byte as FoundationEssentials' `JSONEncoder` does with
/// `[.sortedKeys, .withoutEscapingSlashes]` (plus `.prettyPrinted` when `pretty`) and `.iso8601` dates, which
/// `SortedKeysJSONEncoderTests` and the hardware report's tests hold, but without its dynamic casts.
///
/// Why it exists: `JSONEncoder` asks of every value whether it conforms to its private marker protocols
/// (`as?`). The first answer for each type scans all of the binary's protocol conformance records, 4,456 in
/// `refurb`, and under the bench stick's emulated test machine that cost about 37 ms of a 99 ms probe
/// (docs/fast-paths.md). Here the only question asked of a type is whether it *is* `Date`: a comparison of two
/// metadata pointers.
///
/// `JSONEncoder` also treats `Data`, `URL` and `Decimal` specially; this encoder does not (the domain does not
/// import them), so a value holding one must keep using `JSONEncoder`, or extend this and its equality test.
public struct SortedKeysJSONEncoder: Sendable {
    public var pretty: Bool

    public init(pretty: Bool = true) {
        self.pretty = pretty
    }

    /// The UTF-8 text of `value`, with no final line feed (as `JSONEncoder`).
    public func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let root = JSONTreeNode()
        try JSONTreeEncoder.encode(value, into: root, codingPath: [])
        if case .unset = root.content {
            throw EncodingError.invalidValue(value, EncodingError.Context(
                codingPath: [], debugDescription: "Top-level \(T.self) did not encode any values."))
        }
        var writer = JSONTreeWriter(pretty: pretty)
        writer.write(root, depth: 0)
        return writer.bytes
    }
}

/// One value of the tree being encoded. Containers are handed out before they are filled (Codable's
/// nested containers), so the tree is made of references.
final class JSONTreeNode {
    enum Content {
        /// Nothing was encoded into it: written as an empty object, as `JSONEncoder` does.
        case unset
        /// A number, `true`, `false` or `null`, as written.
        case literal(String)
        case string(String)
        case object(JSONTreeObject)
        case array(JSONTreeArray)
    }

    var content: Content = .unset

    /// The object this node holds, made on first use; a second keyed container on the same encoder adds to it.
    func object() -> JSONTreeObject {
        if case .object(let object) = content { return object }
        let object = JSONTreeObject()
        content = .object(object)
        return object
    }

    func array() -> JSONTreeArray {
        if case .array(let array) = content { return array }
        let array = JSONTreeArray()
        content = .array(array)
        return array
    }
}

final class JSONTreeObject {
    var members: [String: JSONTreeNode] = [:]

    /// A new node under `key`; a key encoded twice keeps its last value, as in `JSONEncoder`.
    func node(for key: String) -> JSONTreeNode {
        let node = JSONTreeNode()
        members[key] = node
        return node
    }
}

final class JSONTreeArray {
    var elements: [JSONTreeNode] = []

    func appendNode() -> JSONTreeNode {
        let node = JSONTreeNode()
        elements.append(node)
        return node
    }
}

/// How numbers, dates and strings are written: `JSONEncoder`'s rules, found by comparing its output.
enum JSONScalarText {
    /// `1.0` is written `1`, and `-0.0` `-0`; NaN and the infinities are refused, since JSON has no words for them.
    static func number<F: BinaryFloatingPoint & CustomStringConvertible>(_ value: F, codingPath: [any CodingKey]) throws -> String {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, EncodingError.Context(
                codingPath: codingPath, debugDescription: "Unable to encode \(F.self).\(value) directly in JSON."))
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }

    /// ISO 8601 in UTC to the second, rounded down: `2026-12-07T22:11:03Z`.
    static func iso8601(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
        let secondOfDay = seconds - days * 86_400
        let day = CivilDay(dayNumber: CivilDay(year: 1970, month: 1, day: 1)!.dayNumber + days)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(day.text)T\(two(secondOfDay / 3600)):\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60))Z"
    }
}

/// The `Encoder` that Codable's synthesized `encode(to:)` talks to: it builds the tree.
struct JSONTreeEncoder: Encoder {
    let node: JSONTreeNode
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    static func encode<T: Encodable>(_ value: T, into node: JSONTreeNode, codingPath: [any CodingKey]) throws {
        if T.self == Date.self {
            node.content = .string(JSONScalarText.iso8601(unsafeBitCast(value, to: Date.self)))
            return
        }
        try value.encode(to: JSONTreeEncoder(node: node, codingPath: codingPath))
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(JSONTreeKeyedContainer<Key>(object: node.object(), codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        JSONTreeUnkeyedContainer(array: node.array(), codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        JSONTreeSingleValueContainer(node: node, codingPath: codingPath)
    }
}

struct JSONTreeKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let object: JSONTreeObject
    let codingPath: [any CodingKey]

    private func set(_ content: JSONTreeNode.Content, for key: Key) {
        object.node(for: key.stringValue).content = content
    }

    mutating func encodeNil(forKey key: Key) throws { set(.literal("null"), for: key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { set(.literal(value ? "true" : "false"), for: key) }
    mutating func encode(_ value: String, forKey key: Key) throws { set(.string(value), for: key) }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        set(.literal(try JSONScalarText.number(value, codingPath: codingPath + [key])), for: key)
    }
    mutating func encode(_ value: Float, forKey key: Key) throws {
        set(.literal(try JSONScalarText.number(value, codingPath: codingPath + [key])), for: key)
    }
    mutating func encode(_ value: Int, forKey key: Key) throws { set(.literal(String(value)), for: key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { set(.literal(String(value)), for: key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { set(.literal(String(value)), for: key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { set(.literal(String(value)), for: key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { set(.literal(String(value)), for: key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { set(.literal(String(value)), for: key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { set(.literal(String(value)), for: key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { set(.literal(String(value)), for: key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { set(.literal(String(value)), for: key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { set(.literal(String(value)), for: key) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try JSONTreeEncoder.encode(value, into: object.node(for: key.stringValue), codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                         forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(JSONTreeKeyedContainer<NestedKey>(object: object.node(for: key.stringValue).object(),
                                                                 codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        JSONTreeUnkeyedContainer(array: object.node(for: key.stringValue).array(), codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder {
        JSONTreeEncoder(node: object.node(for: "super"), codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        JSONTreeEncoder(node: object.node(for: key.stringValue), codingPath: codingPath + [key])
    }
}

/// An array's index, as a coding key in error paths.
struct JSONTreeIndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }
    init(index: Int) { intValue = index }
    init?(stringValue: String) { return nil }
    init?(intValue: Int) { self.intValue = intValue }
}

struct JSONTreeUnkeyedContainer: UnkeyedEncodingContainer {
    let array: JSONTreeArray
    let codingPath: [any CodingKey]
    var count: Int { array.elements.count }

    private func append(_ content: JSONTreeNode.Content) {
        array.appendNode().content = content
    }

    private var nextPath: [any CodingKey] { codingPath + [JSONTreeIndexKey(index: count)] }

    mutating func encodeNil() throws { append(.literal("null")) }
    mutating func encode(_ value: Bool) throws { append(.literal(value ? "true" : "false")) }
    mutating func encode(_ value: String) throws { append(.string(value)) }
    mutating func encode(_ value: Double) throws { append(.literal(try JSONScalarText.number(value, codingPath: nextPath))) }
    mutating func encode(_ value: Float) throws { append(.literal(try JSONScalarText.number(value, codingPath: nextPath))) }
    mutating func encode(_ value: Int) throws { append(.literal(String(value))) }
    mutating func encode(_ value: Int8) throws { append(.literal(String(value))) }
    mutating func encode(_ value: Int16) throws { append(.literal(String(value))) }
    mutating func encode(_ value: Int32) throws { append(.literal(String(value))) }
    mutating func encode(_ value: Int64) throws { append(.literal(String(value))) }
    mutating func encode(_ value: UInt) throws { append(.literal(String(value))) }
    mutating func encode(_ value: UInt8) throws { append(.literal(String(value))) }
    mutating func encode(_ value: UInt16) throws { append(.literal(String(value))) }
    mutating func encode(_ value: UInt32) throws { append(.literal(String(value))) }
    mutating func encode(_ value: UInt64) throws { append(.literal(String(value))) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let path = nextPath
        try JSONTreeEncoder.encode(value, into: array.appendNode(), codingPath: path)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let path = nextPath
        return KeyedEncodingContainer(JSONTreeKeyedContainer<NestedKey>(object: array.appendNode().object(), codingPath: path))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let path = nextPath
        return JSONTreeUnkeyedContainer(array: array.appendNode().array(), codingPath: path)
    }

    mutating func superEncoder() -> any Encoder {
        let path = nextPath
        return JSONTreeEncoder(node: array.appendNode(), codingPath: path)
    }
}

struct JSONTreeSingleValueContainer: SingleValueEncodingContainer {
    let node: JSONTreeNode
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { node.content = .literal("null") }
    mutating func encode(_ value: Bool) throws { node.content = .literal(value ? "true" : "false") }
    mutating func encode(_ value: String) throws { node.content = .string(value) }
    mutating func encode(_ value: Double) throws { node.content = .literal(try JSONScalarText.number(value, codingPath: codingPath)) }
    mutating func encode(_ value: Float) throws { node.content = .literal(try JSONScalarText.number(value, codingPath: codingPath)) }
    mutating func encode(_ value: Int) throws { node.content = .literal(String(value)) }
    mutating func encode(_ value: Int8) throws { node.content = .literal(String(value)) }
    mutating func encode(_ value: Int16) throws { node.content = .literal(String(value)) }
    mutating func encode(_ value: Int32) throws { node.content = .literal(String(value)) }
    mutating func encode(_ value: Int64) throws { node.content = .literal(String(value)) }
    mutating func encode(_ value: UInt) throws { node.content = .literal(String(value)) }
    mutating func encode(_ value: UInt8) throws { node.content = .literal(String(value)) }
    mutating func encode(_ value: UInt16) throws { node.content = .literal(String(value)) }
    mutating func encode(_ value: UInt32) throws { node.content = .literal(String(value)) }
    mutating func encode(_ value: UInt64) throws { node.content = .literal(String(value)) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try JSONTreeEncoder.encode(value, into: node, codingPath: codingPath)
    }
}

/// Writes the tree: keys in UTF-8 byte order, and with `pretty`, two spaces of indent, ` : ` between key
/// and value, and an empty array or object opened and closed on lines of their own (`[\n\n  ]`), as
/// `JSONEncoder` writes them.
struct JSONTreeWriter {
    let pretty: Bool
    var bytes: [UInt8] = []

    init(pretty: Bool) {
        self.pretty = pretty
        bytes.reserveCapacity(16 << 10)
    }

    mutating func write(_ node: JSONTreeNode, depth: Int) {
        switch node.content {
        case .unset:
            writeObject([:], depth: depth)
        case .literal(let text):
            bytes.append(contentsOf: text.utf8)
        case .string(let text):
            writeString(text)
        case .object(let object):
            writeObject(object.members, depth: depth)
        case .array(let array):
            open(UInt8(ascii: "["), depth: depth)
            for (index, element) in array.elements.enumerated() {
                separate(first: index == 0, depth: depth + 1)
                write(element, depth: depth + 1)
            }
            close(UInt8(ascii: "]"), depth: depth)
        }
    }

    private mutating func writeObject(_ members: [String: JSONTreeNode], depth: Int) {
        open(UInt8(ascii: "{"), depth: depth)
        let sorted = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        for (index, member) in sorted.enumerated() {
            separate(first: index == 0, depth: depth + 1)
            writeString(member.key)
            if pretty {
                bytes.append(contentsOf: " : ".utf8)
            } else {
                bytes.append(UInt8(ascii: ":"))
            }
            write(member.value, depth: depth + 1)
        }
        close(UInt8(ascii: "}"), depth: depth)
    }

    private mutating func open(_ bracket: UInt8, depth: Int) {
        bytes.append(bracket)
        if pretty { bytes.append(UInt8(ascii: "\n")) }
    }

    private mutating func separate(first: Bool, depth: Int) {
        if !first {
            bytes.append(UInt8(ascii: ","))
            if pretty { bytes.append(UInt8(ascii: "\n")) }
        }
        indent(depth)
    }

    private mutating func close(_ bracket: UInt8, depth: Int) {
        if pretty {
            bytes.append(UInt8(ascii: "\n"))
            indent(depth)
        }
        bytes.append(bracket)
    }

    private mutating func indent(_ depth: Int) {
        guard pretty else { return }
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
    }

    private mutating func writeString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x08: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x0C: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case ..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: "\\u00".utf8)
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0x0F)])
            default:
                bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
