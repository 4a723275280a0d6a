extension String {
    /// Removes leading and trailing spaces, tabs and line breaks (no Foundation needed). Narrower than
    /// RefurbCore's `trimmingSpaces()`, which also removes other white space such as the non-breaking space:
    /// firmware strings are reported with those as they are.
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
