/// Builds SMBIOS structures, tables, entry points and dumps byte by byte, for tests that need exact
/// control over lengths, strings and checksums (the committed fixture tree covers the ordinary case).
enum SMBIOSBuilder {
    static func structure(type: UInt8, handle: UInt16, formatted: [UInt8], strings: [String] = []) -> [UInt8] {
        var bytes: [UInt8] = [type, UInt8(4 + formatted.count), UInt8(handle & 0xFF), UInt8(handle >> 8)] + formatted
        if strings.isEmpty {
            bytes += [0, 0]
        } else {
            for string in strings { bytes += Array(string.utf8) + [0] }
            bytes += [0]
        }
        return bytes
    }

    static func word(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    static func doubleWord(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) } }
    static func quadWord(_ value: UInt64) -> [UInt8] { (0..<8).map { UInt8((value >> (8 * UInt64($0))) & 0xFF) } }

    static let endOfTable = structure(type: 127, handle: 0xFFFF, formatted: [])

    /// A `_SM_` entry point (SMBIOS 2.x) as `dmidecode --dump-bin` writes it: table address 32.
    static func smbios2EntryPoint(major: UInt8, minor: UInt8, tableLength: Int, count: Int, address: UInt32 = 32) -> [UInt8] {
        var intermediate: [UInt8] = Array("_DMI_".utf8) + [0] + word(UInt16(tableLength)) + doubleWord(address) + word(UInt16(count)) + [major << 4 | minor]
        intermediate[5] = checksum(intermediate)
        var entry: [UInt8] = Array("_SM_".utf8) + [0, 0x1F, major, minor] + word(0x100) + [0] + [0, 0, 0, 0, 0] + intermediate
        entry[4] = checksum(entry)
        return entry
    }

    static func smbios3EntryPoint(major: UInt8, minor: UInt8, maximumLength: Int, address: UInt64 = 32) -> [UInt8] {
        var entry: [UInt8] = Array("_SM3_".utf8) + [0, 0x18, major, minor, 0, 1, 0] + doubleWord(UInt32(maximumLength)) + quadWord(address)
        entry[5] = checksum(entry)
        return entry
    }

    static func legacyEntryPoint(bcdRevision: UInt8, tableLength: Int, count: Int, address: UInt32 = 32) -> [UInt8] {
        var entry: [UInt8] = Array("_DMI_".utf8) + [0] + word(UInt16(tableLength)) + doubleWord(address) + word(UInt16(count)) + [bcdRevision]
        entry[5] = checksum(entry)
        return entry
    }

    /// Entry point padded to 32 bytes, then the table: the `--dump-bin` layout.
    static func dump(entryPoint: [UInt8], table: [UInt8]) -> [UInt8] {
        entryPoint + [UInt8](repeating: 0, count: max(0, 32 - entryPoint.count)) + table
    }

    static func smbios2Dump(_ structures: [[UInt8]], major: UInt8 = 2, minor: UInt8 = 8) -> [UInt8] {
        let table = structures.flatMap { $0 }
        return dump(entryPoint: smbios2EntryPoint(major: major, minor: minor, tableLength: table.count, count: structures.count), table: table)
    }

    private static func checksum(_ bytes: [UInt8]) -> UInt8 {
        var sum: UInt8 = 0
        for byte in bytes { sum &+= byte }
        return 0 &- sum
    }

    // MARK: Typical structures

    static func system(manufacturer: String, product: String, version: String, serial: String, uuid: [UInt8] = Array(0..<16)) -> [UInt8] {
        structure(type: 1, handle: 0x0100, formatted: [1, 2, 3, 4] + uuid + [6, 0, 0], strings: [manufacturer, product, version, serial])
    }

    static func chassis(type code: UInt8) -> [UInt8] {
        structure(type: 3, handle: 0x0300, formatted: [1, code, 0, 0, 0], strings: ["Maker"])
    }

    /// A type 17 structure of the given length (0x15 … 0x5C) with every field we read set.
    static func memoryDevice(handle: UInt16 = 0x1100, length: Int, sizeCode: UInt16, extendedSize: UInt32 = 0,
                             speed: UInt16 = 0, extendedSpeed: UInt32 = 0, type: UInt8 = 0x1A) -> [UInt8] {
        var formatted = [UInt8](repeating: 0, count: 0x5C - 4)
        func put(_ bytes: [UInt8], at offset: Int) {
            for (index, byte) in bytes.enumerated() { formatted[offset - 4 + index] = byte }
        }
        put(word(0x1000), at: 0x04)
        put(word(sizeCode), at: 0x0C)
        put([0x09], at: 0x0E)
        put([1, 2], at: 0x10)
        put([type], at: 0x12)
        put(word(speed), at: 0x15)
        put([3, 4, 0, 5], at: 0x17)
        put(doubleWord(extendedSize), at: 0x1C)
        put(word(speed), at: 0x20)
        put(doubleWord(extendedSpeed), at: 0x54)
        put(doubleWord(extendedSpeed), at: 0x58)
        let strings = ["DIMM A1", "BANK 0", "Kingston", "1234ABCD", "KVR16N11/8"]
        return structure(type: 17, handle: handle, formatted: Array(formatted.prefix(length - 4)), strings: length >= 0x1B ? strings : Array(strings.prefix(2)))
    }
}
