@testable import Erasure
import Foundation
import Testing

/// Software overwrites on real loop devices, checked independently of the wiper by reading the backing
/// file through the file system.
@Suite(.enabled(if: TestEnvironment.canUseLoopDevices, TestEnvironment.loopDevicesReason))
struct OverwriteOnLoopDeviceTests {
    static let size = 24 << 20 + 3 * 4096  // not a multiple of the chunk size: the last chunk is short

    @Test func zeroPassLeavesEveryByteZero() throws {
        let kit = try TestWipeKit()
        let loop = try LoopDevice(backingFile: kit.directory.file("disk.img"), sizeBytes: Self.size, contents: DiskContent.randomWithMarkers(size: Self.size))
        let outcome = try kit.wipe(try loop.disk(), WipeRequest(method: .zero))
        loop.detach()

        let bytes = try Data(contentsOf: URL(fileURLWithPath: loop.backingFile))
        #expect(bytes.count == Self.size)
        #expect(DiskContent.isAllZero(bytes))
        let certificate = outcome.certificate
        #expect(certificate.result.status == .erased)
        #expect(certificate.verification.passed)
        #expect(certificate.verification.coverageBasisPoints == 10_000)
        #expect(certificate.verification.bytesRead == UInt64(Self.size))
        #expect(certificate.run.bytesWritten == UInt64(Self.size))
        #expect(certificate.erasure.nistCategory == .clear)
        #expect(certificate.erasure.directIO)
        #expect(FileManager.default.fileExists(atPath: outcome.pdfPath))
        #expect(DeviceOpenLedger.shared.writeOpens.contains(loop.path))
    }

    @Test func randomPassLeavesNoMarkerAndVerifies() throws {
        let kit = try TestWipeKit()
        let original = DiskContent.randomWithMarkers(size: Self.size)
        let loop = try LoopDevice(backingFile: kit.directory.file("disk.img"), sizeBytes: Self.size, contents: original)
        let outcome = try kit.wipe(try loop.disk(), WipeRequest(method: .random))
        loop.detach()

        let bytes = try Data(contentsOf: URL(fileURLWithPath: loop.backingFile))
        for marker in DiskContent.markers {
            #expect(bytes.range(of: Data(marker.utf8)) == nil, "marker \(marker) survived")
        }
        #expect(bytes != original)
        #expect(!DiskContent.isAllZero(bytes))
        let certificate = outcome.certificate
        #expect(certificate.result.status == .erased)
        #expect(certificate.verification.passed)
        #expect(certificate.verification.mismatchedSectors == 0)
        #expect(certificate.verification.expected.contains("AES-256-CTR"))
        #expect(certificate.erasure.prng?.contains("AES-256-CTR") == true)
        // The key never leaves memory: nothing in the certificate is 32 or 16 raw bytes of key material.
        let json = try String(contentsOfFile: outcome.jsonPath, encoding: .utf8)
        #expect(!json.lowercased().contains("\"key\""))
    }

    @Test func sampledVerificationReadsThatShareWithARecordedSeed() throws {
        let kit = try TestWipeKit()
        let loop = try LoopDevice(backingFile: kit.directory.file("disk.img"), sizeBytes: 32 << 20)
        let outcome = try kit.wipe(try loop.disk(), WipeRequest(method: .random, verification: .sample(basisPoints: 2500)))
        let verification = outcome.certificate.verification
        #expect(verification.mode == "sample:25")
        #expect(verification.passed)
        #expect(verification.coverageBasisPoints >= 2500 && verification.coverageBasisPoints < 4000)
        let sampling = try #require(verification.sampling)
        let plan = SamplingPlan(diskSize: 32 << 20, basisPoints: 2500, seed: UInt64(sampling.seed, radix: 16)!)
        #expect(plan.ranges.count == sampling.blocks)
    }

    @Test func readBackCatchesADiskThatDidNotKeepTheData() throws {
        let kit = try TestWipeKit()
        let loop = try LoopDevice(backingFile: kit.directory.file("disk.img"), sizeBytes: 8 << 20, contents: DiskContent.randomWithMarkers(size: 8 << 20))
        // Verify zeros on a disk that was never written: every sector must be reported, and located.
        let verifier = ReadBackVerifier(path: loop.path, sectorSize: 512,
                                        settings: .init(chunkSize: 1 << 20, pipelineDepth: 3, producers: 2, retry: kit.settings.retry),
                                        presence: DevicePresence(root: .live, number: try loop.disk().number), monitor: PassMonitor())
        var report = VerificationReport(mode: .full)
        verifier.verify(plan: .sequential(totalBytes: 8 << 20, chunkSize: 1 << 20), expected: .pattern(ZeroPattern()), into: &report)
        #expect(report.mismatchedSectors == UInt64((8 << 20) / 512))
        #expect(report.mismatchRanges == [ByteRange(offset: 0, length: 8 << 20)])
        #expect(!report.passed)
    }

    @Test func severalDisksInParallelGetOneCertificateEach() throws {
        let kit = try TestWipeKit()
        let loops = try (0..<3).map { try LoopDevice(backingFile: kit.directory.file("disk\($0).img"), sizeBytes: 8 << 20, contents: DiskContent.randomWithMarkers(size: 8 << 20)) }
        let planner = WipePlanner(settings: kit.settings)
        let jobs = try loops.map { loop -> (plan: WipePlan, cleared: ClearedDisk) in
            let plan = planner.plan(try loop.disk(), request: WipeRequest(method: .zero))
            return (plan, try #require(plan.verdict.clearance))
        }
        let results = WipeBatch(session: kit.session()).run(jobs)
        var identifiers = Set<String>()
        for result in results {
            guard case .finished(let outcome) = result else {
                Issue.record("wipe failed: \(result)")
                continue
            }
            #expect(outcome.certificate.result.status == .erased, "\(outcome.certificate.result.reasons.map(\.key))")
            identifiers.insert(outcome.certificate.id)
        }
        #expect(identifiers.count == 3)
        for loop in loops {
            loop.detach()
            #expect(DiskContent.isAllZero(try loop.backingBytes()))
        }
    }
}
