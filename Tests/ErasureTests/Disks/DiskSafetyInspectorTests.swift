@testable import Erasure
import Foundation
import Testing

/// The safety rules on fixture trees: every reason a disk is refused, decided from sysfs and procfs alone.
@Suite struct DiskSafetyInspectorTests {
    /// sda: root filesystem on LVM (dm-0) over sda2, /boot on sda1. sdb: a mounted data partition.
    /// sdc: swap partition. sdd: a clean disk. md0: RAID member sde1, unmounted.
    func machine() throws -> SysfsTree {
        let tree = try SysfsTree()
        try tree.addDisk("sda", number: "8:0")
        try tree.addPartition("sda1", of: "sda", number: "8:1")
        try tree.addPartition("sda2", of: "sda", number: "8:2")
        try tree.addHolder("dm-0", number: "253:0", on: "sda/sda2")
        try tree.addDisk("sdb", number: "8:16")
        try tree.addPartition("sdb1", of: "sdb", number: "8:17")
        try tree.addDisk("sdc", number: "8:32")
        try tree.addPartition("sdc1", of: "sdc", number: "8:33")
        try tree.addDisk("sdd", number: "8:48", rotational: false)
        try tree.addDisk("sde", number: "8:64")
        try tree.addPartition("sde1", of: "sde", number: "8:65")
        try tree.addHolder("md0", number: "9:0", on: "sde/sde1")
        try tree.write("proc/self/mountinfo",
                       try tree.mount("253:0", at: "/", source: "/dev/mapper/vg-root", id: 20)
                       + tree.mount("8:1", at: "/boot", source: "/dev/sda1", id: 21)
                       + tree.mount("8:17", at: "/media/donor data", source: "/dev/sdb1", id: 22).replacingOccurrences(of: "donor data", with: "donor\\040data")
                       + "23 1 0:25 / /tmp rw - tmpfs tmpfs rw\n")
        try tree.write("proc/swaps", "Filename\tType\tSize\tUsed\tPriority\n/dev/sdc1   partition\t1000\t0\t-2\n")
        return tree
    }

    @Test func diskHoldingRootThroughLVMIsRefused() throws {
        let tree = try machine()
        let disk = try DiskInventory(root: tree.systemRoot).disk(named: "sda")
        let verdict = DiskSafetyInspector(root: tree.systemRoot).inspect(disk)
        #expect(verdict.refusals.contains(.holdsRootFilesystem(device: "dm-0")))
        #expect(verdict.refusals.contains(.usedByVirtualDevice(device: "sda2", holder: "dm-0")))
        #expect(verdict.refusals.contains(.mounted(device: "sda1", mountPoint: "/boot")))
        #expect(verdict.clearance == nil)
        #expect(verdict.exclusiveProbeRan == false)
    }

    @Test func diskWithMountedPartitionIsRefused() throws {
        let tree = try machine()
        let disk = try DiskInventory(root: tree.systemRoot).disk(named: "sdb")
        #expect(disk.partitions == ["sdb1"])
        let verdict = DiskSafetyInspector(root: tree.systemRoot).inspect(disk)
        #expect(verdict.refusals == [.mounted(device: "sdb1", mountPoint: "/media/donor data")])
    }

    @Test func swapDiskIsRefused() throws {
        let tree = try machine()
        let verdict = DiskSafetyInspector(root: tree.systemRoot).inspect(try DiskInventory(root: tree.systemRoot).disk(named: "sdc"))
        #expect(verdict.refusals == [.holdsSwap(device: "sdc1")])
        #expect(verdict.refusals.allSatisfy { $0.protectsRunningSystem })
    }

    @Test func raidMemberIsRefusedEvenUnmounted() throws {
        let tree = try machine()
        let verdict = DiskSafetyInspector(root: tree.systemRoot).inspect(try DiskInventory(root: tree.systemRoot).disk(named: "sde"))
        #expect(verdict.refusals == [.usedByVirtualDevice(device: "sde1", holder: "md0")])
    }

    @Test func cleanDiskIsCleared() throws {
        let tree = try machine()
        let disk = try DiskInventory(root: tree.systemRoot).disk(named: "sdd")
        #expect(disk.mediaType == .other)  // no transport link in the fixture
        #expect(DiskSafetyInspector(root: tree.systemRoot).inspect(disk).isCleared)
    }

    @Test func listingLeavesOutCompositesAndMarksRefusals() throws {
        let tree = try machine()
        let entries = DiskListing.entries(root: tree.systemRoot)
        #expect(entries.map(\.disk.name) == ["sda", "sdb", "sdc", "sdd", "sde"])
        #expect(entries.filter { $0.refusals.isEmpty }.map(\.disk.name) == ["sdd"])
    }

    @Test func partitionPathIsRefusedWithItsDisk() throws {
        let tree = try machine()
        #expect(throws: DiskLookupError.self) { try DiskInventory(root: tree.systemRoot).disk(atPath: "/dev/sdb1") }
        #expect(throws: DiskLookupError.self) { try DiskInventory(root: tree.systemRoot).disk(atPath: "/dev/md0") }
    }

    @Test func readOnlyAndEmptyDisksAreRefused() throws {
        let tree = try machine()
        try tree.write("sys/block/sdd/ro", "1\n")
        var disk = try DiskInventory(root: tree.systemRoot).disk(named: "sdd")
        #expect(DiskSafetyInspector(root: tree.systemRoot).inspect(disk).refusals == [.readOnly])
        disk.readOnly = false
        disk.sizeBytes = 0
        #expect(DiskSafetyInspector(root: tree.systemRoot).inspect(disk).refusals == [.noMedium])
    }

    @Test func mountinfoEscapesAreDecoded() {
        #expect(SystemUsage.unescape("/media/donor\\040data\\011x") == "/media/donor data\tx")
    }

    @Test func deviceNumbersSplitLikeGlibc() {
        // makedev(259, 65540) on Linux: major 259, minor 65540.
        let raw: UInt64 = (UInt64(259 & 0xFFF) << 8) | (UInt64(259 & ~0xFFF) << 32) | UInt64(65540 & 0xFF) | (UInt64(65540 & ~0xFF) << 12)
        #expect(DeviceNumber(rawDevice: raw) == DeviceNumber(major: 259, minor: 65540))
        #expect(DeviceNumber("8:16") == DeviceNumber(major: 8, minor: 16))
        #expect(DeviceNumber("garbage") == nil)
    }
}
