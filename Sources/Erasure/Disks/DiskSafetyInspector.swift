import Foundation
import HostSystem

/// The verdict on one disk: either cleared for wiping (with a token that the writer requires), or
/// refused with every reason found.
public struct SafetyVerdict: Sendable {
    public let disk: Disk
    public let refusals: [DiskRefusal]
    /// Whether the read-only exclusive-open check ran. It is skipped when the system-usage rules
    /// already refused the disk: a disk that holds `/` is never opened at all.
    public let exclusiveProbeRan: Bool

    public var isCleared: Bool { refusals.isEmpty }

    /// The only way to obtain a `ClearedDisk`, so that no code path can open a refused disk for writing.
    public var clearance: ClearedDisk? { isCleared ? ClearedDisk(disk: disk) : nil }
}

/// Proof that a disk passed every safety rule. Its initializer is internal to this file's module and
/// called only from `SafetyVerdict.clearance`.
public struct ClearedDisk: Sendable {
    public let disk: Disk
    fileprivate init(disk: Disk) { self.disk = disk }
}

/// Decides whether a disk may be wiped. The rules read sysfs and procfs first (mounted, root, swap,
/// md/dm holders, read-only, empty); only a disk that passes them all is probed with a read-only
/// exclusive open. Nothing here opens a device for writing.
public struct DiskSafetyInspector: Sendable {
    public let root: SystemRoot

    public init(root: SystemRoot = .live) {
        self.root = root
    }

    public func inspect(_ disk: Disk, usage: SystemUsage? = nil) -> SafetyVerdict {
        let usage = usage ?? SystemUsage.read(root: root)
        var refusals = systemRefusals(for: disk, usage: usage)
        guard refusals.isEmpty else {
            return SafetyVerdict(disk: disk, refusals: refusals, exclusiveProbeRan: false)
        }
        guard root.isLive else {
            return SafetyVerdict(disk: disk, refusals: [], exclusiveProbeRan: false)
        }
        switch ExclusiveOpenProbe.probe(disk.devicePath) {
        case .available: break
        case .busy: refusals.append(.busy)
        case .failed(let error): refusals.append(error.meansDeviceIsGone ? .noMedium : .cannotOpen(reason: error.reason))
        }
        return SafetyVerdict(disk: disk, refusals: refusals, exclusiveProbeRan: true)
    }

    /// Rules decided from the kernel's tables alone.
    public func systemRefusals(for disk: Disk, usage: SystemUsage) -> [DiskRefusal] {
        var refusals: [DiskRefusal] = []
        let nodes = dependentNodes(of: disk)
        let mountsByDevice = Dictionary(grouping: usage.mounts, by: \.device)
        for node in nodes {
            if node.number == usage.rootDevice {
                refusals.append(.holdsRootFilesystem(device: node.name))
            }
            if usage.swapDevices[node.number] != nil {
                refusals.append(.holdsSwap(device: node.name))
            }
            for mount in mountsByDevice[node.number] ?? [] where node.number != usage.rootDevice || mount.mountPoint != "/" {
                refusals.append(.mounted(device: node.name, mountPoint: mount.mountPoint))
            }
            if let holderOf = node.holderOf {
                refusals.append(.usedByVirtualDevice(device: holderOf, holder: node.name))
            }
        }
        if disk.readOnly { refusals.append(.readOnly) }
        if disk.sizeBytes == 0 { refusals.append(.noMedium) }
        var seen = Set<DiskRefusal>()
        return refusals.filter { seen.insert($0).inserted }
    }

    /// True when `number` is the disk, one of its partitions, or an md/dm device built on them: the disk that
    /// holds a filesystem whose `st_dev` is `number` (the bench stick's partition, for one).
    public func holds(_ number: DeviceNumber, disk: Disk) -> Bool {
        dependentNodes(of: disk).contains { $0.number == number }
    }

    struct Node: Hashable {
        var name: String
        var number: DeviceNumber
        /// For md/dm nodes: the disk or partition it is built on.
        var holderOf: String?
    }

    /// The disk, its partitions, and every md/dm device stacked on any of them, recursively: all the
    /// block devices whose use makes the disk "in use".
    func dependentNodes(of disk: Disk) -> [Node] {
        var result: [Node] = [Node(name: disk.name, number: disk.number)]
        var queue: [(name: String, sysPath: String)] = [(disk.name, "sys/block/" + disk.name)]
        for partition in disk.partitions {
            let path = "sys/block/" + disk.name + "/" + partition
            if let number = root.text(path + "/dev").flatMap(DeviceNumber.init) {
                result.append(Node(name: partition, number: number))
            }
            queue.append((partition, path))
        }
        var visited = Set(result.map(\.name))
        while let (name, sysPath) = queue.popLast() {
            for holder in root.entries(sysPath + "/holders") where !visited.contains(holder) {
                visited.insert(holder)
                let holderPath = "sys/block/" + holder
                if let number = root.text(holderPath + "/dev").flatMap(DeviceNumber.init) {
                    result.append(Node(name: holder, number: number, holderOf: name))
                }
                queue.append((holder, holderPath))
            }
        }
        return result
    }
}
