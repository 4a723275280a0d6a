/// A site's short name, as the network writes it on labels, transfers and reports: "LYON", "NANTES-2",
/// "ATELIER". Upper-case letters A to Z without accents, digits and hyphens, starting with a letter,
/// from 2 to 12 characters. What a person types is trimmed and put in upper case before it is checked.
public struct SiteCode: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public let text: String

    public static let lengths = 2...12
    /// The first site of every database that had none (a workshop on its own), when its identity gives
    /// no better code.
    public static let firstSite = SiteCode(trusted: "ATELIER")

    /// A code as a person typed it: "lyon " reads LYON; "Sète", "LY ON" or "L" are refused, saying why.
    public init(parsing typed: String) throws(SiteError) {
        let text = String(typed.trimmingSpaces().uppercased())
        guard !text.isEmpty else { throw .codeMissing }
        guard Self.lengths.contains(text.count),
              let first = text.unicodeScalars.first, Self.isLetter(first),
              text.unicodeScalars.allSatisfy({ Self.isLetter($0) || Self.isDigit($0) || $0 == "-" }) else {
            throw .codeMalformed(typed.trimmingSpaces())
        }
        self.text = text
    }

    /// A code as stored, already checked when it was written.
    public init(trusted text: String) {
        self.text = text
    }

    public var description: String { text }

    public static func < (lhs: SiteCode, rhs: SiteCode) -> Bool { lhs.text < rhs.text }

    /// The code a workshop's first site gets from the name its documents carry: the name's words without
    /// accents, in upper case, joined by hyphens for as many whole words as fit in 12 characters ("Envie
    /// Rennes" → ENVIE-RENNES, "Atelier du Bocage" → ATELIER-DU), the first word cut at 12 when it alone is
    /// longer; ATELIER when that leaves fewer than 2 characters or does not start with a letter.
    /// PostgreSQL's migration (`v18-sites`) derives it with the same rule and the same accent table.
    public static func derived(fromWorkshopName name: String?) -> SiteCode {
        guard let name else { return firstSite }
        var folded = ""
        for character in name {
            let plain = Self.accentFolding[character] ?? character
            if let ascii = plain.asciiValue, (ascii >= 0x41 && ascii <= 0x5A) || (ascii >= 0x61 && ascii <= 0x7A) || (ascii >= 0x30 && ascii <= 0x39) {
                folded.append(Character(plain.uppercased()))
            } else {
                folded.append(" ")
            }
        }
        let words = folded.split(separator: " ").map(String.init)
        guard let firstWord = words.first else { return firstSite }
        var code = String(firstWord.prefix(lengths.upperBound))
        for word in words.dropFirst() {
            guard code.count + 1 + word.count <= lengths.upperBound else { break }
            code += "-" + word
        }
        return (try? SiteCode(parsing: code)) ?? firstSite
    }

    /// The accents PostgreSQL's `refurb_fold` takes off (v1-foundation), character for character.
    static let accentFolding: [Character: Character] = {
        let accented = Array("ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿ")
        let plain = Array("AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyy")
        return Dictionary(uniqueKeysWithValues: zip(accented, plain))
    }()

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x41 && scalar.value <= 0x5A }
    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }
}
