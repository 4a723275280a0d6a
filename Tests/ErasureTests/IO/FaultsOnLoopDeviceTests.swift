@testable import Erasure
import Foundation
import Testing

/// Real I/O errors: a loop device over a sparse file on a tmpfs smaller than the file fails its writes
/// once the tmpfs is full (ENOSPC surfaces as EIO on the loop device); a device whose capacity drops to
/// zero mid-wipe behaves like a disk pulled out.
@Suite(.enabled(if: TestEnvironment.canUseLoopDevices, TestEnvironment.loopDevicesReason))
struct FaultsOnLoopDeviceTests {
    @Test func writesFailingPastAFullTmpfsAreRecordedNeverErased() throws {
        var kit = try TestWipeKit()
        // One write at a time, so that the tmpfs fills front to back: with several in flight a later chunk
        // may take its last pages before an earlier one, and where it fills up would depend on timing
        // (BlockIOEngineTests fails a fixed area with many writes in flight instead).
        kit.settings.pipelineDepth = 1
        let mountPoint = kit.directory.file("small-tmpfs")
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        try Shell.check(["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", mountPoint])
        defer { _ = try? Shell.run(["umount", "-l", mountPoint]) }
        let loop = try LoopDevice(backingFile: mountPoint + "/sparse.img", sizeBytes: 16 << 20)
        defer { loop.detach() }

        let outcome = try kit.wipe(try loop.disk(), WipeRequest(method: .zero))
        let certificate = outcome.certificate
        #expect(certificate.result.status != .erased)
        #expect(certificate.faults.writeErrors > 0)
        #expect(!certificate.faults.skippedRanges.isEmpty)
        #expect(certificate.faults.skippedBytes >= 8 << 20)
        // The first 5 MiB fitted in the tmpfs and were written.
        #expect(certificate.faults.skippedRanges.allSatisfy { $0.offset >= 5 << 20 })
        #expect(certificate.result.reasons.contains { $0.key == "erasure.reason.skipped" })
        #expect(CertificateVerifier.verify(fileContent: try Data(contentsOf: URL(fileURLWithPath: outcome.jsonPath)), trustedKey: kit.keys.publicKey)
            .isValid)
    }

    /// A pattern that, when the generator reaches `offset`, shrinks the loop device to nothing: from then
    /// on every write fails and sysfs reports size 0, as for an unplugged disk.
    struct VanishingPattern: PatternSource {
        let loop: String
        let offset: UInt64
        var isConstant: Bool { false }
        func fill(_ buffer: UnsafeMutableRawBufferPointer, deviceOffset: UInt64) {
            buffer.initializeMemory(as: UInt8.self, repeating: 0xA5)
            if deviceOffset == offset {
                let backing = (try? Shell.check([TestEnvironment.losetup!, "--noheadings", "--output", "BACK-FILE", loop])) ?? ""
                _ = try? Shell.run(["truncate", "-s", "0", backing])
                _ = try? Shell.run([TestEnvironment.losetup!, "--set-capacity", loop])
            }
        }
    }

    @Test func diskThatDisappearsMidWipeEndsFailedWithoutHanging() throws {
        let kit = try TestWipeKit()
        let loop = try LoopDevice(backingFile: kit.directory.file("disk.img"), sizeBytes: 32 << 20)
        defer { loop.detach() }
        let disk = try loop.disk()
        let plan = WipePlanner(settings: kit.settings).plan(disk, request: WipeRequest(method: .random))
        let cleared = try #require(plan.verdict.clearance)
        let file = try BlockDeviceFile.openForWriting(cleared)
        let started = Date()
        let report = OverwritePass(
            file: file, size: 32 << 20, pattern: VanishingPattern(loop: loop.path, offset: 8 << 20),
            settings: .init(chunkSize: 1 << 20, pipelineDepth: 3, producers: 2, retry: kit.settings.retry),
            presence: DevicePresence(root: .live, number: disk.number), monitor: PassMonitor()
        ).run()
        #expect(Date().timeIntervalSince(started) < 30)
        // The test makes the disk vanish in two steps (truncate the backing file, then shrink the loop
        // device), as a failing drive errors before it drops off the bus: with several writes in flight
        // the failure limit may be reached first. Either way the pass stops at once and the result fails.
        #expect(report.abort == .deviceGone || report.abort == .tooManyFailures)
        #expect(report.bytesWritten < 32 << 20)
        #expect(!report.unwrittenRanges.isEmpty)

        let result = ResultClassifier.classify(ErasureFindings(
            diskSize: 32 << 20, isFirmwareMethod: false, overwrite: report, verification: VerificationReport(mode: .full),
            hiddenAfter: .notApplicable, hpaRestoreNotApplied: false, noMethodApplied: false))
        #expect(result.status == .failed)
        #expect(["erasure.reason.abort.device-gone", "erasure.reason.abort.too-many-failures"]
            .contains(result.reasons.first?.key))
    }
}

extension CertificateVerifier.Outcome {
    var isValid: Bool {
        if case .valid = self { return true }
        return false
    }
}
