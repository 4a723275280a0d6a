@testable import Erasure
import Foundation
import HostSystem
import Testing

/// Refusals on the live system, with real loop devices. Each refused device must come out byte for byte
/// as it went in.
@Suite struct LiveRefusalTests {
    /// The disk holding `/` is refused from the kernel's tables alone: it is never opened, not even
    /// read-only, and certainly not for writing. Only a plan (the `--dry-run` path) is made.
    @Test func rootDiskIsRefusedBeforeAnythingIsOpened() throws {
        let usage = SystemUsage.read()
        let rootNumber = try #require(usage.rootDevice, "no block device behind / (container on overlay?)")
        let host = SystemRoot.live
        let target = try #require(host.linkTarget("sys/dev/block/\(rootNumber)"))
        var name = (target as NSString).lastPathComponent
        if host.exists("sys/class/block/\(name)/partition") {
            name = ((target as NSString).deletingLastPathComponent as NSString).lastPathComponent
        }
        let disk: Disk
        do {
            disk = try DiskInventory().disk(named: name)
        } catch {
            // Root on a dm/md device: the inspector refuses every member disk; check those instead.
            let members = host.entries("sys/block/\(name)/slaves")
            try #require(!members.isEmpty, "root device \(name) is neither a disk nor stacked on one")
            for member in members {
                let parent = host.exists("sys/class/block/\(member)/partition")
                    ? ((host.linkTarget("sys/class/block/\(member)")! as NSString).deletingLastPathComponent as NSString).lastPathComponent : member
                let verdict = DiskSafetyInspector().inspect(try DiskInventory().disk(named: parent))
                #expect(verdict.refusals.contains { $0.protectsRunningSystem })
            }
            return
        }
        var settings = WipeSettings()
        settings.readsSMART = false
        let plan = WipePlanner(settings: settings).plan(disk, request: WipeRequest(method: .zero))
        #expect(plan.verdict.refusals.contains { $0.protectsRunningSystem })
        #expect(plan.verdict.clearance == nil)
        #expect(plan.verdict.exclusiveProbeRan == false)
        #expect(plan.candidates.isEmpty)
        #expect(!DeviceOpenLedger.shared.writeOpens.contains(disk.devicePath))
    }

    @Test(.enabled(if: TestEnvironment.canUseLoopDevices, TestEnvironment.loopDevicesReason))
    func mountedExt4LoopDeviceIsRefusedAndLeftIntact() throws {
        let directory = try TemporaryDirectory()
        let loop = try LoopDevice(backingFile: directory.file("disk.img"), sizeBytes: 16 << 20)
        try Shell.check(["mkfs.ext4", "-q", "-F", loop.path])
        let mountPoint = directory.file("mnt")
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        try Shell.check(["mount", loop.path, mountPoint])
        defer { _ = try? Shell.run(["umount", mountPoint]) }
        try "donor's tax return".write(toFile: mountPoint + "/secret.txt", atomically: true, encoding: .utf8)
        try Shell.check(["sync"])
        let before = try loop.backingBytes()

        var settings = WipeSettings()
        settings.readsSMART = false
        // Loop numbers are reused by tests running alongside: only opens made from here on count.
        let opensBefore = DeviceOpenLedger.shared.writeOpens.count
        let plan = WipePlanner(settings: settings).plan(try loop.disk(), request: WipeRequest(method: .zero))
        #expect(plan.verdict.refusals.contains(.mounted(device: loop.name, mountPoint: mountPoint)))
        #expect(plan.verdict.clearance == nil)
        #expect(!DeviceOpenLedger.shared.writeOpens.dropFirst(opensBefore).contains(loop.path))
        #expect(try loop.backingBytes() == before)
    }

    @Test(.enabled(if: TestEnvironment.canUseLoopDevices, TestEnvironment.loopDevicesReason))
    func deviceHeldExclusivelyByAnotherProcessIsRefusedAndLeftIntact() throws {
        let directory = try TemporaryDirectory()
        let content = DiskContent.randomWithMarkers(size: 4 << 20)
        let loop = try LoopDevice(backingFile: directory.file("disk.img"), sizeBytes: 4 << 20, contents: content)

        // Another program holds the device with O_EXCL, as a partitioning tool or a RAID assembly would.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // It lets go when its standard input closes, so the test never waits on a signal or a timer.
        holder.arguments = ["python3", "-c", "import os,sys; os.open(sys.argv[1], os.O_RDONLY|os.O_EXCL); print('held', flush=True); sys.stdin.read()", loop.path]
        let pipe = Pipe()
        let release = Pipe()
        holder.standardOutput = pipe
        holder.standardInput = release
        try holder.run()
        defer {
            try? release.fileHandleForWriting.close()
            holder.waitUntilExit()
        }
        let ready = String(decoding: pipe.fileHandleForReading.availableData, as: UTF8.self)
        try #require(ready.contains("held"), "helper could not hold the device")

        var settings = WipeSettings()
        settings.readsSMART = false
        let plan = WipePlanner(settings: settings).plan(try loop.disk(), request: WipeRequest(method: .zero))
        #expect(plan.verdict.refusals == [.busy])
        #expect(plan.verdict.exclusiveProbeRan)
        #expect(plan.verdict.clearance == nil)
        #expect(try loop.backingBytes() == content)
    }

    @Test(.enabled(if: TestEnvironment.canUseLoopDevices, TestEnvironment.loopDevicesReason))
    func loopDeviceIsListedAsVirtualWithItsBackingFile() throws {
        let directory = try TemporaryDirectory()
        let loop = try LoopDevice(backingFile: directory.file("disk.img"), sizeBytes: 3 << 20)
        let disk = try loop.disk()
        #expect(disk.transport == .loop)
        #expect(disk.mediaType == .virtual)
        #expect(disk.sizeBytes == 3 << 20)
        #expect(disk.identity.model?.contains(loop.backingFile) == true)
        #expect(disk.confirmationToken == loop.name)
        #expect(try DiskInventory().disk(atPath: loop.path).name == loop.name)
        let entry = try #require(DiskListing.entries().first { $0.disk.name == loop.name })
        #expect(entry.refusals.isEmpty)
    }
}
