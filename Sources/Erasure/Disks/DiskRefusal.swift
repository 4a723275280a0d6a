import RefurbCore

/// Why a disk must not be wiped. Each reason is something a volunteer can act on, and the list is
/// decided before anything is opened for writing.
public enum DiskRefusal: Codable, Sendable, Hashable {
    /// The disk, or one of its partitions, is mounted.
    case mounted(device: String, mountPoint: String)
    /// It holds the root filesystem of the running system (directly or under md/dm/LVM).
    case holdsRootFilesystem(device: String)
    /// It holds active swap.
    case holdsSwap(device: String)
    /// An md (RAID) or dm (LVM, encryption) device is built on it.
    case usedByVirtualDevice(device: String, holder: String)
    /// Another program holds it open exclusively (or the kernel does: mounts, RAID members).
    case busy
    /// It could not be opened at all (permissions, sandbox, hardware).
    case cannotOpen(reason: String)
    case readOnly
    case noMedium
    /// It holds the bench stick the console runs from (its `REFURB` partition is mounted on `mountPoint`).
    case benchStick(mountPoint: String)

    public var message: Message {
        switch self {
        case .mounted(let device, let mountPoint): Message("erasure.refusal.mounted", device, mountPoint)
        case .holdsRootFilesystem(let device): Message("erasure.refusal.root", device)
        case .holdsSwap(let device): Message("erasure.refusal.swap", device)
        case .usedByVirtualDevice(let device, let holder): Message("erasure.refusal.holder", device, holder)
        case .busy: Message("erasure.refusal.busy")
        case .cannotOpen(let reason): Message("erasure.refusal.cannotOpen", reason)
        case .readOnly: Message("erasure.refusal.readOnly")
        case .noMedium: Message("erasure.refusal.noMedium")
        case .benchStick(let mountPoint): Message("erasure.refusal.benchStick", mountPoint)
        }
    }

    /// Short machine-readable code for `--json`.
    public var code: String {
        switch self {
        case .mounted: "mounted"
        case .holdsRootFilesystem: "holds-root-filesystem"
        case .holdsSwap: "holds-swap"
        case .usedByVirtualDevice: "used-by-md-dm"
        case .busy: "busy"
        case .cannotOpen: "cannot-open"
        case .readOnly: "read-only"
        case .noMedium: "no-medium"
        case .benchStick: "bench-stick"
        }
    }

    /// True for the reasons that mean "this is the machine's own system disk".
    public var protectsRunningSystem: Bool {
        switch self {
        case .holdsRootFilesystem, .holdsSwap, .benchStick: true
        default: false
        }
    }
}
