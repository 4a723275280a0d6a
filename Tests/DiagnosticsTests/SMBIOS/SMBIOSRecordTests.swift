import Testing
@testable import Diagnostics

@Suite("SMBIOS structure decoding, gated by length")
struct SMBIOSRecordTests {
    private func inventory(_ structures: [[UInt8]], major: UInt8 = 2, minor: UInt8 = 8) throws -> (SMBIOSInventory, WarningLog) {
        var warnings = WarningLog()
        let dump = SMBIOSBuilder.smbios2Dump(structures, major: major, minor: minor)
        let table = try SMBIOSTableSource.dumpBytes(dump, name: "test").load(warnings: &warnings).get()
        return (SMBIOSInventory(table: table, warnings: &warnings), warnings)
    }

    @Test("type 17 size: MiB, KiB (bit 15), empty, unknown, and the extended size only from length 0x20")
    func memorySizes() throws {
        #expect(MemoryDeviceRecord.size(code: 0, extended: nil) == .empty)
        #expect(MemoryDeviceRecord.size(code: 0xFFFF, extended: nil) == .unknown)
        #expect(MemoryDeviceRecord.size(code: 2048, extended: nil) == .bytes(2048 << 20))
        #expect(MemoryDeviceRecord.size(code: 0x8000 | 512, extended: nil) == .bytes(512 << 10))
        #expect(MemoryDeviceRecord.size(code: 0x7FFF, extended: 65_536) == .bytes(65_536 << 20))
        #expect(MemoryDeviceRecord.size(code: 0x7FFF, extended: nil) == .unknown)

        // 64 GiB in the extended field, read because the structure is 0x22 long…
        let (long, _) = try inventory([SMBIOSBuilder.memoryDevice(length: 0x22, sizeCode: 0x7FFF, extendedSize: 65_536, speed: 2400)])
        #expect(long.memoryDevices.first?.size == .bytes(64 << 30))
        #expect(long.memoryDevices.first?.speedMTs == 2400)
        #expect(long.memoryDevices.first?.configuredSpeedMTs == 2400)
        #expect(long.memoryDevices.first?.manufacturer == "Kingston")
        #expect(long.memoryDevices.first?.partNumber == "KVR16N11/8")
        // …whatever version the table announces (lshw gates on version ≥ 2.7 and gets this wrong).
        let (oldVersion, _) = try inventory([SMBIOSBuilder.memoryDevice(length: 0x22, sizeCode: 0x7FFF, extendedSize: 65_536)], major: 2, minor: 6)
        #expect(oldVersion.memoryDevices.first?.size == .bytes(64 << 30))
    }

    @Test("type 17 speed: 0xFFFF means the extended DWORD, present only from length 0x5C")
    func memorySpeeds() throws {
        let (extended, _) = try inventory([SMBIOSBuilder.memoryDevice(length: 0x5C, sizeCode: 16384, speed: 0xFFFF, extendedSpeed: 70_000, type: 0x22)])
        #expect(extended.memoryDevices.first?.speedMTs == 70_000)
        #expect(extended.memoryDevices.first?.configuredSpeedMTs == 70_000)
        #expect(MemoryDeviceNames.memoryType(extended.memoryDevices.first?.memoryType) == "DDR5")
        let (short, _) = try inventory([SMBIOSBuilder.memoryDevice(length: 0x28, sizeCode: 16384, speed: 0xFFFF, extendedSpeed: 70_000)])
        #expect(short.memoryDevices.first?.speedMTs == nil)
        let (minimal, _) = try inventory([SMBIOSBuilder.memoryDevice(length: 0x15, sizeCode: 1024, speed: 800)])
        #expect(minimal.memoryDevices.first?.speedMTs == nil)
        #expect(minimal.memoryDevices.first?.manufacturer == nil)
        #expect(minimal.memoryDevices.first?.locator == "DIMM A1")
    }

    @Test("a structure shorter than its type's minimum is skipped with a warning")
    func tooShort() throws {
        let (result, warnings) = try inventory([SMBIOSBuilder.structure(type: 17, handle: 0x11, formatted: [0, 0, 0, 0])])
        #expect(result.memoryDevices.isEmpty)
        #expect(warnings.contains(key: "probe.warning.smbios.undecodableStructure"))
    }

    @Test("type 1 UUID: little-endian first fields from 2.6, network order before; all-FF and all-00 are not UUIDs")
    func uuid() {
        let bytes: [UInt8] = [0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xAA, 0xBB, 0xCC, 0xDD, 0xEE, 0xFF]
        #expect(SMBIOSUUID(bytes: bytes, version: .init(major: 2, minor: 6))?.value == .uuid("33221100-5544-7766-8899-aabbccddeeff"))
        #expect(SMBIOSUUID(bytes: bytes, version: .init(major: 2, minor: 5))?.value == .uuid("00112233-4455-6677-8899-aabbccddeeff"))
        #expect(SMBIOSUUID(bytes: [UInt8](repeating: 0xFF, count: 16), version: .init(major: 3, minor: 0))?.value == .notPresent)
        #expect(SMBIOSUUID(bytes: [UInt8](repeating: 0, count: 16), version: .init(major: 3, minor: 0))?.value == .notSettable)
    }

    @Test("type 3: the lock bit is masked off the type, and the SKU offset follows the contained elements")
    func chassis() throws {
        let elements: [UInt8] = [0x01, 0x02, 0x03, 0x04, 0x05, 0x06]
        var formatted: [UInt8] = [1, 0x80 | 0x0A, 0, 2, 0, 3, 3, 3, 2] + SMBIOSBuilder.doubleWord(0) + [0, 0, 2, 3] + elements
        formatted += [3]
        let (result, _) = try inventory([SMBIOSBuilder.structure(type: 3, handle: 3, formatted: formatted, strings: ["Dell Inc.", "CN12345", "Latitude SKU"])])
        let chassis = result.chassis.first
        #expect(chassis?.chassisType == ChassisType(code: 0x0A))
        #expect(chassis?.isLocked == true)
        #expect(chassis?.serialNumber == "CN12345")
        #expect(chassis?.sku == "Latitude SKU")
    }

    @Test("type 4: core and thread counts, with 0xFF pointing to the 16-bit fields")
    func processor() throws {
        var formatted = [UInt8](repeating: 0, count: 0x30 - 4)
        formatted[0x04 - 4] = 1
        formatted[0x10 - 4] = 2
        formatted[0x14 - 4] = 0xB8; formatted[0x15 - 4] = 0x0B // 3000 MHz
        formatted[0x18 - 4] = 0x41
        formatted[0x23 - 4] = 0xFF; formatted[0x2A - 4] = 0x00; formatted[0x2B - 4] = 0x01 // 256 cores
        formatted[0x25 - 4] = 8
        let (result, _) = try inventory([SMBIOSBuilder.structure(type: 4, handle: 4, formatted: formatted, strings: ["CPU0", "Big CPU"])])
        let cpu = result.processors.first
        #expect(cpu?.version == "Big CPU")
        #expect(cpu?.maxSpeedMHz == 3000)
        #expect(cpu?.isPopulated == true)
        #expect(cpu?.coreCount == 256)
        #expect(cpu?.threadCount == 8)
    }

    @Test("type 16 and 19: extended capacity and addresses in bytes")
    func arraysAndRanges() throws {
        let array = SMBIOSBuilder.structure(type: 16, handle: 0x1000, formatted: [3, 3, 3] + SMBIOSBuilder.doubleWord(0x8000_0000)
            + SMBIOSBuilder.word(0xFFFE) + SMBIOSBuilder.word(4) + SMBIOSBuilder.quadWord(1 << 40))
        let range = SMBIOSBuilder.structure(type: 19, handle: 0x1300, formatted: SMBIOSBuilder.doubleWord(0xFFFF_FFFF) + SMBIOSBuilder.doubleWord(0xFFFF_FFFF)
            + SMBIOSBuilder.word(0x1000) + [1] + SMBIOSBuilder.quadWord(0) + SMBIOSBuilder.quadWord((8 << 30) - 1))
        let (result, _) = try inventory([array, range])
        #expect(result.memoryArrays.first?.maximumCapacityBytes == 1 << 40)
        #expect(result.memoryArrays.first?.numberOfDevices == 4)
        #expect(result.mappedAddresses.first?.sizeBytes == 8 << 30)
    }

    @Test("type 22: capacity times multiplier; SBDS chemistry string when the code says unknown")
    func portableBattery() throws {
        let formatted: [UInt8] = [1, 2, 0, 0, 3, 0x02] + SMBIOSBuilder.word(4400) + SMBIOSBuilder.word(10800) + [4, 0xFF]
            + SMBIOSBuilder.word(0x10) + SMBIOSBuilder.word(0x4A21) + [5, 10] + SMBIOSBuilder.doubleWord(0)
        let (result, _) = try inventory([SMBIOSBuilder.structure(type: 22, handle: 0x16, formatted: formatted, strings: ["Rear", "Sanyo", "45N1001", "1.0", "LION"])])
        let battery = result.portableBatteries.first
        #expect(battery?.designCapacityMilliwattHours == 44_000)
        #expect(battery?.designVoltageMillivolts == 10_800)
        #expect(battery?.chemistry == "LION")
        #expect(battery?.manufacturer == "Sanyo")
    }

    @Test("chassis codes map to workshop categories by number")
    func chassisCategories() {
        #expect(ChassisType(code: 0x0A).category == .laptop)
        #expect(ChassisType(code: 0x0E).category == .laptop)
        #expect(ChassisType(code: 0x0D).category == .allInOne)
        #expect(ChassisType(code: 0x06).category == .desktop)
        #expect(ChassisType(code: 0x23).category == .desktop)
        #expect(ChassisType(code: 0x1E).category == .tablet)
        #expect(ChassisType(code: 0x01).category == nil)
        #expect(ChassisType(code: 0x02).category == nil)
        #expect(ChassisType(code: 0x40).name == "<OUT OF SPEC>")
        #expect(ChassisType(code: 0x0D).name == "All In One")
    }
}
