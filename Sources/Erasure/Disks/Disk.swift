import HostSystem

/// A whole block device that could be wiped, as the kernel describes it.
public struct Disk: Codable, Sendable, Hashable, Identifiable {
    /// Kernel name: "sda", "nvme0n1", "loop3".
    public var name: String
    public var devicePath: String
    public var number: DeviceNumber
    public var identity: DriveIdentity
    public var transport: DiskTransport
    public var mediaType: MediaType
    public var sizeBytes: UInt64
    public var logicalSectorSize: Int
    public var physicalSectorSize: Int
    public var rotational: Bool
    public var removable: Bool
    public var readOnly: Bool
    /// Kernel names of the disk's partitions ("sda1", "nvme0n1p2").
    public var partitions: [String]

    public var id: String { name }

    public init(
        name: String, devicePath: String, number: DeviceNumber, identity: DriveIdentity, transport: DiskTransport,
        mediaType: MediaType, sizeBytes: UInt64, logicalSectorSize: Int, physicalSectorSize: Int,
        rotational: Bool, removable: Bool, readOnly: Bool, partitions: [String]
    ) {
        self.name = name
        self.devicePath = devicePath
        self.number = number
        self.identity = identity
        self.transport = transport
        self.mediaType = mediaType
        self.sizeBytes = sizeBytes
        self.logicalSectorSize = logicalSectorSize
        self.physicalSectorSize = physicalSectorSize
        self.rotational = rotational
        self.removable = removable
        self.readOnly = readOnly
        self.partitions = partitions
    }

    /// What a person types at the confirmation prompt: the serial printed on the drive's label, or the
    /// kernel name when the drive reports none (virtual disks, some USB bridges).
    public var confirmationToken: String { identity.serial ?? name }

    /// The NVMe controller node ("/dev/nvme0") that sanitize commands address, for an NVMe namespace.
    public var nvmeControllerPath: String? {
        guard transport == .nvme, let range = name.range(of: #"n[0-9]+$"#, options: .regularExpression) else { return nil }
        return "/dev/" + name[..<range.lowerBound]
    }
}

import Foundation
