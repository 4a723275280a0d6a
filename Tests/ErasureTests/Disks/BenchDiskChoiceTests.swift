@testable import Erasure
import Foundation
import Testing

/// Which disks the bench console may erase: the stick's own disk never, whatever else is said of it; a disk with a
/// mounted filesystem never; with `--disk`, only the disks named.
@Suite struct BenchDiskChoiceTests {
    /// sda: the donated machine's disk, unmounted. sdb: the bench stick, REFURB partition sdb2 mounted on /run/refurb.
    /// sdc: a disk with a mounted data partition.
    func machine() throws -> SysfsTree {
        let tree = try SysfsTree()
        try tree.addDisk("sda", number: "8:0")
        try tree.addPartition("sda1", of: "sda", number: "8:1")
        try tree.addDisk("sdb", number: "8:16")
        try tree.addPartition("sdb1", of: "sdb", number: "8:17")
        try tree.addPartition("sdb2", of: "sdb", number: "8:18")
        try tree.addDisk("sdc", number: "8:32")
        try tree.addPartition("sdc1", of: "sdc", number: "8:33")
        try tree.write("proc/self/mountinfo",
                       try tree.mount("8:18", at: "/run/refurb", source: "/dev/sdb2", id: 21)
                       + tree.mount("8:33", at: "/media/data", source: "/dev/sdc1", id: 22))
        return tree
    }

    func candidates(_ tree: SysfsTree, stick: DeviceNumber) throws -> [BenchDiskChoice.Candidate] {
        let inspector = DiskSafetyInspector(root: tree.systemRoot)
        let usage = SystemUsage.read(root: tree.systemRoot)
        return DiskInventory(root: tree.systemRoot).disks().map { disk in
            BenchDiskChoice.Candidate(disk: disk, refusals: inspector.inspect(disk, usage: usage).refusals,
                                      holdsStick: inspector.holds(stick, disk: disk))
        }
    }

    @Test("the disk holding the stick's partition is refused first, as the stick; a mounted disk is refused; the other is erasable")
    func stickAndMountedAreRefused() throws {
        let tree = try machine()
        let entries = BenchDiskChoice.choose(try candidates(tree, stick: DeviceNumber(major: 8, minor: 18)), stickMountPoint: "/run/refurb")
        #expect(entries.map(\.disk.name) == ["sda", "sdb", "sdc"])
        #expect(entries.filter(\.isErasable).map(\.disk.name) == ["sda"])
        let stick = try #require(entries.first { $0.disk.name == "sdb" })
        #expect(stick.refusals.first == .benchStick(mountPoint: "/run/refurb"))
        #expect(stick.refusals.contains(.mounted(device: "sdb2", mountPoint: "/run/refurb")))
        #expect(entries.first { $0.disk.name == "sdc" }?.refusals == [.mounted(device: "sdc1", mountPoint: "/media/data")])
    }

    @Test("a stick whose partition is not mounted (a folder given elsewhere) is still refused when it holds the stick's folder")
    func stickRefusedEvenWithoutItsMount() throws {
        let tree = try machine()
        let sda = try DiskInventory(root: tree.systemRoot).disk(named: "sda")
        let entries = BenchDiskChoice.choose([.init(disk: sda, refusals: [], holdsStick: true)], stickMountPoint: "/srv/bench")
        #expect(entries.map(\.refusals) == [[.benchStick(mountPoint: "/srv/bench")]])
        #expect(entries.allSatisfy { !$0.isErasable })
        let elsewhere = BenchDiskChoice.choose([.init(disk: sda, refusals: [], holdsStick: false)], stickMountPoint: "/srv/bench")
        #expect(elsewhere.allSatisfy { $0.isErasable })
    }

    @Test("with --disk, the disks not named are left out altogether, even an erasable one")
    func onlyNamedDisks() throws {
        let tree = try machine()
        let all = try candidates(tree, stick: DeviceNumber(major: 8, minor: 18))
        #expect(BenchDiskChoice.choose(all, stickMountPoint: "/run/refurb", only: ["sdb"]).map(\.disk.name) == ["sdb"])
        #expect(BenchDiskChoice.choose(all, stickMountPoint: "/run/refurb", only: ["sdb"]).filter(\.isErasable).isEmpty)
        #expect(BenchDiskChoice.choose(all, stickMountPoint: "/run/refurb", only: []).isEmpty)
    }

    @Test("the stick's refusal has its own words and code")
    func stickRefusalWords() {
        let refusal = DiskRefusal.benchStick(mountPoint: "/run/refurb")
        #expect(refusal.code == "bench-stick")
        #expect(refusal.message.text(in: .fr, catalog: .erasure).contains("clé du banc"))
        #expect(refusal.message.text(in: .en, catalog: .erasure).contains("bench stick"))
    }
}
