/// A parsed JSON document as plain values, built by `JSONParser` (or by Erasure's `StrictJSONParser`, which
/// gives integers only, for signed certificates). Readers walk it for the keys they want: smartctl's output
/// changes between versions and one odd field must not discard a whole report, and a label template's errors
/// must name the element and key that are wrong, which Codable's coding paths do not.
public enum JSONValue: Sendable, Equatable {
    case object([String: JSONValue])
    case array([JSONValue])
    case string(String)
    case integer(Int64)
    /// Numbers that are fractional or beyond Int64 (NVMe 128-bit counters).
    case double(Double)
    case bool(Bool)
    case null

    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members[key]
    }

    /// Walks a key path such as `value["smart_status", "passed"]`.
    public subscript(path: String...) -> JSONValue? {
        var current: JSONValue? = self
        for key in path {
            current = current?[key]
        }
        return current
    }

    public var int: Int? {
        switch self {
        case .integer(let value): return Int(exactly: value)
        case .double(let value): return value.isFinite && abs(value) < 9.0e15 ? Int(value) : nil
        default: return nil
        }
    }

    public var uint64: UInt64? {
        switch self {
        case .integer(let value): return value >= 0 ? UInt64(value) : nil
        case .double(let value): return value.isFinite && value >= 0 && value < 1.8e19 ? UInt64(value) : nil
        default: return nil
        }
    }

    public var string: String? {
        guard case .string(let value) = self else { return nil }
        return value
    }

    public var bool: Bool? {
        guard case .bool(let value) = self else { return nil }
        return value
    }

    public var array: [JSONValue] {
        guard case .array(let values) = self else { return [] }
        return values
    }

    /// Any number, integer or not.
    public var number: Double? {
        switch self {
        case .integer(let value): return Double(value)
        case .double(let value): return value
        default: return nil
        }
    }

    /// How the value's type is named in error messages.
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .integer, .double: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    /// A copy without one member of the top-level object.
    public func removing(_ key: String) -> JSONValue {
        guard case .object(var members) = self else { return self }
        members.removeValue(forKey: key)
        return .object(members)
    }

    /// A copy with one member of the top-level object set.
    public func setting(_ key: String, to value: JSONValue) -> JSONValue {
        guard case .object(var members) = self else { return self }
        members[key] = value
        return .object(members)
    }
}
