@testable import Erasure
import Foundation
import Testing

@Suite struct VerificationPlanningTests {
    @Test func verifyArgumentParsing() {
        #expect(VerificationMode(argument: "full") == .full)
        #expect(VerificationMode(argument: "none") == VerificationMode.none)
        #expect(VerificationMode(argument: "sample") == .sample(basisPoints: 1000))
        #expect(VerificationMode(argument: "sample:2.5") == .sample(basisPoints: 250))
        #expect(VerificationMode(argument: "sample:100%") == .sample(basisPoints: 10_000))
        #expect(VerificationMode(argument: "sample:0") == nil)
        #expect(VerificationMode(argument: "sample:101") == nil)
        #expect(VerificationMode(argument: "half") == nil)
        #expect(VerificationMode.sample(basisPoints: 250).description == "sample:2.5")
        #expect(VerificationMode.sample(basisPoints: 5).description == "sample:0.05")
    }

    @Test func samplingIsReproducibleFromItsSeedAndCoversTheShare() {
        let size: UInt64 = 10_000 << 20 + 12_345
        let plan = SamplingPlan(diskSize: size, basisPoints: 1000, seed: 42)
        #expect(plan == SamplingPlan(diskSize: size, basisPoints: 1000, seed: 42))
        #expect(plan.ranges != SamplingPlan(diskSize: size, basisPoints: 1000, seed: 43).ranges)
        #expect(plan.ranges.count == 1001)  // ceil(10 % of 10 001 blocks)
        #expect(plan.ranges.first?.offset == 0)
        #expect(plan.ranges.last == ByteRange(offset: 10_000 << 20, length: 12_345))
        #expect(Set(plan.ranges).count == plan.ranges.count)
        #expect(plan.ranges == plan.ranges.sorted())
    }

    @Test(.enabled(if: TestEnvironment.canUseLoopDevices, TestEnvironment.loopDevicesReason))
    func firmwareReadBackDetectsOldDataLeftInPlace() throws {
        let directory = try TemporaryDirectory()
        let size = 8 << 20
        let loop = try LoopDevice(backingFile: directory.file("disk.img"), sizeBytes: size, contents: DiskContent.randomWithMarkers(size: size))
        let sampling = SamplingPlan(diskSize: UInt64(size), basisPoints: 2500, seed: 7)
        let plan = ChunkPlan.explicit(sampling.ranges)
        let fingerprints = try #require(SampleFingerprinter(path: loop.path, pipelineDepth: 2, monitor: PassMonitor()).fingerprint(plan))
        #expect(fingerprints.count == Int(sampling.coveredBytes) / SectorFingerprints.unitSize)

        let verifier = ReadBackVerifier(path: loop.path, sectorSize: 512,
                                        settings: .init(chunkSize: 1 << 20, pipelineDepth: 3, producers: 2, retry: .standard),
                                        presence: DevicePresence(root: .live, number: try loop.disk().number), monitor: PassMonitor())
        // A "firmware erase" that did nothing: every sampled unit still holds its old data.
        var untouched = VerificationReport(mode: .sample(basisPoints: 2500))
        verifier.verify(plan: plan, expected: .changedFrom(fingerprints), into: &untouched)
        #expect(untouched.mismatchedSectors == sampling.coveredBytes / 512)

        // One that worked (zeros written behind the tool's back): nothing old remains.
        try Shell.check(["dd", "if=/dev/zero", "of=\(loop.path)", "bs=1M", "count=8", "oflag=direct", "status=none"])
        var erased = VerificationReport(mode: .sample(basisPoints: 2500))
        verifier.verify(plan: plan, expected: .changedFrom(fingerprints), into: &erased)
        #expect(erased.mismatchedSectors == 0)
        #expect(erased.bytesRead == sampling.coveredBytes)
    }
}
