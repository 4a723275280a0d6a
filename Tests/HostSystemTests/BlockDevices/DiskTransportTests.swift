import HostSystem
import Testing

@Suite("Disk transports")
struct DiskTransportTests {
    @Test("transport from the device path")
    func transports() {
        #expect(DiskTransport.classify(name: "sda", devicePath: "/sys/devices/pci0000:00/0000:00:14.0/usb2/2-1/2-1:1.0/host1/target1:0:0/1:0:0:0/block/sda") == .usb)
        #expect(DiskTransport.classify(name: "sda", devicePath: "/sys/devices/pci0000:00/0000:00:1f.2/ata1/host0/target0:0:0/0:0:0:0/block/sda") == .sata)
        #expect(DiskTransport.classify(name: "vda", devicePath: "/sys/devices/pci0000:00/0000:00:02.0/virtio1/block/vda") == .virtio)
        #expect(DiskTransport.classify(name: "sdb", devicePath: "/sys/devices/pci0000:00/0000:00:10.0/host2/target2:0:0/2:0:0:0/block/sdb") == .scsi)
        #expect(DiskTransport.classify(name: "xyz0", devicePath: nil) == .unknown)
    }

    @Test("the wipe's cases: SAS behind an expander or an HBA port, loop devices, NVMe and cards by name")
    func wipeCases() {
        let expander = "/sys/devices/pci0000:00/0000:00:01.0/0000:01:00.0/host0/port-0:0/expander-0:0/port-0:0:4/end_device-0:0:4/target0:0:4/0:0:4:0/block/sdc"
        #expect(DiskTransport.classify(name: "sdc", devicePath: expander) == .sas)
        #expect(DiskTransport.classify(name: "loop3", devicePath: "/sys/devices/virtual/block/loop3") == .loop)
        #expect(DiskTransport.classify(name: "nvme0n1", devicePath: nil) == .nvme)
        #expect(DiskTransport.classify(name: "mmcblk0", devicePath: nil) == .mmc)
        #expect(DiskTransport.classify(name: "nvme1n1", devicePath: "/sys/devices/pci0000:00/0000:00:1d.0/0000:3d:00.0/nvme/nvme1/nvme1n1") == .nvme)
        #expect(DiskTransport.classify(name: "mmcblk1", devicePath: "/sys/devices/pci0000:00/0000:00:1e.6/mmc_host/mmc1/mmc1:aaaa/block/mmcblk1") == .mmc)
        // A USB-to-SATA enclosure goes through SCSI too: USB wins, the disk is removed rather than wiped in place.
        #expect(DiskTransport.classify(name: "sdd", devicePath: "/sys/devices/pci0000:00/0000:00:14.0/usb2/2-2/2-2:1.0/host6/target6:0:0/6:0:0:0/block/sdd") == .usb)
    }
}
