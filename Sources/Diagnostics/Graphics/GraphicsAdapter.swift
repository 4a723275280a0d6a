/// A display controller on the PCI bus (class 0x03): integrated or discrete graphics.
public struct GraphicsAdapter: Codable, Equatable, Sendable {
    /// The PCI address ("0000:00:02.0").
    public var address: String
    public var vendorID: String
    public var deviceID: String
    public var subsystemVendorID: String?
    public var subsystemDeviceID: String?
    /// Names from pci.ids, when that file exists on the probed system.
    public var vendorName: String?
    public var deviceName: String?
    /// The kernel driver bound to it ("i915", "amdgpu", "nouveau"…).
    public var driver: String?
    /// The adapter the firmware booted on (the primary one on a machine with two).
    public var bootDisplay: Bool?

    public init(address: String, vendorID: String, deviceID: String) {
        self.address = address
        self.vendorID = vendorID
        self.deviceID = deviceID
    }
}
