import RefurbCore

/// The SMBIOS chassis type code (type 3, byte 0x05 & 0x7F) with dmidecode's names, and the workshop
/// category it suggests. Mapping by number, not by the display string, avoids the devicehub bug where
/// "All In One" or "Sub Notebook" fell through to the default.
public struct ChassisType: Sendable, Equatable, Hashable {
    public let code: UInt8

    public init(code: UInt8) {
        self.code = code
    }

    /// dmidecode's name for the code, or "<OUT OF SPEC>" as it prints it.
    public var name: String {
        guard code >= 1, Int(code) <= Self.names.count else { return "<OUT OF SPEC>" }
        return Self.names[Int(code) - 1]
    }

    /// The category the code implies, or nil when the firmware does not say (Other, Unknown, out of
    /// spec, a docking station or an expansion box), so that the caller can fall back on other clues.
    public var category: DeviceCategory? {
        switch code {
        case 0x08, 0x09, 0x0A, 0x0E, 0x1F: .laptop       // portable, laptop, notebook, sub notebook, convertible
        case 0x1E, 0x20: .tablet                          // tablet, detachable
        case 0x0B: .phone                                 // hand held
        case 0x0D: .allInOne
        case 0x03, 0x04, 0x05, 0x06, 0x07, 0x0F, 0x10, 0x18, 0x23, 0x24: .desktop
        // Servers and blades still arrive in donations; they are sold or recycled as desktops are.
        case 0x11, 0x17, 0x1C, 0x19: .desktop
        default: nil
        }
    }

    static let names = [
        "Other", "Unknown", "Desktop", "Low Profile Desktop", "Pizza Box", "Mini Tower", "Tower", "Portable",
        "Laptop", "Notebook", "Hand Held", "Docking Station", "All In One", "Sub Notebook", "Space-saving",
        "Lunch Box", "Main Server Chassis", "Expansion Chassis", "Sub Chassis", "Bus Expansion Chassis",
        "Peripheral Chassis", "RAID Chassis", "Rack Mount Chassis", "Sealed-case PC", "Multi-system",
        "CompactPCI", "AdvancedTCA", "Blade", "Blade Enclosing", "Tablet", "Convertible", "Detachable",
        "IoT Gateway", "Embedded PC", "Mini PC", "Stick PC",
    ]
}
