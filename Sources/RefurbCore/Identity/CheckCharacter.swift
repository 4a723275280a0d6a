/// ISO/IEC 7064 MOD 37-2: a pure check system over digits and capital letters. Because 2 has order 36
/// modulo the prime 37, it catches every single-character substitution and every swap of two adjacent
/// characters, which is what a mistyped or misread label produces. (The hybrid MOD 37,36 misses some
/// adjacent swaps, which is why it is not used.) Its check character can also be `*`.
public enum CheckCharacter {
    public static let alphabet: [Character] = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*")
    static let modulus = 37

    /// The check character for `payload`, or nil when the payload has a character outside 0-9 A-Z.
    public static func compute(for payload: String) -> Character? {
        compute(utf8: payload.utf8).map { alphabet[$0] }
    }

    /// True when the last character of `text` is the right check character for the rest.
    public static func isValid(_ text: String) -> Bool {
        let bytes = text.utf8
        guard let last = bytes.last, bytes.count >= 2, let check = compute(utf8: bytes.dropLast()) else { return false }
        return value(of: last) == check
    }

    /// Byte by byte: every character of the alphabet is ASCII, and any other byte (a non-ASCII
    /// character's included) makes the payload invalid, as it should.
    private static func compute(utf8 payload: some Sequence<UInt8>) -> Int? {
        var remainder = 0
        for byte in payload {
            guard let value = value(of: byte), value < 36 else { return nil }
            remainder = ((remainder + value) * 2) % modulus
        }
        return (modulus + 1 - remainder) % modulus
    }

    static func value(of byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return Int(byte - UInt8(ascii: "A")) + 10
        case UInt8(ascii: "*"): return 36
        default: return nil
        }
    }
}
