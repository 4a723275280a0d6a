/// A text as the wording rules read it: lower case, without accents, and cut into words at anything that
/// is not a letter or a digit (spaces of every kind, the non-breaking ones a word processor puts before
/// « : », hyphens and dashes, apostrophes). « État-Neuf », « etat neuf » and « ÉTAT\u{00A0}NEUF » read alike.
/// Without Foundation: characters compare canonically, so « é » typed as one character or as « e » and
/// an accent is the same `Character` and folds the same way.
public struct FoldedWords: Hashable, Sendable {
    public let words: [String]

    public init(_ text: String) {
        var words: [String] = []
        var current = ""
        for character in text {
            if let folded = Self.fold(character) {
                current += folded
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        self.words = words
    }

    /// The letters of a character without their accents, in lower case; nil for anything that separates words.
    static func fold(_ character: Character) -> String? {
        if let base = accented[character] { return base }
        let lowered = character.lowercased()
        if let base = accented[Character(lowered)] { return base }
        // What is left of a letter once its combining marks are dropped (a letter with an unusual accent).
        let kept = lowered.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }
            .filter { !(0x0300...0x036F).contains($0.value) }
        guard !kept.isEmpty else { return nil }
        var text = ""
        text.unicodeScalars.append(contentsOf: kept)
        return text
    }

    private static let accented: [Character: String] = {
        var table: [Character: String] = [:]
        let groups: [(String, String)] = [
            ("a", "àáâãäåā"), ("c", "çć"), ("e", "èéêëē"), ("i", "ìíîïī"), ("n", "ñ"), ("o", "òóôõöøō"),
            ("u", "ùúûüū"), ("y", "ýÿ"),
        ]
        for (base, letters) in groups {
            for letter in letters {
                table[letter] = base
                table[Character(String(letter).uppercased())] = base
            }
        }
        table["œ"] = "oe"; table["Œ"] = "oe"; table["æ"] = "ae"; table["Æ"] = "ae"
        return table
    }()

    /// Where `phrase` (already folded words) starts in these words, or nil.
    func firstIndex(of phrase: [String], from start: Int = 0) -> Int? {
        guard !phrase.isEmpty, words.count >= phrase.count, start <= words.count - phrase.count else { return nil }
        for index in start...(words.count - phrase.count) where Array(words[index..<(index + phrase.count)]) == phrase {
            return index
        }
        return nil
    }
}
