import PropertyBased
import Testing
@testable import RefurbCore

@Suite("Asset tags")
struct AssetTagTests {
    static let characters: [Character] = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*")

    @Test("every single-character error in a tag is refused")
    func catchesEverySubstitution() async {
        await propertyCheck(count: 300, input: Gen.int(in: 1...99_999_999)) { sequence in
            guard let tag = AssetTag(sequence: sequence) else { return }
            let characters = Array(tag.text)
            for position in characters.indices {
                for replacement in Self.characters where replacement != characters[position] {
                    var mistyped = characters
                    mistyped[position] = replacement
                    #expect(throws: IdentifierError.self, "\(String(mistyped)) was accepted for \(tag.text)") {
                        try AssetTag(parsing: String(mistyped))
                    }
                }
            }
        }
    }

    @Test("every swap of two adjacent characters is refused")
    func catchesEveryAdjacentTransposition() async {
        await propertyCheck(count: 1000, input: Gen.int(in: 1...99_999_999)) { sequence in
            guard let tag = AssetTag(sequence: sequence) else { return }
            let characters = Array(tag.text)
            for position in characters.indices.dropLast() where characters[position] != characters[position + 1] {
                var swapped = characters
                swapped.swapAt(position, position + 1)
                #expect(throws: IdentifierError.self, "\(String(swapped)) was accepted for \(tag.text)") {
                    try AssetTag(parsing: String(swapped))
                }
            }
        }
    }

    @Test("the check catches substitutions and swaps over any letters and digits, not just tags")
    func checkSystemOverArbitraryPayloads() async {
        let payloads = Gen.letterOrNumber.string(of: 1...12).map { $0.uppercased().filter { $0.isASCII } }
        await propertyCheck(count: 300, input: payloads) { payload in
            guard !payload.isEmpty, let check = CheckCharacter.compute(for: payload) else { return }
            let valid = Array(payload) + [check]
            #expect(CheckCharacter.isValid(String(valid)))
            for position in valid.indices {
                for replacement in Self.characters where replacement != valid[position] {
                    var mistyped = valid
                    mistyped[position] = replacement
                    #expect(!CheckCharacter.isValid(String(mistyped)))
                }
                if position + 1 < valid.count, valid[position] != valid[position + 1] {
                    var swapped = valid
                    swapped.swapAt(position, position + 1)
                    #expect(!CheckCharacter.isValid(String(swapped)))
                }
            }
        }
    }

    @Test("a scan is read whatever its case, spaces and dashes")
    func forgivesCaseAndSeparators() throws {
        let tag = try #require(AssetTag(sequence: 42))
        #expect(try AssetTag(parsing: tag.text.lowercased()) == tag)
        #expect(try AssetTag(parsing: " R-000042-\(tag.text.last!) ") == tag)
        #expect(tag.text.count == 8)
        #expect(tag.sequence == 42)
    }

    @Test("tags are plain letters and digits: numbers whose check would be * are skipped")
    func neverIssuesAStar() {
        var skipped = 0
        for sequence in 1...10_000 {
            if let tag = AssetTag(sequence: sequence) {
                #expect(!tag.text.contains("*"))
            } else {
                skipped += 1
            }
        }
        // About one number in 37 is skipped.
        #expect(skipped > 200 && skipped < 350)
    }

    @Test("text that is not a tag at all says so, distinct from a misread tag")
    func tellsNotATagFromMisread() {
        #expect(throws: IdentifierError.notAnAssetTag("HELLO")) { try AssetTag(parsing: "HELLO") }
        #expect(throws: IdentifierError.notAnAssetTag("R12")) { try AssetTag(parsing: "R12") }
        #expect(!AssetTag.looksLikeAssetTag("5CG7301XYZ"))
        #expect(AssetTag.looksLikeAssetTag("R000001X"))
    }

    @Test("a tag whose last character is mistyped as something else than a letter or digit is a misread tag, not a serial",
          arguments: ["R000042é", "R000042T\u{301}", "R000042\r\n", "r000042 ç"])
    func oddLastCharacterIsAMisreadTag(input: String) {
        #expect(AssetTag.looksLikeAssetTag(input))
        #expect(throws: IdentifierError.assetTagCheckFailed(input)) { try AssetTag(parsing: input) }
    }
}
