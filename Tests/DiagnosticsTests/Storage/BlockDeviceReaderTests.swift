import Testing
@testable import Diagnostics

@Suite("Storage")
struct BlockDeviceReaderTests {
    @Test("the laptop fixture: SATA SSD, NVMe, eMMC and a USB stick; loop, zram, dm, optical, eMMC boot and empty reader skipped")
    func laptop() throws {
        var warnings = WarningLog()
        let disks = BlockDeviceReader(root: SystemRoot(path: TestPaths.laptop)).read(warnings: &warnings)
        #expect(disks.map(\.name) == ["mmcblk0", "nvme0n1", "sda", "sdb"])

        let sata = try #require(disks.first { $0.name == "sda" })
        #expect(sata.transport == .sata)
        #expect(sata.model == "Samsung SSD 850 EVO 250GB")
        #expect(sata.vendor == nil) // "ATA" names the bus
        #expect(sata.serialNumber == "S2R5NX0H612345W")
        #expect(sata.wwn == "0x5002538d4069aab1")
        #expect(sata.sizeBytes == 500_118_192 * 512)
        #expect(sata.logicalSectorSize == 512)
        #expect(sata.physicalSectorSize == 4096)
        #expect(sata.rotational == false)
        #expect(sata.firmwareVersion == "2B6Q")
        #expect(!sata.removable)

        let nvme = try #require(disks.first { $0.name == "nvme0n1" })
        #expect(nvme.transport == .nvme)
        #expect(nvme.model == "SAMSUNG MZVLW512HMJP-000L7")
        #expect(nvme.serialNumber == "S35ENX0J123456")
        #expect(nvme.wwn == "eui.0025388b91b1c5e2")
        #expect(nvme.firmwareVersion == "6L7QCXY7")
        #expect(nvme.devicePath == "/dev/nvme0n1")

        let emmc = try #require(disks.first { $0.name == "mmcblk0" })
        #expect(emmc.transport == .mmc)
        #expect(emmc.model == "DF4032")
        #expect(emmc.rotational == false)

        let stick = try #require(disks.first { $0.name == "sdb" })
        #expect(stick.transport == .usb)
        #expect(stick.removable)
        #expect(stick.vendor == "Kingston")

        #expect(warnings.contains(key: "probe.warning.storage.opticalSkipped"))
        #expect(warnings.warnings.contains(ProbeWarning(.storage, "probe.warning.storage.noMedium", "sdc")))
    }

    @Test("hostile sysfs: empty and non-numeric size files, a link loop, a FIFO in place of a model")
    func hostile() throws {
        let tree = try TemporaryTree()
        try tree.write("sys/devices/x/block/sda/size", "")
        try tree.link("sys/devices/x/block/sda/device", to: "..")
        try tree.link("sys/block/sda", to: "../devices/x/block/sda")
        try tree.write("sys/devices/x/block/sdb/size", "lots\n")
        try tree.link("sys/devices/x/block/sdb/device", to: "..")
        try tree.link("sys/block/sdb", to: "../devices/x/block/sdb")
        try tree.link("sys/block/sdc", to: "sdc")
        try tree.write("sys/devices/y/block/sdd/size", "2048\n")
        try tree.link("sys/devices/y/block/sdd/device", to: "..")
        try tree.makeFIFO("sys/devices/y/block/model")
        try tree.link("sys/block/sdd", to: "../devices/y/block/sdd")
        var warnings = WarningLog()
        let disks = BlockDeviceReader(root: SystemRoot(path: tree.path)).read(warnings: &warnings)
        #expect(disks.map(\.name) == ["sdd"])
        #expect(disks.first?.sizeBytes == 2048 * 512)
        #expect(warnings.warnings.contains(ProbeWarning(.storage, "probe.warning.storage.noSize", "sda")))
        #expect(warnings.warnings.contains(ProbeWarning(.storage, "probe.warning.storage.noSize", "sdb")))
    }
}
