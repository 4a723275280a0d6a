import Testing
@testable import Diagnostics

@Suite("Graphics")
struct GraphicsReaderTests {
    @Test("the laptop fixture: the Intel GPU named from pci.ids; the Ethernet controller is not graphics")
    func laptop() throws {
        var warnings = WarningLog()
        let adapters = GraphicsReader(root: SystemRoot(path: TestPaths.laptop)).read(warnings: &warnings)
        #expect(adapters.count == 1)
        let gpu = try #require(adapters.first)
        #expect(gpu.address == "0000:00:02.0")
        #expect(gpu.vendorID == "8086")
        #expect(gpu.deviceID == "5916")
        #expect(gpu.subsystemVendorID == "17aa")
        #expect(gpu.vendorName == "Intel Corporation")
        #expect(gpu.deviceName == "HD Graphics 620")
        #expect(gpu.driver == "i915")
        #expect(gpu.bootDisplay == true)
        #expect(warnings.warnings.isEmpty)
    }

    @Test("pci.ids lookup: subsystem lines and the class section are not mistaken for devices")
    func database() {
        let text = "# comment\n1002  Advanced Micro Devices, Inc. [AMD/ATI]\n\t6779  Caicos [Radeon HD 6450]\n\t\t1028 2120  Radeon HD 6450\n"
            + "8086  Intel Corporation\n\t0046  Core Processor Integrated Graphics Controller\nC 03  Display controller\n\t0046  not a device\n"
        let database = PCIIDDatabase(bytes: Array(text.utf8))
        let keys: Set<PCIIDDatabase.Key> = [.init(vendor: 0x1002, device: 0x6779), .init(vendor: 0x8086, device: 0x0046), .init(vendor: 0x1028, device: 0x2120)]
        let names = database.names(for: keys)
        #expect(names[.init(vendor: 0x1002, device: 0x6779)]?.device == "Caicos [Radeon HD 6450]")
        #expect(names[.init(vendor: 0x8086, device: 0x0046)]?.device == "Core Processor Integrated Graphics Controller")
        #expect(names[.init(vendor: 0x1028, device: 0x2120)] == nil)
        #expect(PCIIDDatabase(bytes: [0xFF, 0x09, 0x09, 0x0A]).names(for: keys).isEmpty)
    }

    @Test("the system's pci.ids names a real adapter, read in place; the scan that stops after the last vendor asked for finds what the whole file gives", .enabled(if: PCIIDDatabase.load(root: .live) != nil, "no pci.ids on this machine (apt-get install pci.ids)"))
    func systemDatabase() throws {
        let names = try #require(PCIIDDatabase.names(for: [.init(vendor: 0x8086, device: 0x5916)], root: .live))
        #expect(names[.init(vendor: 0x8086, device: 0x5916)]?.vendor == "Intel Corporation")
        #expect(names[.init(vendor: 0x8086, device: 0x5916)]?.device?.contains("620") == true)

        // AMD, NVIDIA, QEMU's Bochs display and virtio GPU, Intel, and a vendor listed last: each alone and all at once.
        let keys: [PCIIDDatabase.Key] = [.init(vendor: 0x1002, device: 0x6779), .init(vendor: 0x10de, device: 0x1c82),
                                         .init(vendor: 0x1234, device: 0x1111), .init(vendor: 0x1af4, device: 0x1050),
                                         .init(vendor: 0x8086, device: 0x3e9b), .init(vendor: 0xffff, device: 0x0001)]
        let whole = try #require(PCIIDDatabase.load(root: .live)).names(for: Set(keys))
        #expect(try #require(PCIIDDatabase.names(for: Set(keys), root: .live)) == whole)
        for key in keys {
            #expect(PCIIDDatabase.names(for: [key], root: .live)?[key] == whole[key])
        }
        #expect(whole[.init(vendor: 0x10de, device: 0x1c82)]?.vendor?.contains("NVIDIA") == true)
    }
}
