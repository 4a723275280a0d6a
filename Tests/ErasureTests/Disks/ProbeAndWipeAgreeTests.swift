@testable import Diagnostics
@testable import Erasure
import Foundation
import HostSystem
import Testing

/// The probe (Diagnostics' BlockDeviceReader) and the wipe (DiskInventory) read /sys/block through the same
/// HostSystem reader: on one fixture tree they see the same disks, the same sizes, names and transports.
@Suite struct ProbeAndWipeAgreeTests {
    /// Where each disk's /sys/block link leads, as the kernel lays it out.
    static let disks: [(name: String, path: String, model: String, serial: String, rotational: Bool)] = [
        ("sda", "devices/pci0000:00/0000:00:17.0/ata1/host0/target0:0:0/0:0:0:0/block/sda", "Samsung SSD 850 EVO 250GB", "S2R5NX0H612345W", false),
        ("sdb", "devices/pci0000:00/0000:00:14.0/usb2/2-1/2-1:1.0/host6/target6:0:0/6:0:0:0/block/sdb", "DataTraveler 3.0", "E0D55EA573F5", false),
        ("sdc", "devices/pci0000:00/0000:00:01.0/0000:01:00.0/host7/port-7:0/end_device-7:0/target7:0:0/7:0:0:0/block/sdc", "ST4000NM0023", "Z1Z8ABCD", true),
        ("sdd", "devices/pci0000:00/0000:00:10.0/host2/target2:0:0/2:0:0:0/block/sdd", "PERC H730 Virtual Disk", "00d1c4b2", true),
        ("nvme0n1", "devices/pci0000:00/0000:00:1d.0/0000:3d:00.0/nvme/nvme0/nvme0n1", "SAMSUNG MZVLW512HMJP-000L7", "S35ENX0J123456", false),
        ("vda", "devices/pci0000:00/0000:00:04.0/virtio2/block/vda", "QEMU disk", "fixture-vda", true),
    ]

    func machine() throws -> SysfsTree {
        let tree = try SysfsTree()
        for (index, disk) in Self.disks.enumerated() {
            try tree.link("sys/block/" + disk.name, to: "../" + disk.path)
            try tree.link("sys/class/block/" + disk.name, to: "../../" + disk.path)
            try tree.write("sys/\(disk.path)/dev", "8:\(index * 16)\n")
            try tree.write("sys/\(disk.path)/size", "\(2_000_000 * (index + 1))\n")
            try tree.write("sys/\(disk.path)/queue/rotational", disk.rotational ? "1\n" : "0\n")
            try tree.write("sys/\(disk.path)/queue/logical_block_size", "512\n")
            try tree.write("sys/\(disk.path)/queue/physical_block_size", "4096\n")
            try tree.write("sys/\(disk.path)/removable", disk.name == "sdb" ? "1\n" : "0\n")
            try tree.write("sys/\(disk.path)/ro", "0\n")
            try tree.write("sys/\(disk.path)/device/model", disk.model + "\n")
            try tree.write("sys/\(disk.path)/device/serial", disk.serial + "\n")
            try tree.write("sys/\(disk.path)/device/rev", "1.0\n")
        }
        try tree.write("sys/devices/virtual/block/loop0/dev", "7:0\n")
        try tree.write("sys/devices/virtual/block/loop0/size", "2048\n")
        try tree.link("sys/block/loop0", to: "../devices/virtual/block/loop0")
        try tree.addHolder("dm-0", number: "253:0", on: "sda")
        try tree.write("sys/block/sr0/device/type", "5\n")
        try tree.write("sys/block/sr0/size", "2097151\n")
        return tree
    }

    @Test func theProbeAndTheWipeSeeTheSameDisks() throws {
        let tree = try machine()
        var warnings = WarningLog()
        let probed = BlockDeviceReader(root: tree.systemRoot).read(warnings: &warnings)
        let listed = DiskInventory(root: tree.systemRoot).disks()

        // The wipe lists the loop device too (a file it can erase); the probe reports hardware only.
        #expect(listed.map(\.name) == ["loop0", "nvme0n1", "sda", "sdb", "sdc", "sdd", "vda"])
        #expect(probed.map(\.name) == listed.map(\.name).filter { $0 != "loop0" })
        #expect(listed.first?.transport == .loop)
        #expect(warnings.contains(key: "probe.warning.storage.opticalSkipped"))

        for device in probed {
            let disk = try #require(listed.first { $0.name == device.name })
            #expect(device.sizeBytes == disk.sizeBytes, "\(device.name)")
            #expect(device.model == disk.identity.model, "\(device.name)")
            #expect(device.serialNumber == disk.identity.serial, "\(device.name)")
            #expect(device.firmwareVersion == disk.identity.firmware, "\(device.name)")
            #expect(device.logicalSectorSize == disk.logicalSectorSize, "\(device.name)")
            #expect(device.physicalSectorSize == disk.physicalSectorSize, "\(device.name)")
            #expect(device.removable == disk.removable, "\(device.name)")
            #expect(device.transport == disk.transport.inHardwareReport, "\(device.name)")
        }
        let transports = Dictionary(uniqueKeysWithValues: listed.map { ($0.name, $0.transport) })
        #expect(transports == ["loop0": .loop, "nvme0n1": .nvme, "sda": .sata, "sdb": .usb, "sdc": .sas, "sdd": .scsi, "vda": .virtio])
        // Each document keeps its words: the report has no "sas", the certificate no "scsi".
        #expect(probed.first { $0.name == "sdc" }?.transport == .scsi)
        #expect(listed.first { $0.name == "sdd" }?.transport.certificateName == "other")
        #expect(listed.first { $0.name == "sdd" }?.mediaType == .hdd)
    }
}
