/// Who the drive says it is. Every field is optional: USB bridges and virtual disks hide most of them.
public struct DriveIdentity: Codable, Sendable, Hashable {
    public var vendor: String?
    public var model: String?
    public var serial: String?
    public var firmware: String?
    /// World Wide Name (NAA) or NVMe EUI-64/NGUID, as the kernel prints it.
    public var wwn: String?

    public init(vendor: String? = nil, model: String? = nil, serial: String? = nil, firmware: String? = nil, wwn: String? = nil) {
        self.vendor = vendor
        self.model = model
        self.serial = serial
        self.firmware = firmware
        self.wwn = wwn
    }

    /// Fills the gaps of this identity from another source, keeping what is already known.
    public func filling(from other: DriveIdentity) -> DriveIdentity {
        DriveIdentity(
            vendor: vendor ?? other.vendor,
            model: model ?? other.model,
            serial: serial ?? other.serial,
            firmware: firmware ?? other.firmware,
            wwn: wwn ?? other.wwn
        )
    }
}
