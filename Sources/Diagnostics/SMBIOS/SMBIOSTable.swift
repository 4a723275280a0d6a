/// The structures of one SMBIOS table with the entry point that described it.
public struct SMBIOSTable: Sendable {
    public let entryPoint: SMBIOSEntryPoint
    public let structures: [SMBIOSStructure]

    public var version: SMBIOSVersion { entryPoint.version }

    /// Structures of one type in table order. Order between types is not assumed anywhere.
    public func structures(ofType type: UInt8) -> [SMBIOSStructure] {
        structures.filter { $0.type == type }
    }
}
