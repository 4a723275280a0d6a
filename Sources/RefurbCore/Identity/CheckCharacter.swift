/// ISO/IEC 7064 MOD 37-2: a pure check system over digits and capital letters. Because 2 has order 36
/// modulo the prime 37, it catches every single-character substitution and every swap of two adjacent
/// characters, which is what a mistyped or misread label produces. (The hybrid MOD 37,36 misses some
/// adjacent swaps, which is why it is not used.) Its check character can also be `*`.
public enum CheckCharacter {
    public static let alphabet: [Character] = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*")
    static let modulus = 37

    /// The check character for `payload`, or nil when the payload has a character outside 0-9 A-Z.
    public static func compute(for payload: String) -> Character? {
        var remainder = 0
        for character in payload {
            guard let value = value(of: character), value < 36 else { return nil }
            remainder = ((remainder + value) * 2) % modulus
        }
        return alphabet[(modulus + 1 - remainder) % modulus]
    }

    /// True when the last character of `text` is the right check character for the rest.
    public static func isValid(_ text: String) -> Bool {
        guard let last = text.last, text.count >= 2 else { return false }
        return compute(for: String(text.dropLast())) == last
    }

    static func value(of character: Character) -> Int? {
        guard let ascii = character.asciiValue else { return nil }
        switch ascii {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(ascii - UInt8(ascii: "0"))
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return Int(ascii - UInt8(ascii: "A")) + 10
        case UInt8(ascii: "*"): return 36
        default: return nil
        }
    }
}
