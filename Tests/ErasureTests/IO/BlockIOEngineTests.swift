import CErasureSys
@testable import Erasure
import Foundation
import Glibc
import Testing

/// The two ways a pass moves its chunks — io_uring, and the threads that stand in where the kernel
/// refuses it — each erase and verify a real loop device byte for byte, and each turn a disk's failing
/// area into a failed, located result.
@Suite(.enabled(if: TestEnvironment.canUseLoopDevices, TestEnvironment.loopDevicesReason))
struct BlockIOEngineTests {
    static let size = 12 << 20 + 5 * 4096  // the last chunk is short

    /// The engines to check: threads always; io_uring where this kernel allows it (a test that needs it
    /// and cannot have it says so instead of passing).
    static let engines: [BlockIOOptions.Engine] = [.ioUring, .threads]

    static let ringAllowed: Bool = {
        var ring: OpaquePointer?
        guard refurb_ring_create(8, &ring) == 0 else { return false }
        refurb_ring_destroy(ring)
        return true
    }()

    /// Settings for a pass with this engine; fails the test if io_uring is wanted and refused here.
    static func settings(_ engine: BlockIOOptions.Engine, kit: TestWipeKit) -> WipeSettings {
        var settings = kit.settings
        settings.io = BlockIOOptions(engine: engine)
        settings.pipelineDepth = 4
        return settings
    }

    @Test(arguments: engines)
    func zeroAndRandomPassesWriteEveryByteAndVerify(engine: BlockIOOptions.Engine) throws {
        if engine == .ioUring && !Self.ringAllowed {
            print("io_uring is refused on this machine: its path is not exercised here")
            return
        }
        var kit = try TestWipeKit()
        kit.settings = Self.settings(engine, kit: kit)
        let loop = try LoopDevice(backingFile: kit.directory.file("disk.img"), sizeBytes: Self.size, contents: DiskContent.randomWithMarkers(size: Self.size))
        defer { loop.detach() }
        let disk = try loop.disk()
        let plan = WipePlanner(settings: kit.settings).plan(disk, request: WipeRequest(method: .random))
        let cleared = try #require(plan.verdict.clearance)
        let passSettings = OverwritePass.Settings(chunkSize: 1 << 20, pipelineDepth: 4, producers: 2, retry: kit.settings.retry, io: kit.settings.io)
        let verifySettings = ReadBackVerifier.Settings(chunkSize: 1 << 20, pipelineDepth: 4, producers: 2, retry: kit.settings.retry, io: kit.settings.io)
        let presence = DevicePresence(root: .live, number: disk.number)

        // A random pass with a known key, so that the backing file can be compared with the keystream.
        let stream = AESCounterStream(keyBytes: Array(repeating: 0x5A, count: 32), initialCounter: Array(0..<16))
        var file = try BlockDeviceFile.openForWriting(cleared)
        let random = OverwritePass(file: file, size: UInt64(Self.size), pattern: stream, settings: passSettings, presence: presence, monitor: PassMonitor()).run()
        file.close()
        #expect(random.engine.hasPrefix(engine == .ioUring ? "io_uring" : "pwrite/pread on"))
        #expect(random.bytesWritten == UInt64(Self.size))
        #expect(random.failedRanges.isEmpty && random.unwrittenRanges.isEmpty && random.abort == nil && random.writeErrors == 0)
        var expected = [UInt8](repeating: 0, count: Self.size)
        expected.withUnsafeMutableBytes { stream.fill($0, deviceOffset: 0) }
        #expect(try loop.backingBytes() == Data(expected), "the disk holds the keystream, byte for byte")
        var report = VerificationReport(mode: .full)
        ReadBackVerifier(path: loop.path, sectorSize: 512, settings: verifySettings, presence: presence, monitor: PassMonitor())
            .verify(plan: .sequential(totalBytes: UInt64(Self.size), chunkSize: 1 << 20), expected: .pattern(stream), into: &report)
        #expect(report.passed && report.bytesRead == UInt64(Self.size))

        file = try BlockDeviceFile.openForWriting(cleared)
        let zero = OverwritePass(file: file, size: UInt64(Self.size), pattern: ZeroPattern(), settings: passSettings, presence: presence, monitor: PassMonitor()).run()
        file.close()
        #expect(zero.bytesWritten == UInt64(Self.size) && zero.writeErrors == 0)
        #expect(DiskContent.isAllZero(try loop.backingBytes()))
        report = VerificationReport(mode: .full)
        ReadBackVerifier(path: loop.path, sectorSize: 512, settings: verifySettings, presence: presence, monitor: PassMonitor())
            .verify(plan: .sequential(totalBytes: UInt64(Self.size), chunkSize: 1 << 20), expected: .pattern(ZeroPattern()), into: &report)
        #expect(report.passed && report.mismatchedSectors == 0)

        // Verification reads the medium: the random stream no longer matches the zeros now on it.
        report = VerificationReport(mode: .full)
        ReadBackVerifier(path: loop.path, sectorSize: 512, settings: verifySettings, presence: presence, monitor: PassMonitor())
            .verify(plan: .sequential(totalBytes: UInt64(Self.size), chunkSize: 1 << 20), expected: .pattern(stream), into: &report)
        #expect(report.mismatchRanges == [ByteRange(offset: 0, length: UInt64(Self.size))])
    }

    /// Where the kernel refuses io_uring (seccomp, kernel.io_uring_disabled), the wipe goes on with threads
    /// and its certificate says so.
    @Test func threadsStandInWhenTheKernelRefusesIoUring() throws {
        var kit = try TestWipeKit()
        kit.settings.io.ringSetup = .refusing(EPERM)
        let loop = try LoopDevice(backingFile: kit.directory.file("disk.img"), sizeBytes: Self.size, contents: DiskContent.randomWithMarkers(size: Self.size))
        defer { loop.detach() }

        let outcome = try kit.wipe(try loop.disk(), WipeRequest(method: .zero))
        loop.detach()
        let certificate = outcome.certificate
        #expect(certificate.result.status == .erased)
        #expect(certificate.verification.passed && certificate.verification.bytesRead == UInt64(Self.size))
        let command = try #require(certificate.erasure.commands.first)
        #expect(command.contains("pwrite/pread on") && command.contains("io_uring refused") && command.contains("errno \(EPERM)"), "\(command)")
        #expect(DiskContent.isAllZero(try loop.backingBytes()))
    }

    @Test func theEnvironmentCanAskForThreads() throws {
        let options = BlockIOOptions()
        #expect(options.engine == .automatic)
        #expect(BlockIOOptions.Engine(rawValue: "io_uring") == .ioUring)
        #expect(BlockIOOptions.Engine(rawValue: "threads") == .threads)
    }

    /// A real write error in the middle of the disk: the loop device's backing file sits on a tmpfs that is
    /// full, with one megabyte left as a hole. Writes over the rest overwrite pages the file already has;
    /// writes into the hole need a page the tmpfs cannot give, and the loop device fails them with EIO.
    @Test(arguments: engines)
    func aWriteErrorMidDiskFailsTheWipeAndNamesTheArea(engine: BlockIOOptions.Engine) throws {
        if engine == .ioUring && !Self.ringAllowed {
            print("io_uring is refused on this machine: its path is not exercised here")
            return
        }
        var kit = try TestWipeKit()
        kit.settings = Self.settings(engine, kit: kit)
        let mountPoint = kit.directory.file("full-tmpfs")
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        try Shell.check(["mount", "-t", "tmpfs", "-o", "size=15m", "tmpfs", mountPoint])
        defer { _ = try? Shell.run(["umount", "-l", mountPoint]) }
        let size = 16 << 20
        let hole = ByteRange(offset: 6 << 20, length: 1 << 20)
        let backing = mountPoint + "/disk.img"
        // Old data before and after the hole: 15 MiB, all the tmpfs holds.
        let content = DiskContent.randomWithMarkers(size: size)
        #expect(FileManager.default.createFile(atPath: backing, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: backing))
        try handle.truncate(atOffset: UInt64(size))
        try handle.seek(toOffset: 0)
        try handle.write(contentsOf: content[0 ..< Int(hole.offset)])
        try handle.seek(toOffset: hole.end)
        try handle.write(contentsOf: content[Int(hole.end)...])
        try handle.close()
        let loop = try LoopDevice(attaching: backing)
        defer { loop.detach() }

        let outcome = try kit.wipe(try loop.disk(), WipeRequest(method: .zero))
        let certificate = outcome.certificate
        #expect(certificate.result.status != .erased)
        #expect(certificate.faults.writeErrors > 0)
        #expect(certificate.faults.skippedRanges == [hole], "the failed area is named, and only it")
        #expect(certificate.faults.abort == nil, "one bad area does not stop the pass")
        #expect(certificate.run.bytesWritten == UInt64(size) - hole.length)
        #expect(certificate.result.reasons.contains { $0.key == "erasure.reason.skipped" })
        loop.detach()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: backing))
        #expect(DiskContent.isAllZero(bytes), "every other area was erased")
    }

    /// A disk that reports EIO for one area, on every attempt (the I/O layer's fault seam): the write
    /// fails there, is retried, narrowed down to that area and recorded; the rest is written.
    @Test(arguments: engines)
    func aPersistentWriteFaultIsLocated(engine: BlockIOOptions.Engine) throws {
        if engine == .ioUring && !Self.ringAllowed {
            print("io_uring is refused on this machine: its path is not exercised here")
            return
        }
        let kit = try TestWipeKit()
        let loop = try LoopDevice(backingFile: kit.directory.file("disk.img"), sizeBytes: Self.size)
        defer { loop.detach() }
        let disk = try loop.disk()
        let cleared = try #require(WipePlanner(settings: kit.settings).plan(disk, request: WipeRequest(method: .zero)).verdict.clearance)
        let bad = ByteRange(offset: (5 << 20) + (128 << 10), length: 64 << 10)
        var io = BlockIOOptions(engine: engine)
        io.injectedFaults = [.init(range: bad, direction: .write)]
        let file = try BlockDeviceFile.openForWriting(cleared)
        let report = OverwritePass(
            file: file, size: UInt64(Self.size), pattern: ZeroPattern(),
            settings: .init(chunkSize: 1 << 20, pipelineDepth: 8, producers: 2, retry: kit.settings.retry, io: io),
            presence: DevicePresence(root: .live, number: disk.number), monitor: PassMonitor()
        ).run()
        file.close()
        #expect(report.failedRanges == [bad])
        #expect(report.bytesWritten == UInt64(Self.size) - bad.length)
        #expect(report.writeErrors >= 1 + kit.settings.retry.delays.count)
        #expect(report.errorSamples.first?.contains("Input/output error") == true)
        #expect(report.abort == nil && report.unwrittenRanges.isEmpty)
    }

    /// The same for a read during verification: the area is reported unreadable and the check fails.
    @Test(arguments: engines)
    func aPersistentReadFaultFailsTheVerification(engine: BlockIOOptions.Engine) throws {
        if engine == .ioUring && !Self.ringAllowed {
            print("io_uring is refused on this machine: its path is not exercised here")
            return
        }
        let kit = try TestWipeKit()
        let loop = try LoopDevice(backingFile: kit.directory.file("disk.img"), sizeBytes: Self.size)
        defer { loop.detach() }
        let bad = ByteRange(offset: 9 << 20, length: 64 << 10)
        var io = BlockIOOptions(engine: engine)
        io.injectedFaults = [.init(range: bad, direction: .read)]
        var report = VerificationReport(mode: .full)
        ReadBackVerifier(path: loop.path, sectorSize: 512,
                         settings: .init(chunkSize: 1 << 20, pipelineDepth: 8, producers: 2, retry: kit.settings.retry, io: io),
                         presence: DevicePresence(root: .live, number: try loop.disk().number), monitor: PassMonitor())
            .verify(plan: .sequential(totalBytes: UInt64(Self.size), chunkSize: 1 << 20), expected: .pattern(ZeroPattern()), into: &report)
        #expect(report.unreadableRanges == [bad])
        #expect(report.mismatchedSectors == 0, "what was read is zeros, as written")
        #expect(report.bytesRead == UInt64(Self.size) - bad.length)
        #expect(report.readErrors > 0 && report.retries == kit.settings.retry.delays.count)
        #expect(!report.passed)
    }
}
