import RefurbCore

/// One structure of the SMBIOS table: a formatted area (header included) and its string set.
/// Every accessor is gated on the structure's own length, as dmidecode does, never on the version:
/// a field the structure is too short to hold reads as nil.
public struct SMBIOSStructure: Sendable {
    public let type: UInt8
    public let handle: UInt16
    /// The formatted area, from the type byte to `length`.
    public let formatted: [UInt8]
    /// The string set, in order; string number N is `strings[N - 1]`. Raw bytes, not yet sanitised.
    public let strings: [[UInt8]]

    public var length: Int { formatted.count }

    public func byte(_ offset: Int) -> UInt8? { formatted.byte(at: offset) }
    public func word(_ offset: Int) -> UInt16? { formatted.littleEndianUInt16(at: offset) }
    public func doubleWord(_ offset: Int) -> UInt32? { formatted.littleEndianUInt32(at: offset) }
    public func quadWord(_ offset: Int) -> UInt64? { formatted.littleEndianUInt64(at: offset) }

    /// What a string field refers to.
    public enum StringField: Equatable, Sendable {
        /// Index 0, or a field the structure is too short to hold: dmidecode's "Not Specified".
        case notSpecified
        /// An index past the end of the string set: dmidecode's `<BAD INDEX>`.
        case badIndex(Int)
        /// The string, sanitised and trimmed; nil when it held only spaces.
        case text(String?)
    }

    public func stringField(_ offset: Int) -> StringField {
        guard let index = byte(offset), index != 0 else { return .notSpecified }
        guard Int(index) <= strings.count else { return .badIndex(Int(index)) }
        return .text(PrintableText.trimmed(strings[Int(index) - 1]))
    }

    /// The string at `offset`, or nil; a bad index is reported once in `warnings`.
    func text(_ offset: Int, warnings: inout WarningLog) -> String? {
        switch stringField(offset) {
        case .notSpecified:
            return nil
        case .badIndex(let index):
            warnings.add(.smbios, "probe.warning.smbios.badStringIndex", String(type), Self.hex(handle), String(index))
            return nil
        case .text(let value):
            return value
        }
    }

    static func hex(_ handle: UInt16) -> String {
        let digits = String(handle, radix: 16, uppercase: true)
        return "0x" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
