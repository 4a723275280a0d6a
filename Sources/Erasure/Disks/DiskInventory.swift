import Foundation
import Glibc

public enum DiskLookupError: Error, Sendable, Equatable {
    case notFound(String)
    case isPartition(path: String, disk: String)
    case notABlockDevice(String)
    case notWipeable(String)
}

/// Lists the machine's disks from sysfs and resolves a path the user typed to the disk it names.
/// Reads only; it never opens a device.
public struct DiskInventory: Sendable {
    public let paths: HostPaths
    private let reader = SysfsReader()

    public init(paths: HostPaths = .live) {
        self.paths = paths
    }

    /// Kernel devices that are never candidates: RAM disks, compressed swap, optical drives, floppies,
    /// and the md/dm composites (their member disks are what gets wiped).
    static let ignoredPrefixes = ["ram", "zram", "sr", "fd", "dm-", "md"]

    public func disks() -> [Disk] {
        reader.entries(paths.sys + "/block")
            .filter { name in !Self.ignoredPrefixes.contains { name.hasPrefix($0) } }
            .compactMap { try? disk(named: $0) }
            .filter { $0.sizeBytes > 0 }  // detached loop devices, empty card readers
    }

    public func disk(named name: String) throws -> Disk {
        let base = paths.sys + "/block/" + name
        guard reader.exists(base), let number = reader.value(base + "/dev").flatMap(DeviceNumber.init) else {
            throw DiskLookupError.notFound(name)
        }
        let transport = transport(of: name)
        let rotational = reader.value(base + "/queue/rotational") == "1"
        let identity = identity(of: name, number: number, transport: transport)
        let partitions = reader.entries(base).filter { reader.exists(base + "/" + $0 + "/partition") }
        return Disk(
            name: name,
            devicePath: paths.dev + "/" + name,
            number: number,
            identity: identity,
            transport: transport,
            mediaType: MediaType.classify(transport: transport, rotational: rotational),
            sizeBytes: (reader.integer(base + "/size") ?? 0) * 512,  // sysfs counts 512-byte units whatever the sector size
            logicalSectorSize: Int(reader.integer(base + "/queue/logical_block_size") ?? 512),
            physicalSectorSize: Int(reader.integer(base + "/queue/physical_block_size") ?? 512),
            rotational: rotational,
            removable: reader.value(base + "/removable") == "1",
            readOnly: reader.value(base + "/ro") == "1",
            partitions: partitions
        )
    }

    /// Resolves "/dev/sdb", "/dev/disk/by-id/…" or a bare "sdb" to its whole disk. A partition is refused
    /// with the name of its disk: wiping is done per disk, so that nothing is left behind.
    public func disk(atPath path: String) throws -> Disk {
        let name = try kernelName(forPath: path)
        let classPath = paths.sys + "/class/block/" + name
        if reader.exists(classPath + "/partition") {
            let parent = reader.linkTarget(classPath).map { (($0 as NSString).deletingLastPathComponent as NSString).lastPathComponent }
            throw DiskLookupError.isPartition(path: path, disk: parent ?? "?")
        }
        if Self.ignoredPrefixes.contains(where: { name.hasPrefix($0) }) {
            throw DiskLookupError.notWipeable(name)
        }
        return try disk(named: name)
    }

    /// The kernel name of a block device, from its device number when the path is live (so symlinks
    /// and by-id names resolve exactly), or from the file name in a fixture tree.
    public func kernelName(forPath path: String) throws -> String {
        guard path.hasPrefix("/") else {
            guard reader.exists(paths.sys + "/class/block/" + path) else { throw DiskLookupError.notFound(path) }
            return path
        }
        guard paths.isLive else {
            let name = (path as NSString).lastPathComponent
            guard reader.exists(paths.sys + "/class/block/" + name) else { throw DiskLookupError.notFound(path) }
            return name
        }
        var status = stat()
        guard stat(path, &status) == 0 else { throw DiskLookupError.notFound(path) }
        guard (status.st_mode & S_IFMT) == S_IFBLK else { throw DiskLookupError.notABlockDevice(path) }
        let number = DeviceNumber(rawDevice: UInt64(status.st_rdev))
        guard let target = reader.linkTarget(paths.sys + "/dev/block/\(number)") else { throw DiskLookupError.notFound(path) }
        return (target as NSString).lastPathComponent
    }

    func transport(of name: String) -> Transport {
        if name.hasPrefix("loop") { return .loop }
        if name.hasPrefix("nvme") { return .nvme }
        if name.hasPrefix("mmcblk") { return .mmc }
        let devicePath = reader.linkTarget(paths.sys + "/block/" + name) ?? ""
        if devicePath.contains("/usb") { return .usb }
        if devicePath.contains("/nvme") { return .nvme }
        if devicePath.contains("/mmc_host/") { return .mmc }
        if devicePath.contains("/virtio") { return .virtio }
        if devicePath.contains("/ata") { return .sata }
        if devicePath.contains("/end_device-") || devicePath.contains("/port-") { return .sas }
        if name.hasPrefix("vd") { return .virtio }
        return .other
    }

    func identity(of name: String, number: DeviceNumber, transport: Transport) -> DriveIdentity {
        let base = paths.sys + "/block/" + name
        if transport == .loop {
            let backingFile = reader.value(base + "/loop/backing_file")
            return DriveIdentity(vendor: "Linux", model: backingFile.map { "Loop device (\($0))" } ?? "Loop device")
        }
        let fromSysfs = DriveIdentity(
            vendor: reader.value(base + "/device/vendor").flatMap(Self.meaningful),
            model: reader.value(base + "/device/model").flatMap(Self.meaningful),
            serial: (reader.value(base + "/device/serial") ?? vpdSerial(base + "/device/vpd_pg80")).flatMap(Self.meaningful),
            firmware: (reader.value(base + "/device/firmware_rev") ?? reader.value(base + "/device/rev")).flatMap(Self.meaningful),
            wwn: (reader.value(base + "/wwid") ?? reader.value(base + "/device/wwid")).flatMap(Self.meaningful)
        )
        return udevIdentity(number).filling(from: fromSysfs)
    }

    /// udev's database has the cleanest serial and WWN for SATA disks, when udev runs (not in every container).
    func udevIdentity(_ number: DeviceNumber) -> DriveIdentity {
        guard let text = reader.text(paths.udevData + "/b\(number)") else { return DriveIdentity() }
        var properties: [String: String] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("E:") {
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

    /// SCSI VPD page 0x80 (unit serial number): a 4-byte header then the serial in ASCII. libata fills it
    /// for SATA disks, so it gives the serial even without udev.
    func vpdSerial(_ path: String) -> String? {
        guard let bytes = reader.bytes(path), bytes.count > 4 else { return nil }
        let length = Int(bytes[2]) << 8 | Int(bytes[3])
        let serialBytes = bytes.dropFirst(4).prefix(length)
        return String(decoding: serialBytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines.union(.controlCharacters))
    }

    static func meaningful(_ value: String) -> String? {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
