import RefurbCore

/// The device data a label can show. The raw values are part of the interface scripts use
/// (`--field assetTag=RF-000123`, `{assetTag}` in templates): never rename them.
public enum LabelField: String, CaseIterable, Codable, Sendable {
    case assetTag
    case price
    case grade
    /// One-line hardware summary, e.g. "i5-8250U · 8 Go · SSD 256 Go".
    case specs
    case workshop
    case date
    /// The lot's code, on the label of a donor's pallet (scanned at intake, it opens the lot).
    case lot
    /// The donor of a lot, on the same label.
    case donor
}

/// The values to print, by field.
public struct LabelFields: Sendable, Equatable {
    public var values: [LabelField: String]

    public init(_ values: [LabelField: String] = [:]) {
        self.values = values
    }

    /// Builds the fields from `key=value` pairs as scripts give them; an unknown key is refused.
    public init(keyed: [String: String]) throws(LabelError) {
        var values: [LabelField: String] = [:]
        for (key, value) in keyed {
            guard let field = LabelField(rawValue: key) else {
                throw LabelError(Message("labels.field.unknown", key,
                                         LabelField.allCases.map(\.rawValue).joined(separator: ", ")))
            }
            values[field] = value
        }
        self.values = values
    }

    public subscript(field: LabelField) -> String? {
        get { values[field] }
        set { values[field] = newValue }
    }
}
