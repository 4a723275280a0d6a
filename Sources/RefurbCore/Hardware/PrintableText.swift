/// Turns bytes from firmware, sysfs or a tool's output into text that is safe to show and to put in JSON.
/// In RefurbCore so that the probe (Diagnostics) and the reader of smartctl's JSON (`SmartctlOutput`) clean
/// text the same way. Pure: bytes in, text out.
package enum PrintableText {
    /// Decodes like dmidecode's `ascii_filter`: control characters become ".", so that random bytes in
    /// a DIMM serial cannot break the report (lshw#46). Invalid UTF-8 sequences become "." too.
    package static func sanitized<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
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
    package static func trimmed(_ bytes: some Collection<UInt8>) -> String? {
        let isPadding: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x00 }
        let array = Array(bytes)
        guard let first = array.firstIndex(where: { !isPadding($0) }),
              let last = array.lastIndex(where: { !isPadding($0) }) else { return nil }
        // The text starts and ends with bytes that are not padding, and every other control byte became ".":
        // there is nothing left to trim.
        let text = sanitized(array[first...last])
        return text.isEmpty ? nil : text
    }
}

extension PrintableText {
    /// Splits a text file into lines. Invalid UTF-8 becomes U+FFFD: these are line-oriented files whose
    /// values are sanitised one by one where they are used.
    package static func sanitizedLines(_ bytes: [UInt8]) -> [Substring] {
        let text = String(decoding: bytes, as: UTF8.self)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.last == "\r" ? line.dropLast() : line
        }
    }
}
