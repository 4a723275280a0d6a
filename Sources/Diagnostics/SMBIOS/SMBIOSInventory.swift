/// The SMBIOS structures Refurb uses, decoded. Unknown, OEM and inactive (126) types are ignored;
/// a structure too short for its type's minimum length is skipped with a warning.
public struct SMBIOSInventory: Sendable {
    public let version: SMBIOSVersion
    public var bios: BIOSRecord?
    public var system: SystemRecord?
    public var baseboards: [BaseboardRecord] = []
    public var chassis: [ChassisRecord] = []
    public var processors: [ProcessorRecord] = []
    public var memoryArrays: [MemoryArrayRecord] = []
    public var memoryDevices: [MemoryDeviceRecord] = []
    public var mappedAddresses: [MappedAddressRecord] = []
    public var portableBatteries: [PortableBatteryRecord] = []

    public init(table: SMBIOSTable, warnings: inout WarningLog) {
        version = table.version
        for structure in table.structures {
            decode(structure, warnings: &warnings)
        }
        if system == nil {
            warnings.add(.smbios, "probe.warning.smbios.noSystemStructure")
        }
    }

    private mutating func decode(_ structure: SMBIOSStructure, warnings: inout WarningLog) {
        var decoded = true
        switch structure.type {
        case BIOSRecord.type:
            // Only the first of a kind that should be unique counts; duplicates are firmware noise.
            if bios == nil { bios = BIOSRecord(structure, warnings: &warnings) }
            decoded = bios != nil
        case SystemRecord.type:
            if system == nil { system = SystemRecord(structure, version: version, warnings: &warnings) }
            decoded = system != nil
        case BaseboardRecord.type:
            decoded = append(BaseboardRecord(structure, warnings: &warnings), to: &baseboards)
        case ChassisRecord.type:
            decoded = append(ChassisRecord(structure, warnings: &warnings), to: &chassis)
        case ProcessorRecord.type:
            decoded = append(ProcessorRecord(structure, warnings: &warnings), to: &processors)
        case MemoryArrayRecord.type:
            decoded = append(MemoryArrayRecord(structure), to: &memoryArrays)
        case MemoryDeviceRecord.type:
            decoded = append(MemoryDeviceRecord(structure, warnings: &warnings), to: &memoryDevices)
        case MappedAddressRecord.type:
            decoded = append(MappedAddressRecord(structure), to: &mappedAddresses)
        case PortableBatteryRecord.type:
            decoded = append(PortableBatteryRecord(structure, warnings: &warnings), to: &portableBatteries)
        default:
            break
        }
        if !decoded {
            warnings.add(.smbios, "probe.warning.smbios.undecodableStructure", String(structure.type), SMBIOSStructure.hex(structure.handle), String(structure.length))
        }
    }

    private func append<Record>(_ record: Record?, to list: inout [Record]) -> Bool {
        guard let record else { return false }
        list.append(record)
        return true
    }
}
