extension String {
    /// Trims white space at both ends (spaces, tabs, line breaks, the non-breaking space of a text pasted from
    /// a web page or a PDF), without Foundation.
    public func trimmingSpaces() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
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
