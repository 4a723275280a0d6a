import RefurbCore

/// Text with `{field}` placeholders, as written in a template's "text" or "data":
/// "{price}", "Grade {grade}", "{workshop} · {date}". Parsed once when the template loads,
/// so a misspelt field is reported then, not when a label is printed.
public struct FieldTemplate: Hashable, Sendable {
    enum Part: Hashable, Sendable {
        case literal(String)
        case field(LabelField)
    }

    let parts: [Part]
    public let source: String

    public enum ParseProblem: Error, Equatable {
        case unknownField(String)
        case unclosedBrace
    }

    public init(parsing source: String) throws(ParseProblem) {
        self.source = source
        var parts: [Part] = []
        var literal = ""
        var index = source.startIndex
        while index < source.endIndex {
            let character = source[index]
            if character == "{" {
                guard let close = source[index...].firstIndex(of: "}") else { throw .unclosedBrace }
                let name = String(source[source.index(after: index)..<close])
                guard let field = LabelField(rawValue: name) else { throw .unknownField(name) }
                if !literal.isEmpty { parts.append(.literal(literal)); literal = "" }
                parts.append(.field(field))
                index = source.index(after: close)
            } else {
                literal.append(character)
                index = source.index(after: index)
            }
        }
        if !literal.isEmpty { parts.append(.literal(literal)) }
        self.parts = parts
    }

    /// The fields this text needs.
    public var fields: [LabelField] {
        parts.compactMap { if case let .field(field) = $0 { field } else { nil } }
    }

    /// The text with every placeholder filled; a needed field without a value is refused.
    public func filled(with fields: LabelFields) throws(LabelError) -> String {
        var result = ""
        for part in parts {
            switch part {
            case let .literal(text):
                result += text
            case let .field(field):
                guard let value = fields[field] else {
                    throw LabelError(Message("labels.field.missing.\(field.rawValue)"))
                }
                result += value
            }
        }
        return result
    }
}
