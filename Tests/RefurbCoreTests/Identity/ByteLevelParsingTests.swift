import PropertyBased
import Testing
@testable import RefurbCore

/// Asset tags and lot codes are read byte by byte when they come as Refurb writes them (what scanners send),
/// and through the forgiving path (case, spaces, dashes) otherwise. The two must never disagree: see
/// docs/fast-paths.md.
@Suite("Byte-level parsing agrees with the plain reading")
struct ByteLevelParsingTests {
    /// Letters, digits, what people and scanners add, and a few characters that must be refused.
    static let scanned: [Character] = Array("0123456789ABCDEFRTXZabrtz -\t*éÉ\u{301}") + ["\r\n", "\u{200B}"]

    @Test("a tag's shortcut for text already clean gives what upper-casing and removing separators gives")
    func tagNormalization() async {
        let scans = Gen.int(in: 0...(Self.scanned.count - 1)).map { Self.scanned[$0] }.string(of: 0...12)
        await propertyCheck(count: 2_000, input: scans) { input in
            let plain = String(input.uppercased().filter { $0 != " " && $0 != "-" && $0 != "\t" })
            #expect(AssetTag.normalized(input) == plain, "\(input.debugDescription)")
        }
    }

    @Test("a tag's shape read byte by byte is its shape read character by character")
    func tagShape() async {
        let bodies = Gen.int(in: 0...(Self.scanned.count - 1)).map { Self.scanned[$0] }.string(of: 5...9)
        await propertyCheck(count: 2_000, input: bodies) { body in
            for candidate in ["R" + body, body] {
                let characters = candidate.dropLast()
                let plain = characters.first == "R" && characters.count >= AssetTag.minimumDigits + 1
                    && characters.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
                #expect(AssetTag.hasTagShape(candidate) == plain, "\(candidate.debugDescription)")
            }
        }
    }

    @Test("every tag Refurb issues reads back the same typed as printed, in lower case, or with separators")
    func issuedTags() async {
        await propertyCheck(count: 1_000, input: Gen.int(in: 1...99_999_999)) { sequence in
            guard let tag = AssetTag(sequence: sequence) else { return }
            let spaced = String(tag.text.prefix(4)) + " " + String(tag.text.dropFirst(4).dropLast()) + "-" + String(tag.text.last!)
            for typed in [tag.text, tag.text.lowercased(), spaced] {
                #expect((try? AssetTag(parsing: typed)) == tag, "\(typed)")
            }
        }
    }

    @Test("a lot code written as Refurb writes it (read byte by byte) parses as the same code typed loosely")
    func lotCodes() async {
        await propertyCheck(count: 2_000, input: Gen.int(in: 1_000...9_999), Gen.int(in: 0...99_999_999)) { year, number in
            let code = LotCode(year: year, number: number)
            // Lower case and surrounding spaces take the forgiving path.
            let loose = " " + code.text.lowercased() + " "
            #expect((try? LotCode(parsing: code.text)) == code)
            #expect((try? LotCode(parsing: loose)) == code)
        }
    }

    @Test("near misses of a lot code get the same answer from both paths",
          arguments: ["LOT-2026-", "LOT-2026-00A7", "LOT-202-0007", "LOT-20260-007", "LOT-2026-0007-", "LOT_2026_0007",
                      "LOT-2026-0 07", "LOT-２０２６-0007", "LOT-2026-1000000000000000000", "LOT--2026-0007"])
    func lotCodeNearMisses(input: String) {
        // Lower case never takes the byte-level path.
        #expect((try? LotCode(parsing: input)) == (try? LotCode(parsing: input.lowercased())), "\(input)")
    }
}
