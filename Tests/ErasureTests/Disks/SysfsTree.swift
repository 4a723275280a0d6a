import Erasure
import Foundation
import HostSystem

/// Builds fake /sys and /proc trees for the safety rules, so that mounts, swap and md/dm stacks can be
/// tested without touching real disks.
struct SysfsTree {
    let root: TemporaryDirectory
    var systemRoot: SystemRoot { SystemRoot(path: root.path) }

    init() throws {
        root = try TemporaryDirectory()
        try write("proc/self/mountinfo", "")
        try write("proc/swaps", "Filename\t\t\t\tType\t\tSize\t\tUsed\t\tPriority\n")
    }

    func write(_ relativePath: String, _ content: String) throws {
        let path = root.file(relativePath)
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try content.write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// A symbolic link, as sysfs is made of (`sys/block/sda` → `../devices/…/block/sda`).
    func link(_ relativePath: String, to target: String) throws {
        let path = root.file(relativePath)
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
    }

    func addDisk(_ name: String, number: String, sizeSectors: UInt64 = 2_000_000, rotational: Bool = true) throws {
        try write("sys/block/\(name)/dev", number + "\n")
        try write("sys/block/\(name)/size", "\(sizeSectors)\n")
        try write("sys/block/\(name)/ro", "0\n")
        try write("sys/block/\(name)/removable", "0\n")
        try write("sys/block/\(name)/queue/rotational", rotational ? "1\n" : "0\n")
        try write("sys/block/\(name)/queue/logical_block_size", "512\n")
        try write("sys/block/\(name)/queue/physical_block_size", "4096\n")
        try write("sys/block/\(name)/device/model", "FIXTURE DISK \(name)\n")
        try write("sys/class/block/\(name)/dev", number + "\n")
        try FileManager.default.createDirectory(atPath: root.file("sys/block/\(name)/holders"), withIntermediateDirectories: true)
    }

    func addPartition(_ name: String, of disk: String, number: String) throws {
        try write("sys/block/\(disk)/\(name)/dev", number + "\n")
        try write("sys/block/\(disk)/\(name)/partition", "1\n")
        try write("sys/class/block/\(name)/dev", number + "\n")
        try write("sys/class/block/\(name)/partition", "1\n")
        try FileManager.default.createDirectory(atPath: root.file("sys/block/\(disk)/\(name)/holders"), withIntermediateDirectories: true)
    }

    /// An md/dm device built on `member` (a partition path relative to sys/block, like "sda/sda2").
    func addHolder(_ name: String, number: String, on member: String) throws {
        try write("sys/block/\(name)/dev", number + "\n")
        try write("sys/class/block/\(name)/dev", number + "\n")
        try FileManager.default.createDirectory(atPath: root.file("sys/block/\(name)/holders"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root.file("sys/block/\(member)/holders/\(name)"), withIntermediateDirectories: true)
    }

    func mount(_ number: String, at mountPoint: String, source: String, id: Int) throws -> String {
        "\(id) 1 \(number) / \(mountPoint) rw,relatime - ext4 \(source) rw\n"
    }
}
