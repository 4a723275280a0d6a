/// Memory as the buyer sees it: how much, in which slots, and which slots are free for an upgrade.
public struct MemoryReport: Codable, Equatable, Sendable {
    /// MemTotal from /proc/meminfo: what the system can use, always a little under what is installed.
    public var usableBytes: UInt64?
    /// The sum of the installed modules' sizes (SMBIOS type 17).
    public var installedBytes: UInt64?
    /// The sum of the mapped ranges (SMBIOS type 19), a cross-check on the module sizes.
    public var mappedBytes: UInt64?
    /// What the board accepts (SMBIOS type 16).
    public var maximumCapacityBytes: UInt64?
    public var slotCount: Int?
    public var emptySlotCount: Int?
    public var modules: [MemoryModule]

    public init() {
        modules = []
    }
}

/// One memory slot, with its module when one is installed.
public struct MemoryModule: Codable, Equatable, Sendable {
    public var slot: String?
    public var bank: String?
    public var installed: Bool
    public var sizeBytes: UInt64?
    /// DDR3, DDR4, DDR5, LPDDR4…
    public var type: String?
    /// DIMM, SODIMM…
    public var formFactor: String?
    public var speedMTs: Int?
    public var configuredSpeedMTs: Int?
    public var manufacturer: String?
    public var partNumber: String?
    public var serialNumber: String?

    public init(installed: Bool) {
        self.installed = installed
    }
}
