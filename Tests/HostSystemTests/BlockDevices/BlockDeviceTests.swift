import HostSystem
import Testing

/// /sys/block as the kernel lays it out: each entry a link into /sys/devices through its controller.
@Suite("Block devices in /sys/block")
struct BlockDeviceTests {
    static let ataPath = "devices/pci0000:00/0000:00:17.0/ata1/host0/target0:0:0/0:0:0:0/block/sda"
    static let nvmePath = "devices/pci0000:00/0000:00:1d.0/0000:3d:00.0/nvme/nvme0/nvme0n1"

    func machine() throws -> FixtureTree {
        let tree = try FixtureTree()
        try tree.link("sys/block/sda", to: "../" + Self.ataPath)
        try tree.link("sys/" + Self.ataPath + "/device", to: "../../../0:0:0:0")
        try tree.write("sys/" + Self.ataPath + "/size", "500118192\n")
        try tree.write("sys/devices/pci0000:00/0000:00:17.0/ata1/host0/target0:0:0/0:0:0:0/model", "Samsung SSD 850 EVO 250GB\n")
        try tree.write("sys/devices/pci0000:00/0000:00:17.0/ata1/host0/target0:0:0/0:0:0:0/vendor", "ATA     \n")
        try tree.write("sys/devices/pci0000:00/0000:00:17.0/ata1/host0/target0:0:0/0:0:0:0/rev", "2B6Q\n")
        try tree.write("sys/devices/pci0000:00/0000:00:17.0/ata1/host0/target0:0:0/0:0:0:0/type", "0\n")
        try tree.write("sys/devices/pci0000:00/0000:00:17.0/ata1/host0/target0:0:0/0:0:0:0/vpd_pg80",
                       bytes: [0x00, 0x80, 0x00, 0x14] + Array("     S2R5NX0H612345W".utf8))
        try tree.write("sys/" + Self.ataPath + "/queue/rotational", "0\n")
        try tree.write("sys/" + Self.ataPath + "/queue/logical_block_size", "512\n")
        try tree.write("sys/" + Self.ataPath + "/queue/physical_block_size", "4096\n")
        try tree.write("sys/" + Self.ataPath + "/removable", "0\n")
        try tree.write("sys/" + Self.ataPath + "/ro", "0\n")
        try tree.write("sys/" + Self.ataPath + "/sda1/partition", "1\n")
        try tree.write("sys/" + Self.ataPath + "/sda2/partition", "2\n")
        try tree.folder("sys/" + Self.ataPath + "/queue/iosched")

        try tree.link("sys/block/nvme0n1", to: "../" + Self.nvmePath)
        try tree.link("sys/" + Self.nvmePath + "/device", to: "../../nvme0")
        try tree.write("sys/" + Self.nvmePath + "/size", "1000215216\n")
        try tree.write("sys/" + Self.nvmePath + "/wwid", "eui.0025388b91b1c5e2\n")
        try tree.write("sys/devices/pci0000:00/0000:00:1d.0/0000:3d:00.0/nvme/nvme0/serial", "S35ENX0J123456      \n")
        try tree.write("sys/devices/pci0000:00/0000:00:1d.0/0000:3d:00.0/nvme/nvme0/firmware_rev", "6L7QCXY7\n")

        try tree.link("sys/block/loop0", to: "../devices/virtual/block/loop0")
        try tree.write("sys/devices/virtual/block/loop0/size", "2048\n")
        try tree.link("sys/block/dm-0", to: "../devices/virtual/block/dm-0")
        try tree.write("sys/devices/virtual/block/dm-0/size", "2048\n")
        try tree.link("sys/block/mmcblk0boot0", to: "../devices/platform/mmc_host/mmc0/mmc0:0001/block/mmcblk0/mmcblk0boot0")
        try tree.folder("sys/devices/platform/mmc_host/mmc0/mmc0:0001/block/mmcblk0/mmcblk0boot0/device")
        try tree.link("sys/block/sr0", to: "../devices/pci0000:00/0000:00:17.0/ata2/host1/target1:0:0/1:0:0:0/block/sr0")
        try tree.link("sys/block/sdb", to: "../devices/pci0000:00/0000:00:17.0/ata3/host2/target2:0:0/2:0:0:0/block/sdb")
        try tree.link("sys/devices/pci0000:00/0000:00:17.0/ata3/host2/target2:0:0/2:0:0:0/block/sdb/device", to: "../../../2:0:0:0")
        try tree.write("sys/devices/pci0000:00/0000:00:17.0/ata3/host2/target2:0:0/2:0:0:0/type", "5\n")
        try tree.link("sys/block/zram0", to: "../devices/virtual/block/zram0")
        return tree
    }

    @Test("names in counting order, and what each one is")
    func kinds() throws {
        let tree = try machine()
        let root = SystemRoot(path: tree.path)
        let names = BlockDevice.names(root: root)
        #expect(names == ["dm-0", "loop0", "mmcblk0boot0", "nvme0n1", "sda", "sdb", "sr0", "zram0"])
        let kinds = Dictionary(uniqueKeysWithValues: names.map { ($0, BlockDeviceKind.of($0, root: root)) })
        #expect(kinds == ["dm-0": .virtual, "loop0": .loop, "mmcblk0boot0": .virtual, "nvme0n1": .disk, "sda": .disk,
                          "sdb": .optical, "sr0": .optical, "zram0": .virtual])
    }

    @Test("a SATA disk's attributes, its serial from VPD page 0x80, its partitions")
    func sata() throws {
        let tree = try machine()
        let root = SystemRoot(path: tree.path)
        let sda = try #require(BlockDevice(name: "sda", root: root))
        #expect(sda.transport == .sata)
        #expect(sda.sizeBytes == 500_118_192 * 512)
        #expect(sda.model == "Samsung SSD 850 EVO 250GB")
        #expect(sda.vendor == "ATA")  // as sysfs says it: each reader decides whether to show it
        #expect(sda.serial == "S2R5NX0H612345W")
        #expect(sda.firmware == "2B6Q")
        #expect(sda.wwid == nil)
        #expect(sda.logicalSectorSize == 512)
        #expect(sda.physicalSectorSize == 4096)
        #expect(sda.rotational == false)
        #expect(!sda.removable && !sda.readOnly)
        #expect(BlockDevice.partitions(of: "sda", root: root) == ["sda1", "sda2"])
    }

    @Test("an NVMe namespace: serial and firmware from its controller, no rotation file")
    func nvme() throws {
        let tree = try machine()
        let nvme = try #require(BlockDevice(name: "nvme0n1", root: SystemRoot(path: tree.path)))
        #expect(nvme.transport == .nvme)
        #expect(nvme.serial == "S35ENX0J123456")
        #expect(nvme.firmware == "6L7QCXY7")
        #expect(nvme.wwid == "eui.0025388b91b1c5e2")
        #expect(nvme.rotational == nil)
        #expect(nvme.logicalSectorSize == nil)
        #expect(BlockDevice.partitions(of: "nvme0n1", root: SystemRoot(path: tree.path)).isEmpty)
    }

    @Test("sizes that are missing, negative or too large for a disk are no size")
    func sizes() throws {
        let tree = try machine()
        let root = SystemRoot(path: tree.path)
        #expect(BlockDevice(name: "nothing", root: root) == nil)
        for (text, expected) in [("", nil), ("lots", nil), ("-8", nil), ("36028797018963968", nil), ("0", 0), ("8", 4096)] as [(String, UInt64?)] {
            try tree.write("sys/" + Self.nvmePath + "/size", text + "\n")
            #expect(BlockDevice(name: "nvme0n1", root: root)?.sizeBytes == expected, "size \"\(text)\"")
        }
    }
}
