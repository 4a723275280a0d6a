/// `^GFA`: a 1-bit image as ZPL ASCII hex with Zebra's run-length compression
/// (ZPL II guide, "Alternative Data Compression Scheme for ~DG and ~DB"):
/// a character repeated n times is written as a count then the character, counts G–Y = 1–19 and
/// g–z = 20–400 (steps of 20); a row ending in zeros ends with ",", in ones with "!"; ":" repeats the row above.
public enum ZPLGraphicField {
    public static func command(_ bitmap: MonochromeBitmap) -> String {
        let total = bitmap.bytesPerRow * bitmap.height
        return "^GFA,\(total),\(total),\(bitmap.bytesPerRow),\(compressedData(bitmap))"
    }

    static func compressedData(_ bitmap: MonochromeBitmap) -> String {
        var output = ""
        var previous: String?
        for y in 0..<bitmap.height {
            let hex = hexDigits(bitmap.row(y))
            if hex == previous {
                output += ":"
                continue
            }
            previous = hex
            output += compress(hex)
        }
        return output
    }

    private static let digits = Array("0123456789ABCDEF")

    private static func hexDigits(_ bytes: ArraySlice<UInt8>) -> String {
        var characters: [Character] = []
        characters.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            characters.append(digits[Int(byte >> 4)])
            characters.append(digits[Int(byte & 0x0F)])
        }
        return String(characters)
    }

    private static func compress(_ hex: String) -> String {
        var characters = Array(hex)
        var suffix = ""
        // Trailing zeros or ones of the row are implied by "," or "!".
        if let last = characters.last, last == "0" || last == "F" {
            let fill = last
            while characters.last == fill { characters.removeLast() }
            suffix = fill == "0" ? "," : "!"
        }
        var output = ""
        var index = 0
        while index < characters.count {
            var run = 1
            while index + run < characters.count && characters[index + run] == characters[index] { run += 1 }
            output += run > 2 ? repeatCount(run) + String(characters[index])
                              : String(repeating: characters[index], count: run)
            index += run
        }
        return output + suffix
    }

    /// The count letters for `count` repetitions (count ≤ 400 per group; longer runs chain groups).
    private static func repeatCount(_ count: Int) -> String {
        var remaining = count
        var letters = ""
        while remaining >= 400 {
            letters += "z"
            remaining -= 400
        }
        if remaining >= 20 {
            letters.append(Character(Unicode.Scalar(UInt8(ascii: "f") + UInt8(remaining / 20))))
            remaining %= 20
        }
        if remaining > 0 {
            letters.append(Character(Unicode.Scalar(UInt8(ascii: "F") + UInt8(remaining))))
        }
        return letters
    }
}
