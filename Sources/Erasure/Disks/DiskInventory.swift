import Foundation
import Glibc
import HostSystem

public enum DiskLookupError: Error, Sendable, Equatable {
    case notFound(String)
    case isPartition(path: String, disk: String)
    case notABlockDevice(String)
    case notWipeable(String)
}

/// Lists the machine's disks from sysfs and resolves a path the user typed to the disk it names.
/// Reads only; it never opens a device. The entries of /sys/block are read by HostSystem's `BlockDevice`, as the
/// probe reads them; udev's database adds the cleanest identity where udev runs.
public struct DiskInventory: Sendable {
    public let root: SystemRoot

    public init(root: SystemRoot = .live) {
        self.root = root
    }

    /// What can be wiped: disks, and loop devices (files seen as disks). RAM disks, compressed swap, optical
    /// drives, floppies, the md/dm composites (their member disks are what gets wiped), network volumes and an
    /// eMMC's boot areas are never candidates.
    static func isCandidate(_ kind: BlockDeviceKind) -> Bool {
        kind == .disk || kind == .loop
    }

    public func disks() -> [Disk] {
        BlockDevice.names(root: root)
            .filter { Self.isCandidate(BlockDeviceKind.of($0, root: root)) }
            .compactMap { try? disk(named: $0) }
            .filter { $0.sizeBytes > 0 }  // detached loop devices, empty card readers
    }

    public func disk(named name: String) throws -> Disk {
        guard let entry = BlockDevice(name: name, root: root),
              let number = root.text("sys/block/" + name + "/dev").flatMap(DeviceNumber.init) else {
            throw DiskLookupError.notFound(name)
        }
        let rotational = entry.rotational ?? false
        return Disk(
            name: name,
            devicePath: root.absolute("dev/" + name),
            number: number,
            identity: identity(of: entry, number: number),
            transport: entry.transport,
            mediaType: MediaType.classify(transport: entry.transport, rotational: rotational),
            sizeBytes: entry.sizeBytes ?? 0,
            logicalSectorSize: entry.logicalSectorSize ?? 512,
            physicalSectorSize: entry.physicalSectorSize ?? 512,
            rotational: rotational,
            removable: entry.removable,
            readOnly: entry.readOnly,
            partitions: BlockDevice.partitions(of: name, root: root)
        )
    }

    /// Resolves "/dev/sdb", "/dev/disk/by-id/…" or a bare "sdb" to its whole disk. A partition is refused
    /// with the name of its disk: wiping is done per disk, so that nothing is left behind.
    public func disk(atPath path: String) throws -> Disk {
        let name = try kernelName(forPath: path)
        let classPath = "sys/class/block/" + name
        if root.exists(classPath + "/partition") {
            let parent = root.linkTarget(classPath).map { (($0 as NSString).deletingLastPathComponent as NSString).lastPathComponent }
            throw DiskLookupError.isPartition(path: path, disk: parent ?? "?")
        }
        if !Self.isCandidate(BlockDeviceKind.of(name, root: root)) {
            throw DiskLookupError.notWipeable(name)
        }
        return try disk(named: name)
    }

    /// The kernel name of a block device, from its device number when the path is live (so symlinks
    /// and by-id names resolve exactly), or from the file name in a fixture tree.
    public func kernelName(forPath path: String) throws -> String {
        guard path.hasPrefix("/") else {
            guard root.exists("sys/class/block/" + path) else { throw DiskLookupError.notFound(path) }
            return path
        }
        guard root.isLive else {
            let name = (path as NSString).lastPathComponent
            guard root.exists("sys/class/block/" + name) else { throw DiskLookupError.notFound(path) }
            return name
        }
        var status = stat()
        guard stat(path, &status) == 0 else { throw DiskLookupError.notFound(path) }
        guard (status.st_mode & S_IFMT) == S_IFBLK else { throw DiskLookupError.notABlockDevice(path) }
        let number = DeviceNumber(rawDevice: UInt64(status.st_rdev))
        guard let target = root.linkTarget("sys/dev/block/\(number)") else { throw DiskLookupError.notFound(path) }
        return (target as NSString).lastPathComponent
    }

    func identity(of entry: BlockDevice, number: DeviceNumber) -> DriveIdentity {
        if entry.transport == .loop {
            let backingFile = root.text("sys/block/" + entry.name + "/loop/backing_file")
            return DriveIdentity(vendor: "Linux", model: backingFile.map { "Loop device (\($0))" } ?? "Loop device")
        }
        let fromSysfs = DriveIdentity(
            vendor: entry.vendor.flatMap(Self.meaningful),
            model: entry.model.flatMap(Self.meaningful),
            serial: entry.serial.flatMap(Self.meaningful),
            firmware: entry.firmware.flatMap(Self.meaningful),
            wwn: entry.wwid.flatMap(Self.meaningful)
        )
        return udevIdentity(number).filling(from: fromSysfs)
    }

    /// udev's database has the cleanest serial and WWN for SATA disks, when udev runs (not in every container).
    func udevIdentity(_ number: DeviceNumber) -> DriveIdentity {
        guard let lines = try? root.lines("run/udev/data/b\(number)").get() else { return DriveIdentity() }
        var properties: [String: String] = [:]
        for line in lines where line.hasPrefix("E:") {
            let pair = line.dropFirst(2).split(separator: "=", maxSplits: 1)
            if pair.count == 2 { properties[String(pair[0])] = String(pair[1]) }
        }
        return DriveIdentity(
            vendor: properties["ID_VENDOR"].flatMap(Self.meaningful),
            model: properties["ID_MODEL"].map { $0.replacingOccurrences(of: "_", with: " ") }.flatMap(Self.meaningful),
            serial: properties["ID_SERIAL_SHORT"].flatMap(Self.meaningful),
            firmware: properties["ID_REVISION"].flatMap(Self.meaningful),
            wwn: (properties["ID_WWN_WITH_EXTENSION"] ?? properties["ID_WWN"]).flatMap(Self.meaningful)
        )
    }

    static func meaningful(_ value: String) -> String? {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
