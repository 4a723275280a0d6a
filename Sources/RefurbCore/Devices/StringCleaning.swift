extension String {
    /// Trims spaces, tabs and line breaks at both ends, without Foundation.
    public func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0.isNewline }
        guard let first = firstIndex(where: { !isSpace($0) }),
              let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }

    /// True when the text holds a control character: what a misconfigured scanner or a pasted
    /// binary blob sends, never what a person means.
    var containsControlCharacters: Bool {
        unicodeScalars.contains { $0.properties.generalCategory == .control }
    }
}

/// Cleans an optional free-text field: trimmed, and nil when empty.
func cleanedText(_ text: String?) -> String? {
    guard let trimmed = text?.trimmingSpaces(), !trimmed.isEmpty else { return nil }
    return trimmed
}
