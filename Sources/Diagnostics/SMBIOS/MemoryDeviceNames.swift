/// dmidecode's names for the type 17 memory type (0x12) and form factor (0x0E) codes.
enum MemoryDeviceNames {
    static func memoryType(_ code: UInt8?) -> String? {
        guard let code, code >= 1, Int(code) <= memoryTypes.count else { return nil }
        let name = memoryTypes[Int(code) - 1]
        return name == "Unknown" || name == "Other" ? nil : name
    }

    static func formFactor(_ code: UInt8?) -> String? {
        guard let code, code >= 1, Int(code) <= formFactors.count else { return nil }
        let name = formFactors[Int(code) - 1]
        return name == "Unknown" || name == "Other" ? nil : name
    }

    private static let memoryTypes = [
        "Other", "Unknown", "DRAM", "EDRAM", "VRAM", "SRAM", "RAM", "ROM", "Flash", "EEPROM", "FEPROM", "EPROM",
        "CDRAM", "3DRAM", "SDRAM", "SGRAM", "RDRAM", "DDR", "DDR2", "DDR2 FB-DIMM", "Reserved", "Reserved",
        "Reserved", "DDR3", "FBD2", "DDR4", "LPDDR", "LPDDR2", "LPDDR3", "LPDDR4", "Logical non-volatile device",
        "HBM", "HBM2", "DDR5", "LPDDR5", "HBM3",
    ]

    private static let formFactors = [
        "Other", "Unknown", "SIMM", "SIP", "Chip", "DIP", "ZIP", "Proprietary Card", "DIMM", "TSOP",
        "Row Of Chips", "RIMM", "SODIMM", "SRIMM", "FB-DIMM", "Die", "CAMM",
    ]
}
