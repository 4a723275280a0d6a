/// Where a form may send the browser afterwards (`next` after signing in or changing the language):
/// only a path on this site, never an address elsewhere that a crafted link could send people to.
///
/// It is judged as a browser reads it, not as it is written. A browser drops tabs, line feeds and
/// carriage returns anywhere in an address and C0 controls and spaces at its ends, and reads `\` as
/// `/`: `/%09/evil.example`, once the query is decoded, is `/<tab>/evil.example`, which the browser
/// follows to `//evil.example`, another site (issue 12). So the text is cleaned the same way first,
/// then must start with one `/` and not `//` or `/\`, must hold no `\` and no control character, and
/// must still do so once percent-decoded (`/%2F/evil` is `//evil` to any code that decodes it
/// again). What is returned is the cleaned text, printable ASCII only, so that a `Location` header
/// carries exactly what was judged.
enum SameOriginPath {
    /// At most this long; a longer `next` is not a path a page of Refurb ever asked to come back to.
    static let maximumLength = 2_048

    static func check(_ text: String?) -> String? {
        guard let text, text.utf8.count <= maximumLength else { return nil }
        let cleaned = browserCleaned(text)
        guard isLocalPath(cleaned) else { return nil }
        // Decoded until nothing changes (a few rounds at most: each one shortens the text).
        var decoded = cleaned
        for _ in 0..<4 {
            guard let next = decoded.removingPercentEncoding, next != decoded else { break }
            decoded = next
            guard startsLocally(browserCleaned(decoded)), !decoded.contains("\\"),
                  decoded.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) else { return nil }
        }
        return cleaned
    }

    /// What a browser keeps of an address: no tab, line feed or carriage return anywhere, no C0 control
    /// or space at either end.
    static func browserCleaned(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }[...]
        while let first = scalars.first, first.value <= 0x20 { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.value <= 0x20 { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    /// One `/` then a path, no `\` anywhere (read as `/`), nothing but printable ASCII (a browser would
    /// encode the rest, and a header must not carry it).
    private static func isLocalPath(_ text: String) -> Bool {
        startsLocally(text) && text.utf8.allSatisfy { (0x21...0x7E).contains($0) && $0 != UInt8(ascii: "\\") }
    }

    /// Starts with `/` but not `//` or `/\`, which name another host.
    private static func startsLocally(_ text: String) -> Bool {
        let bytes = text.utf8.prefix(2)
        guard bytes.first == UInt8(ascii: "/") else { return false }
        return bytes.count < 2 || (bytes.last != UInt8(ascii: "/") && bytes.last != UInt8(ascii: "\\"))
    }
}
