/// Sectors the drive hides from the operating system: a Host Protected Area (HPA, set with SET MAX
/// ADDRESS) or a Device Configuration Overlay (DCO). Data there survives an overwrite of the visible disk.
public struct HiddenAreaStatus: Codable, Sendable, Hashable {
    public enum State: String, Codable, Sendable {
        /// Checked: nothing is hidden.
        case none
        /// Checked: sectors are hidden.
        case hidden
        /// The check could not be made on a drive where it matters (ATA command refused).
        case unknown
        /// Not an ATA drive: HPA and DCO don't exist (NVMe, USB bridges, virtual disks).
        case notApplicable = "not-applicable"
    }

    public var state: State
    /// Sectors the drive currently shows.
    public var visibleSectors: UInt64?
    /// Sectors the drive has under its HPA (READ NATIVE MAX ADDRESS).
    public var nativeSectors: UInt64?
    /// Sectors the drive really has under its DCO ("Real max sectors").
    public var dcoRealSectors: UInt64?

    public init(state: State, visibleSectors: UInt64? = nil, nativeSectors: UInt64? = nil, dcoRealSectors: UInt64? = nil) {
        self.state = state
        self.visibleSectors = visibleSectors
        self.nativeSectors = nativeSectors
        self.dcoRealSectors = dcoRealSectors
    }

    public static let notApplicable = HiddenAreaStatus(state: .notApplicable)

    public var hpaSectors: UInt64 {
        guard let visible = visibleSectors, let native = nativeSectors, native > visible else { return 0 }
        return native - visible
    }

    public var dcoSectors: UInt64 {
        guard let native = nativeSectors, let real = dcoRealSectors, real > native else { return 0 }
        return real - native
    }

    public var hiddenSectors: UInt64 { hpaSectors + dcoSectors }
}
