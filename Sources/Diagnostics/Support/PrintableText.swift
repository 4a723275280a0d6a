/// Turns bytes from firmware or sysfs into text that is safe to show and to put in JSON.
enum PrintableText {
    /// Decodes like dmidecode's `ascii_filter`: control characters become ".", so that random bytes in
    /// a DIMM serial cannot break the report (lshw#46). Invalid UTF-8 sequences become "." too.
    static func sanitized<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var scalars = String.UnicodeScalarView()
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                scalars.append(scalar.value < 0x20 || scalar.value == 0x7F ? "." : scalar)
            case .error:
                scalars.append(".")
            case .emptyInput:
                break decoding
            }
        }
        return String(scalars)
    }

    /// Sanitised text with surrounding spaces removed; nil when nothing is left. The kernel does the
    /// same for `/sys/class/dmi/id`, raw tables do not.
    /// Trailing line breaks and NULs (sysfs files end with "\n") are cut before control characters are
    /// replaced, so they do not turn into dots.
    static func trimmed(_ bytes: some Collection<UInt8>) -> String? {
        let isPadding: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x00 }
        let array = Array(bytes)
        guard let first = array.firstIndex(where: { !isPadding($0) }),
              let last = array.lastIndex(where: { !isPadding($0) }) else { return nil }
        let text = sanitized(array[first...last]).trimmingSpaces()
        return text.isEmpty ? nil : text
    }
}

extension String {
    /// Removes leading and trailing spaces, tabs and line breaks (no Foundation needed).
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}

extension PrintableText {
    /// Splits a text file into lines. Invalid UTF-8 becomes U+FFFD: these are line-oriented files whose
    /// values are sanitised one by one where they are used.
    static func sanitizedLines(_ bytes: [UInt8]) -> [Substring] {
        let text = String(decoding: bytes, as: UTF8.self)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.last == "\r" ? line.dropLast() : line
        }
    }
}
