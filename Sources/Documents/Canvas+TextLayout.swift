/// Text set to a column: shortened with an ellipsis, or wrapped on words.
extension Canvas {
    /// What to do with one word wider than the column.
    public enum LongWords: Sendable {
        /// Kept whole on its own line, running past the column: a serial number or a tag stays one piece.
        case overflow
        /// Cut by characters onto as many lines as it needs: a signature or a hash on a certificate.
        case cut
    }

    /// The text in the current font, shortened with an ellipsis when it is wider than `width`.
    public func fit(_ text: String, width: Double) -> String {
        guard measure(text) > width else { return text }
        var kept = text
        while !kept.isEmpty, measure(kept + "…") > width { kept.removeLast() }
        return kept + "…"
    }

    /// The text's lines in the given font, broken between words to fit `width`; none for blank text.
    /// Leaves that font selected.
    public func wrap(_ text: String, width: Double, size: Double, bold: Bool = false, longWords: LongWords = .overflow) -> [String] {
        font(size: size, bold: bold)
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ").map(String.init) {
            let candidate = current.isEmpty ? word : current + " " + word
            if measure(candidate) <= width {
                current = candidate
                continue
            }
            if current.isEmpty, longWords == .overflow {
                current = word
                continue
            }
            if !current.isEmpty { lines.append(current) }
            current = word
            guard longWords == .cut else { continue }
            while measure(current) > width {
                var cut = current.count
                while cut > 1, measure(String(current.prefix(cut))) > width { cut -= 1 }
                lines.append(String(current.prefix(cut)))
                current = String(current.dropFirst(cut))
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
