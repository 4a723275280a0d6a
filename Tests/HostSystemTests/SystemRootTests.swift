import Foundation
import Glibc
@testable import HostSystem
import Testing

@Suite("Reading files under a root")
struct SystemRootTests {
    @Test("missing files, FIFOs, huge files, non-UTF-8 and empty files")
    func hostileFiles() throws {
        let tree = try FixtureTree()
        let root = SystemRoot(path: tree.path + "/")
        #expect(root.readBytes("nothing/here") == .failure(.missing))
        try tree.fifo("fifo")
        #expect(try root.readBytes("fifo").get().isEmpty) // no writer: empty, not a hang
        try tree.write("big", bytes: [UInt8](repeating: 0x41, count: 100_000))
        #expect(root.readBytes("big", limit: 1000) == .failure(.tooLarge(limit: 1000)))
        try tree.write("latin1", bytes: [0x43, 0x61, 0x66, 0xE9, 0x0A])
        #expect(root.text("latin1") == "Caf.")
        try tree.write("empty", "")
        #expect(root.text("empty") == nil)
        try tree.write("spaces", "   \n")
        #expect(root.text("spaces") == nil)
        try tree.link("loop", to: "loop")
        #expect(root.resolved("loop") == nil)
        #expect(root.text("loop") == nil)
        #expect(root.absolute("sys/block") == tree.path + "/sys/block")
        #expect(SystemRoot.live.absolute("proc/cpuinfo") == "/proc/cpuinfo")
    }

    @Test("permission errors are told apart (as an ordinary user)", .enabled(if: geteuid() != 0, "root reads every file"))
    func permission() throws {
        let tree = try FixtureTree()
        try tree.write("secret", "x")
        chmod(tree.path + "/secret", 0)
        #expect(SystemRoot(path: tree.path).readBytes("secret") == .failure(.permissionDenied))
    }

    @Test("directory entries sort the way people count")
    func naturalOrder() {
        #expect(["card10", "card9", "card1"].sorted { $0.naturallyPrecedes($1) } == ["card1", "card9", "card10"])
        #expect(["sdb", "sda", "nvme1n1", "nvme0n1"].sorted { $0.naturallyPrecedes($1) } == ["nvme0n1", "nvme1n1", "sda", "sdb"])
    }

    @Test("only the machine's own / is live: a fixture tree or an image has files, not devices")
    func live() throws {
        let tree = try FixtureTree()
        #expect(SystemRoot.live.isLive)
        #expect(SystemRoot(path: "").isLive)
        #expect(SystemRoot(path: "//").isLive)
        #expect(!SystemRoot(path: tree.path).isLive)
    }

    @Test("a mapped file is the file's bytes; a missing, empty, too large or special file is not mapped")
    func mappedFile() throws {
        let tree = try FixtureTree()
        let root = SystemRoot(path: tree.path)
        try tree.write("usr/share/misc/pci.ids", "8086  Intel Corporation\n")
        #expect(root.withMappedFile("usr/share/misc/pci.ids", limit: 1 << 20) { Array($0) } == Array("8086  Intel Corporation\n".utf8))
        #expect(root.withMappedFile("usr/share/misc/pci.ids", limit: 4) { _ in true } == nil)
        try tree.write("empty", "")
        #expect(root.withMappedFile("empty", limit: 1 << 20) { _ in true } == nil)
        #expect(root.withMappedFile("missing", limit: 1 << 20) { _ in true } == nil)
        try tree.fifo("fifo")
        #expect(root.withMappedFile("fifo", limit: 1 << 20) { _ in true } == nil)
        #expect(root.withMappedFile("usr", limit: 1 << 20) { _ in true } == nil)
    }

    @Test("sysfs attributes: numbers, hexadecimal ids, links as written and as resolved inside the root")
    func attributes() throws {
        let tree = try FixtureTree()
        let root = SystemRoot(path: tree.path)
        try tree.write("sys/block/sda/size", "976773168\n")
        try tree.write("sys/bus/pci/devices/0000:00:02.0/vendor", "0x8086\n")
        try tree.write("sys/devices/pci0000:00/0000:00:17.0/ata1/host0/target0:0:0/0:0:0:0/block/sdb/size", "8\n")
        try tree.link("sys/class/block/sdb", to: "../../devices/pci0000:00/0000:00:17.0/ata1/host0/target0:0:0/0:0:0:0/block/sdb")
        #expect(root.integer("sys/block/sda/size") == 976_773_168)
        #expect(root.hexadecimal("sys/bus/pci/devices/0000:00:02.0/vendor") == 0x8086)
        #expect(root.linkTarget("sys/class/block/sdb") == "../../devices/pci0000:00/0000:00:17.0/ata1/host0/target0:0:0/0:0:0:0/block/sdb")
        #expect(root.resolved("sys/class/block/sdb") == "/sys/devices/pci0000:00/0000:00:17.0/ata1/host0/target0:0:0/0:0:0:0/block/sdb")
        #expect(root.exists("sys/class/block/sdb/size"))
        #expect(root.entries("sys/class/block") == ["sdb"])
        #expect(root.entries("sys/nothing").isEmpty)
    }
}
