/// Identity strings as the firmware gives them, before placeholders are filtered: from the SMBIOS
/// tables (root, or a dump) or from `/sys/class/dmi/id` (no root, no serials). Both feed one builder,
/// so the two paths cannot disagree on the rules.
public struct FirmwareIdentity: Sendable, Equatable {
    public var manufacturer: String?
    public var productName: String?
    public var version: String?
    public var serialNumber: String?
    public var uuid: SMBIOSUUID.Value?
    public var sku: String?
    public var family: String?
    public var boardManufacturer: String?
    public var boardProduct: String?
    public var boardVersion: String?
    public var boardSerialNumber: String?
    public var chassisType: ChassisType?
    public var chassisManufacturer: String?
    public var chassisSerialNumber: String?
    public var biosVendor: String?
    public var biosVersion: String?
    public var biosReleaseDate: String?

    public init() {}

    public init(inventory: SMBIOSInventory) {
        let system = inventory.system
        manufacturer = system?.manufacturer
        productName = system?.productName
        version = system?.version
        serialNumber = system?.serialNumber
        uuid = system?.uuid?.value
        sku = system?.sku
        family = system?.family
        let board = inventory.baseboards.first
        boardManufacturer = board?.manufacturer
        boardProduct = board?.product
        boardVersion = board?.version
        boardSerialNumber = board?.serialNumber
        let chassis = inventory.chassis.first
        chassisType = chassis?.chassisType
        chassisManufacturer = chassis?.manufacturer
        chassisSerialNumber = chassis?.serialNumber
        biosVendor = inventory.bios?.vendor
        biosVersion = inventory.bios?.version
        biosReleaseDate = inventory.bios?.releaseDate
    }
}
