import Erasure
import Foundation
import RefurbCore

/// The disks as the bench sees them: Erasure's inventory and refusals (mounted, holding the running system, in
/// use…), and the disk holding the bench stick refused above all.
struct BenchDisks {
    let stick: BenchStick
    /// `--disk`: only these (paths or kernel names); empty for every disk.
    let only: [String]

    func entries() -> [BenchDiskChoice.Entry] {
        let inventory = DiskInventory()
        let inspector = DiskSafetyInspector()
        let usage = SystemUsage.read()
        let stickDevice = stick.deviceNumber
        let names = only.isEmpty ? nil : Set(only.map { (try? inventory.kernelName(forPath: $0)) ?? $0 })
        // Disks left out are not even opened to check them.
        let candidates = inventory.disks().filter { names?.contains($0.name) ?? true }.map { disk in
            BenchDiskChoice.Candidate(
                disk: disk, refusals: inspector.inspect(disk, usage: usage).refusals,
                holdsStick: stickDevice.map { inspector.holds($0, disk: disk) } ?? false)
        }
        return BenchDiskChoice.choose(candidates, stickMountPoint: stick.path, only: names)
    }

    /// The kernel names of the disks that hold the stick (its REFURB partition; on the stick, the live system too).
    func stickDiskNames() -> Set<String> {
        guard let stickDevice = stick.deviceNumber else { return [] }
        let inspector = DiskSafetyInspector()
        return Set(DiskInventory().disks().filter { inspector.holds(stickDevice, disk: $0) }.map(\.name))
    }

    static func show(_ entries: [BenchDiskChoice.Entry], on screen: BenchScreen) {
        if entries.isEmpty { screen.say("erasure.list.none") }
        for entry in entries {
            let disk = entry.disk
            let state = screen.text(entry.isErasable ? "bench.disks.toErase" : "erasure.list.refused")
            screen.show("\(disk.devicePath)  \(disk.identity.model ?? "?")  \(disk.identity.serial ?? "-")  "
                + "\(QuantityFormat.diskSize(Double(disk.sizeBytes), language: screen.language))  \(disk.mediaType.rawValue)/\(disk.transport.certificateName)  → \(state)")
            for refusal in entry.refusals { screen.show("    - " + screen.text(refusal.message)) }
        }
    }
}
