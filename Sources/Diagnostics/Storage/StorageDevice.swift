import HostSystem

/// One disk: what it is, how big, how it is attached, and its health.
public struct StorageDevice: Codable, Equatable, Sendable {
    /// The kernel name ("sda", "nvme0n1") and its device node ("/dev/sda").
    public var name: String
    public var devicePath: String
    public var model: String?
    public var vendor: String?
    public var serialNumber: String?
    public var wwn: String?
    public var firmwareVersion: String?
    public var sizeBytes: UInt64
    public var logicalSectorSize: Int?
    public var physicalSectorSize: Int?
    /// Spinning (true) or solid-state (false); nil when nothing says.
    public var rotational: Bool?
    public var rotationRateRPM: Int?
    public var transport: DiskTransport
    public var removable: Bool
    public var readOnly: Bool
    /// Absent when SMART was not asked for (`--no-smart`).
    public var smart: SmartReport?

    public init(name: String, sizeBytes: UInt64, transport: DiskTransport) {
        self.name = name
        self.devicePath = "/dev/" + name
        self.sizeBytes = sizeBytes
        self.transport = transport
        self.removable = false
        self.readOnly = false
    }
}
