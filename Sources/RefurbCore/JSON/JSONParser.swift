/// A small JSON parser (RFC 8259) producing `JSONValue` straight from bytes.
///
/// smartctl output is the one JSON the probe reads, and decoding it through `JSONDecoder` into a
/// lenient enum costs a thrown error for every type guess: parsing the 84-file corpus took most of the
/// 200 ms budget. Reading the bytes directly is an order of magnitude faster. Hostile input is bounded:
/// nesting deeper than `maximumDepth` is refused instead of exhausting the stack.
public struct JSONParser {
    public struct SyntaxError: Error, Equatable, Sendable {
        public let offset: Int
    }

    public static let maximumDepth = 256

    private let bytes: [UInt8]
    private var position = 0

    public static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> JSONValue {
        var parser = JSONParser(bytes: bytes)
        parser.skipWhitespace()
        let value = try parser.parseValue(depth: 0)
        parser.skipWhitespace()
        guard parser.position == bytes.count else { throw SyntaxError(offset: parser.position) }
        return value
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    private mutating func skipWhitespace() {
        while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
            position += 1
        }
    }

    private func error() -> SyntaxError { SyntaxError(offset: position) }

    private mutating func parseValue(depth: Int) throws(SyntaxError) -> JSONValue {
        guard depth < Self.maximumDepth, let byte = current else { throw error() }
        switch byte {
        case UInt8(ascii: "{"): return try parseObject(depth: depth)
        case UInt8(ascii: "["): return try parseArray(depth: depth)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expect("true"); return .bool(true)
        case UInt8(ascii: "f"): try expect("false"); return .bool(false)
        case UInt8(ascii: "n"): try expect("null"); return .null
        default: return try parseNumber()
        }
    }

    private mutating func expect(_ word: String) throws(SyntaxError) {
        for expected in word.utf8 {
            guard current == expected else { throw error() }
            position += 1
        }
    }

    private mutating func parseObject(depth: Int) throws(SyntaxError) -> JSONValue {
        position += 1
        var members: [String: JSONValue] = [:]
        skipWhitespace()
        if current == UInt8(ascii: "}") {
            position += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard current == UInt8(ascii: "\"") else { throw error() }
            let key = try parseString()
            skipWhitespace()
            guard current == UInt8(ascii: ":") else { throw error() }
            position += 1
            skipWhitespace()
            members[key] = try parseValue(depth: depth + 1)
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "}"): position += 1; return .object(members)
            default: throw error()
            }
        }
    }

    private mutating func parseArray(depth: Int) throws(SyntaxError) -> JSONValue {
        position += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if current == UInt8(ascii: "]") {
            position += 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue(depth: depth + 1))
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "]"): position += 1; return .array(elements)
            default: throw error()
            }
        }
    }

    private mutating func parseString() throws(SyntaxError) -> String {
        position += 1
        let start = position
        // Fast path: no escapes, the bytes are the string.
        while let byte = current, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") {
            guard byte >= 0x20 else { throw error() }
            position += 1
        }
        guard let stop = current else { throw error() }
        if stop == UInt8(ascii: "\"") {
            position += 1
            return String(decoding: bytes[start..<(position - 1)], as: UTF8.self)
        }
        var utf8 = Array(bytes[start..<position])
        while let byte = current {
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: utf8, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard let escaped = current else { throw error() }
                position += 1
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escaped)
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "u"): utf8.append(contentsOf: try parseUnicodeEscape())
                default: throw error()
                }
            default:
                guard byte >= 0x20 else { throw error() }
                utf8.append(byte)
            }
        }
        throw error()
    }

    /// "\uXXXX", with a following "\uXXXX" when the first is a high surrogate. Lone surrogates become U+FFFD.
    private mutating func parseUnicodeEscape() throws(SyntaxError) -> [UInt8] {
        let first = try hexQuad()
        var scalarValue = UInt32(first)
        if (0xD800..<0xDC00).contains(first), position + 1 < bytes.count,
           bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") {
            position += 2
            let second = try hexQuad()
            if (0xDC00..<0xE000).contains(second) {
                scalarValue = 0x10000 + ((UInt32(first) - 0xD800) << 10) + (UInt32(second) - 0xDC00)
            } else {
                scalarValue = 0xFFFD
            }
        }
        let scalar = Unicode.Scalar(scalarValue) ?? "\u{FFFD}"
        return Array(String(Character(scalar)).utf8)
    }

    private mutating func hexQuad() throws(SyntaxError) -> UInt16 {
        guard position + 4 <= bytes.count else { throw error() }
        var value: UInt16 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x41...0x46: digit = byte - 0x41 + 10
            case 0x61...0x66: digit = byte - 0x61 + 10
            default: throw error()
            }
            value = value << 4 | UInt16(digit)
            position += 1
        }
        return value
    }

    /// Digits, a fraction and an exponent; the text is then checked by `Int64` or `Double`, which refuse
    /// malformed numbers such as "1.2.3" or "--1".
    private mutating func parseNumber() throws(SyntaxError) -> JSONValue {
        let start = position
        if current == UInt8(ascii: "-") { position += 1 }
        var isInteger = true
        var digits = 0
        while let byte = current {
            if (0x30...0x39).contains(byte) {
                digits += 1
            } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                isInteger = false
            } else if (byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")) && !isInteger {
                // Only an exponent's sign can follow the first character.
            } else {
                break
            }
            position += 1
        }
        guard digits > 0 else { throw error() }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        if isInteger, let integer = Int64(text) { return .integer(integer) }
        guard let double = Double(text), double.isFinite else { throw error() }
        return .double(double)
    }
}
