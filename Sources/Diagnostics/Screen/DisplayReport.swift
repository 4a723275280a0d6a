/// A screen connected to the machine, from its EDID: the built-in panel of a laptop or an all-in-one,
/// or a monitor plugged in during the probe.
public struct DisplayReport: Codable, Equatable, Sendable {
    /// The DRM connector ("card0-eDP-1").
    public var connector: String
    /// eDP, LVDS and DSI connectors are panels built into the machine.
    public var builtIn: Bool
    /// Three-letter PnP ID of the maker ("LGD", "AUO", "SAM").
    public var manufacturerID: String?
    public var productCode: Int?
    public var name: String?
    public var serialNumber: String?
    public var widthCentimetres: Int?
    public var heightCentimetres: Int?
    public var diagonalInches: Double?
    public var nativeWidth: Int?
    public var nativeHeight: Int?
    public var manufactureYear: Int?
    public var checksumValid: Bool

    public init(connector: String, builtIn: Bool) {
        self.connector = connector
        self.builtIn = builtIn
        self.checksumValid = false
    }
}
