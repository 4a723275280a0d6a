import HostSystem
import RefurbCore

/// Reads `/sys/class/dmi/id`, the kernel's copy of the main SMBIOS strings. Anyone can read it, but the
/// serial numbers and the UUID are root-only (0400), so without root they are reported missing.
public struct DMIIdentityReader: Sendable {
    public let root: SystemRoot

    static let directory = "sys/class/dmi/id"

    public init(root: SystemRoot) {
        self.root = root
    }

    /// nil when the directory does not exist (no DMI at all, as on some virtual machines and ARM boards).
    public func read(warnings: inout WarningLog) -> FirmwareIdentity? {
        guard root.exists(Self.directory) else { return nil }
        var identity = FirmwareIdentity()
        identity.manufacturer = value("sys_vendor")
        identity.productName = value("product_name")
        identity.version = value("product_version")
        identity.serialNumber = restrictedValue("product_serial", warnings: &warnings)
        identity.uuid = restrictedValue("product_uuid", warnings: &warnings).map { .uuid($0.lowercased()) }
        identity.sku = value("product_sku")
        identity.family = value("product_family")
        identity.boardManufacturer = value("board_vendor")
        identity.boardProduct = value("board_name")
        identity.boardVersion = value("board_version")
        identity.boardSerialNumber = restrictedValue("board_serial", warnings: &warnings)
        // The kernel writes the masked type code in decimal.
        identity.chassisType = value("chassis_type").flatMap { UInt8($0) }.map { ChassisType(code: $0 & 0x7F) }
        identity.chassisManufacturer = value("chassis_vendor")
        identity.chassisSerialNumber = restrictedValue("chassis_serial", warnings: &warnings)
        identity.biosVendor = value("bios_vendor")
        identity.biosVersion = value("bios_version")
        identity.biosReleaseDate = value("bios_date")
        return identity
    }

    private func value(_ name: String) -> String? {
        root.text(Self.directory + "/" + name)
    }

    /// Serials are 0400: a permission failure is worth saying once, as it explains the missing values.
    private func restrictedValue(_ name: String, warnings: inout WarningLog) -> String? {
        switch root.readBytes(Self.directory + "/" + name, limit: 4096) {
        case .success(let bytes):
            return PrintableText.trimmed(bytes)
        case .failure(.permissionDenied):
            warnings.add(.system, "probe.warning.dmi.serialsNeedRoot")
            return nil
        case .failure:
            return nil
        }
    }
}
