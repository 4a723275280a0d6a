/// Translations of message keys. Each module contributes its own table (`MessageCatalog.core` here, `.diagnostics`, `.labels`… in theirs),
/// so that no user-facing sentence is hard-coded where it is used.
public struct MessageCatalog: Sendable {
    public struct Entry: Sendable {
        public let fr: String
        public let en: String

        public init(fr: String, en: String) {
            self.fr = fr
            self.en = en
        }

        public func text(in language: Language) -> String {
            switch language {
            case .fr: fr
            case .en: en
            }
        }
    }

    public private(set) var entries: [String: Entry]

    public init(_ entries: [String: Entry]) {
        self.entries = entries
    }

    /// Adds another module's table. A key defined twice is a programming error caught by the tests
    /// that check every catalog, so the later table simply wins here.
    public func merging(_ other: MessageCatalog) -> MessageCatalog {
        MessageCatalog(entries.merging(other.entries) { _, new in new })
    }

    public func text(for message: Message, in language: Language) -> String {
        guard let entry = entries[message.key] else {
            // An unknown key still says something useful rather than nothing.
            return ([message.key] + message.arguments).joined(separator: " ")
        }
        return fill(entry.text(in: language), with: message.arguments, in: language)
    }

    static func fill(_ template: String, with arguments: [String]) -> String {
        var result = template
        for (index, argument) in arguments.enumerated() {
            result = result.replacingOccurrences(of: "{\(index)}", with: argument)
        }
        return result
    }

    /// Fills `{0}`, `{1}`, … with the arguments as they are, and `{0:cents}`, `{1:grams}`, `{2:count}`,
    /// `{3:percent}`, `{4:seconds}` with an integer argument written in that unit in `language`, so that a
    /// message stays language-free (a key and plain arguments) and still reads "1 000 000,00 €" in French
    /// and "€1,000,000.00" in English. `{0:field}` is the argument's words, `range.field.<argument>`, when
    /// the catalog has them.
    func fill(_ template: String, with arguments: [String], in language: Language) -> String {
        // Units first, so that an argument's own text is never read as a placeholder.
        guard template.contains(":") else { return Self.fill(template, with: arguments) }
        var result = template
        for (index, argument) in arguments.enumerated() where result.contains("{\(index):") {
            for unit in Quantity.Unit.allCases {
                let placeholder = "{\(index):\(unit.rawValue)}"
                guard result.contains(placeholder) else { continue }
                let written = Int(argument).map { unit.string($0, in: language) } ?? argument
                result = result.replacingOccurrences(of: placeholder, with: written)
            }
            let field = "{\(index):field}"
            if result.contains(field) {
                let words = entries["range.field.\(argument)"]?.text(in: language)
                    ?? (language == .fr ? "« \(argument) »" : "“\(argument)”")
                result = result.replacingOccurrences(of: field, with: words)
            }
            // Checklist tests, as `ChecklistItem.reference`s joined by `Message.listSeparator`: a standard
            // test in the catalog's words, one an admin added in its own.
            let tests = "{\(index):tests}"
            if result.contains(tests) {
                let words = argument.split(separator: Message.listSeparator).map { reference in
                    entries["checklist.item.\(reference)"]?.text(in: language) ?? String(reference)
                }.joined(separator: ", ")
                result = result.replacingOccurrences(of: tests, with: words)
            }
        }
        return Self.fill(result, with: arguments)
    }
}

private extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var remaining = self[...]
        while let range = remaining.range(of: target) {
            result += remaining[..<range.lowerBound]
            result += replacement
            remaining = remaining[range.upperBound...]
        }
        result += remaining
        return result
    }
}

private extension Substring {
    func range(of target: String) -> Range<Index>? {
        var index = startIndex
        while index < endIndex {
            if self[index...].hasPrefix(target) {
                return index..<self.index(index, offsetBy: target.count)
            }
            index = self.index(after: index)
        }
        return nil
    }
}
