/// Splits a raw structure table into structures, following dmidecode's `dmi_table_decode`.
///
/// Termination is guaranteed whatever the bytes say: each step moves forward by at least the 4-byte
/// header plus the 2-byte string terminator, the walk stops at the end of the data, at the announced
/// structure count, and at a hard ceiling on the number of structures.
enum SMBIOSTableWalker {
    /// No real table has more than a few hundred structures; a table that claims more is hostile.
    static let structureCeiling = 4096

    static func structures(
        in table: [UInt8],
        entryPoint: SMBIOSEntryPoint?,
        warnings: inout WarningLog
    ) -> [SMBIOSStructure] {
        let expectedCount = entryPoint?.structureCount
        let stopsAtEndOfTable = entryPoint?.kind == .smbios3 || entryPoint == nil
        var structures: [SMBIOSStructure] = []
        var offset = 0

        while offset + 4 <= table.count {
            if let expectedCount, structures.count >= expectedCount { break }
            guard structures.count < structureCeiling else {
                warnings.add(.smbios, "probe.warning.smbios.tooManyStructures", String(structureCeiling))
                break
            }
            let type = table[offset]
            let length = Int(table[offset + 1])
            let handle = UInt16(table[offset + 2]) | UInt16(table[offset + 3]) << 8

            // A length under 4 cannot even hold the header: dmidecode stops here ("DMI table is broken").
            guard length >= 4 else {
                warnings.add(.smbios, "probe.warning.smbios.brokenStructure", String(type), SMBIOSStructure.hex(handle), String(offset))
                break
            }
            guard offset + length <= table.count else {
                warnings.add(.smbios, "probe.warning.smbios.truncatedStructure", String(type), SMBIOSStructure.hex(handle))
                break
            }

            // The string set ends with two NULs; find them without running past the table.
            var terminator = offset + length
            while terminator + 1 < table.count && (table[terminator] != 0 || table[terminator + 1] != 0) {
                terminator += 1
            }
            guard terminator + 1 < table.count else {
                warnings.add(.smbios, "probe.warning.smbios.unterminatedStrings", String(type), SMBIOSStructure.hex(handle))
                break
            }

            structures.append(SMBIOSStructure(
                type: type,
                handle: handle,
                formatted: Array(table[offset..<(offset + length)]),
                strings: stringSet(table[(offset + length)..<terminator])
            ))
            offset = terminator + 2

            if type == 127 && stopsAtEndOfTable { break }
        }

        if let expectedCount, structures.count < expectedCount, !warnings.contains(key: "probe.warning.smbios.brokenStructure") {
            warnings.add(.smbios, "probe.warning.smbios.fewerStructures", String(structures.count), String(expectedCount))
        }
        return structures
    }

    /// The NUL-separated strings that follow a formatted area ("" for a structure with none).
    private static func stringSet(_ bytes: ArraySlice<UInt8>) -> [[UInt8]] {
        guard !bytes.isEmpty else { return [] }
        return bytes.split(separator: 0, omittingEmptySubsequences: false).map(Array.init)
    }
}
