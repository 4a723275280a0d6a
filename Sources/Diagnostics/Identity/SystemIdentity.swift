import RefurbCore

/// Who made the machine, what it is, and its serial number, after placeholders were removed.
public struct SystemIdentity: Codable, Equatable, Sendable {
    public struct Baseboard: Codable, Equatable, Sendable {
        public var manufacturer: String?
        public var product: String?
        public var version: String?
        public var serialNumber: String?
    }

    public struct Chassis: Codable, Equatable, Sendable {
        public var typeCode: Int
        public var typeName: String
        public var manufacturer: String?
        public var serialNumber: String?
    }

    public struct Firmware: Codable, Equatable, Sendable {
        public var vendor: String?
        public var version: String?
        public var releaseDate: String?
    }

    public var manufacturer: String?
    /// Type 1 product name as written; on a Lenovo it is the machine-type code ("64606XG").
    public var product: String?
    /// What a person calls the machine: the product name, or Version on a Lenovo ("ThinkPad T61p").
    public var model: String?
    public var version: String?
    public var serialNumber: String?
    public var uuid: String?
    public var sku: String?
    public var family: String?
    public var baseboard: Baseboard?
    public var chassis: Chassis?
    public var bios: Firmware?
    /// The workshop category the hardware suggests; the intake person has the last word.
    public var suggestedCategory: DeviceCategory?
    /// Where the identity came from.
    public var source: IdentitySource?
    /// The SMBIOS version of the tables read (absent with the /sys/class/dmi/id fallback).
    public var smbiosVersion: String?

    public init() {}
}

public enum IdentitySource: String, Codable, Sendable {
    case smbiosTables = "smbios-tables"
    case smbiosDump = "smbios-dump"
    case dmiID = "dmi-id"
}
