import HostSystem

/// Finds display controllers (PCI base class 0x03: VGA, XGA, 3D and other display controllers) in
/// `/sys/bus/pci/devices`, and names them from pci.ids when the probed system has the file.
public struct GraphicsReader: Sendable {
    public let root: SystemRoot

    static let directory = "sys/bus/pci/devices"

    public init(root: SystemRoot) {
        self.root = root
    }

    public func read(warnings: inout WarningLog) -> [GraphicsAdapter] {
        var adapters: [GraphicsAdapter] = []
        for address in root.entries(Self.directory) {
            let path = Self.directory + "/" + address
            guard let pciClass = root.hexadecimal(path + "/class"), pciClass >> 16 == 0x03,
                  let vendor = root.hexadecimal(path + "/vendor"), let device = root.hexadecimal(path + "/device")
            else { continue }
            var adapter = GraphicsAdapter(address: address, vendorID: Self.hex(vendor), deviceID: Self.hex(device))
            adapter.subsystemVendorID = root.hexadecimal(path + "/subsystem_vendor").map(Self.hex)
            adapter.subsystemDeviceID = root.hexadecimal(path + "/subsystem_device").map(Self.hex)
            adapter.driver = root.linkTarget(path + "/driver").flatMap { $0.split(separator: "/").last.map(String.init) }
            adapter.bootDisplay = root.integer(path + "/boot_vga").map { $0 == 1 }
            adapters.append(adapter)
        }
        if adapters.isEmpty {
            warnings.add(.graphics, "probe.warning.graphics.none")
            return adapters
        }
        nameAdapters(&adapters, warnings: &warnings)
        return adapters
    }

    private func nameAdapters(_ adapters: inout [GraphicsAdapter], warnings: inout WarningLog) {
        let keys = adapters.compactMap { adapter -> PCIIDDatabase.Key? in
            guard let vendor = UInt16(adapter.vendorID, radix: 16), let device = UInt16(adapter.deviceID, radix: 16) else { return nil }
            return PCIIDDatabase.Key(vendor: vendor, device: device)
        }
        guard let names = PCIIDDatabase.names(for: Set(keys), root: root) else {
            warnings.add(.graphics, "probe.warning.graphics.noPCIIDs")
            return
        }
        for index in adapters.indices {
            guard let vendor = UInt16(adapters[index].vendorID, radix: 16), let device = UInt16(adapters[index].deviceID, radix: 16),
                  let found = names[PCIIDDatabase.Key(vendor: vendor, device: device)]
            else { continue }
            adapters[index].vendorName = found.vendor
            adapters[index].deviceName = found.device
        }
    }

    /// Four lowercase hex digits, as lspci prints IDs.
    static func hex(_ value: UInt32) -> String {
        let digits = String(value & 0xFFFF, radix: 16)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
