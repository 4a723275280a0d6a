import Foundation
import RefurbCore

/// Erases one disk that passed the safety rules, following its plan, and produces its signed
/// certificate. Methods are tried in the plan's order until one provably completes; an overwrite always
/// ends the list. Every phase runs under the stall watchdog.
public struct WipeSession: Sendable {
    public let settings: WipeSettings
    public let keys: StationKeyPair
    public let store: CertificateStore
    public let language: Language
    public let progress: ProgressSink

    public init(settings: WipeSettings, keys: StationKeyPair, store: CertificateStore, language: Language, progress: ProgressSink) {
        self.settings = settings
        self.keys = keys
        self.store = store
        self.language = language
        self.progress = progress
    }

    /// What one method achieved.
    struct MethodRun {
        var method: WipeMethod
        var firmwarePlan: FirmwarePlan?
        var evidence: FirmwareEvidence?
        var overwrite: OverwritePassReport?
        var verification: VerificationReport
        var bytesWritten: UInt64 = 0
        var writeMilliseconds = 0
        var directIO = true
        var openError: String?

        var provablyDone: Bool {
            if let evidence { return evidence.outcome == .completed && verification.mismatchedSectors == 0 }
            return true
        }
    }

    public func wipe(_ plan: WipePlan, cleared: ClearedDisk) throws -> WipeOutcome {
        let started = Date()
        let watcher = WatchedRun(device: cleared.disk.name, sink: progress, stallTimeout: settings.retry.stallTimeout)
        var disk = cleared.disk

        // Hidden areas first: restoring the native size changes what the overwrite must cover.
        let hiddenBefore = plan.hiddenAreas
        var hiddenAfter = hiddenBefore
        var hpaRestoreNotApplied = false
        if plan.request.restoreHPA, hiddenBefore.hpaSectors > 0 {
            let inspector = HiddenAreaInspector(runner: settings.runner)
            _ = inspector.restoreNativeSize(disk, status: hiddenBefore, root: settings.root)
            hiddenAfter = inspector.inspect(disk)
            if let refreshed = try? DiskInventory(root: settings.root).disk(named: disk.name) { disk = refreshed }
            if let native = hiddenBefore.nativeSectors, disk.sizeBytes < native * 512 { hpaRestoreNotApplied = true }
        }

        var attempts: [ErasureCertificate.Attempt] = []
        var final: MethodRun?
        for candidate in plan.candidates {
            if let reason = candidate.skippedBecause {
                attempts.append(.init(method: candidate.method, outcome: "skipped: " + reason.text(in: .en, catalog: .erasure)))
                continue
            }
            let run = candidate.method.isSoftwareOverwrite
                ? overwrite(disk, cleared: cleared, method: candidate.method, verification: plan.verification(for: candidate.method), watcher: watcher)
                : firmware(disk, plan: candidate.firmwarePlan!, verification: plan.verification(for: candidate.method), watcher: watcher)
            attempts.append(.init(method: candidate.method, outcome: run.evidence?.outcome.rawValue ?? (run.overwrite?.abort?.rawValue ?? "completed")))
            final = run
            if run.provablyDone || plan.request.method != .auto || WipeCancellation.isRequested { break }
        }
        watcher.report(.done, total: disk.sizeBytes, done: disk.sizeBytes, meter: RateMeter())

        let certificate = makeCertificate(
            plan: plan, disk: disk, run: final, attempts: attempts, started: started,
            hiddenBefore: hiddenBefore, hiddenAfter: hiddenAfter, hpaRestoreNotApplied: hpaRestoreNotApplied
        )
        let signed = try CertificateSigner.sign(certificate, with: keys)
        let written = try store.write(signed.certificate, signedContent: signed.fileContent, language: language)
        return WipeOutcome(certificate: signed.certificate, jsonPath: written.jsonPath, pdfPath: written.pdfPath)
    }

    // MARK: Software overwrite

    private func overwrite(_ disk: Disk, cleared: ClearedDisk, method: WipeMethod, verification: VerificationMode, watcher: WatchedRun) -> MethodRun {
        var run = MethodRun(method: method, verification: VerificationReport(mode: verification))
        let file: BlockDeviceFile
        let size: UInt64
        let sectorSize: Int
        do {
            file = try BlockDeviceFile.openForWriting(cleared)
            size = try file.sizeInBytes()
            sectorSize = try file.logicalSectorSize()
        } catch {
            run.openError = "\(error)"
            return run
        }
        let pattern: PatternSource = method == .zero ? ZeroPattern() : AESCounterStream()
        let presence = DevicePresence(root: settings.root, number: disk.number)
        let passSettings = OverwritePass.Settings(chunkSize: settings.chunkSize, pipelineDepth: settings.pipelineDepth, producers: settings.producers, retry: settings.retry, io: settings.io,
                                                  verificationFollows: verification != .none)

        let monitor = PassMonitor()
        let writeStart = Date()
        let report = watcher.run(phase: .write, total: size, monitor: monitor) {
            OverwritePass(file: file, size: size, pattern: pattern, settings: passSettings, presence: presence, monitor: monitor).run()
        } ?? {
            var stalled = OverwritePassReport()
            stalled.abort = .stalled
            stalled.bytesWritten = monitor.bytesDone
            stalled.unwrittenRanges = [ByteRange(offset: monitor.bytesDone, length: size - min(size, monitor.bytesDone))]
            return stalled
        }()
        run.writeMilliseconds = Int(Date().timeIntervalSince(writeStart) * 1000)
        // Held only for the write phase: the read-back opens the disk exclusively on a descriptor of its
        // own. A stalled writer thread keeps its descriptor, so that its number can't be reused under it.
        if report.abort != .stalled { file.close() }
        run.overwrite = report
        run.bytesWritten = report.bytesWritten
        run.directIO = report.directIO

        // A disk that vanished or stopped answering can't be read back either.
        guard report.abort != .deviceGone, report.abort != .stalled else { return run }
        let skipped = report.failedRanges + report.unwrittenRanges
        run.verification = readBack(disk, size: size, sectorSize: sectorSize, mode: verification, expected: .pattern(pattern), skipping: skipped, watcher: watcher)
        return run
    }

    // MARK: Firmware

    private func firmware(_ disk: Disk, plan: FirmwarePlan, verification: VerificationMode, watcher: WatchedRun) -> MethodRun {
        var run = MethodRun(method: plan.method, firmwarePlan: plan, verification: VerificationReport(mode: verification))
        let size = disk.sizeBytes
        let sampling = samplingRanges(size: size, mode: verification)
        var fingerprints: SectorFingerprints?
        if let sampling {
            let monitor = PassMonitor()
            fingerprints = watcher.run(phase: .fingerprint, total: sampling.plan.totalBytes, monitor: monitor) {
                SampleFingerprinter(path: disk.devicePath, pipelineDepth: self.settings.pipelineDepth, monitor: monitor, io: self.settings.io).fingerprint(sampling.plan)
            } ?? nil
        }
        let monitor = PassMonitor()
        let firmwareWatcher = WatchedRun(device: disk.name, sink: progress, stallTimeout: plan.timeout)
        let runner = FirmwareEraseRunner(runner: settings.runner, pollInterval: settings.firmwarePollInterval)
        let evidence = firmwareWatcher.run(phase: .firmware, total: size, monitor: monitor) {
            runner.execute(plan, monitor: monitor) { fraction in
                if let fraction { monitor.advance(by: UInt64(Double(size) * fraction) &- monitor.bytesDone) }
            }
        } ?? {
            var timedOut = FirmwareEvidence()
            timedOut.outcome = .timedOut
            return timedOut
        }()
        run.evidence = evidence
        run.directIO = true
        guard evidence.outcome == .completed, let fingerprints else { return run }
        run.verification = readBack(disk, size: size, sectorSize: disk.logicalSectorSize, mode: verification,
                                    expected: .changedFrom(fingerprints), skipping: [], watcher: watcher, sampling: sampling)
        return run
    }

    // MARK: Read-back

    private func samplingRanges(size: UInt64, mode: VerificationMode) -> (plan: ChunkPlan, sampling: SamplingPlan?)? {
        switch mode {
        case .none: return nil
        case .full: return (ChunkPlan.sequential(totalBytes: size, chunkSize: settings.chunkSize), nil)
        case .sample(let basisPoints):
            var generator = SystemRandomNumberGenerator()
            let sampling = SamplingPlan(diskSize: size, basisPoints: basisPoints, seed: generator.next())
            return (ChunkPlan.explicit(sampling.ranges), sampling)
        }
    }

    private func readBack(_ disk: Disk, size: UInt64, sectorSize: Int, mode: VerificationMode, expected: ExpectedContent,
                          skipping skipped: [ByteRange], watcher: WatchedRun, sampling: (plan: ChunkPlan, sampling: SamplingPlan?)? = nil) -> VerificationReport {
        var report = VerificationReport(mode: mode)
        guard let ranges = sampling ?? samplingRanges(size: size, mode: mode) else { return report }
        report.samplingPlan = ranges.sampling
        let verifier = ReadBackVerifier(
            path: disk.devicePath, sectorSize: sectorSize,
            settings: .init(chunkSize: settings.chunkSize, pipelineDepth: settings.pipelineDepth, producers: settings.producers, retry: settings.retry, io: settings.io),
            presence: DevicePresence(root: settings.root, number: disk.number), monitor: PassMonitor()
        )
        let initial = report
        let started = Date()
        report = watcher.run(phase: .verify, total: ranges.plan.totalBytes, monitor: verifier.monitor) {
            var result = initial
            verifier.verify(plan: ranges.plan, expected: expected, into: &result)
            return result
        } ?? {
            var stalled = initial
            stalled.abort = .stalled
            return stalled
        }()
        report.durationMilliseconds = Int(Date().timeIntervalSince(started) * 1000)
        // Areas the write already reported as skipped are counted there, not again as mismatches.
        if !skipped.isEmpty {
            let remaining = report.mismatchRanges.flatMap { $0.subtracting(skipped) }
            report.mismatchRanges = ByteRange.coalesce(remaining)
            report.mismatchedSectors = ByteRange.totalLength(remaining) / UInt64(sectorSize)
        }
        report.coverageBasisPoints = size == 0 ? 0 : Int(min(10_000, report.bytesRead * 10_000 / size))
        return report
    }

    // MARK: Certificate

    private func makeCertificate(plan: WipePlan, disk: Disk, run: MethodRun?, attempts: [ErasureCertificate.Attempt], started: Date,
                                 hiddenBefore: HiddenAreaStatus, hiddenAfter: HiddenAreaStatus, hpaRestoreNotApplied: Bool) -> ErasureCertificate {
        let ended = Date()
        let method = run?.method ?? plan.request.method
        let verification = run?.verification ?? VerificationReport(mode: plan.verification(for: method))
        let overwrite = run?.overwrite
        let findings = ErasureFindings(
            diskSize: disk.sizeBytes, isFirmwareMethod: method.isFirmware, firmwareOutcome: run?.evidence?.outcome,
            firmwareCommand: run?.firmwarePlan?.commandLines.last, overwrite: overwrite, verification: verification,
            hiddenAfter: hiddenAfter, hpaRestoreNotApplied: hpaRestoreNotApplied, openError: run?.openError, noMethodApplied: run == nil
        )
        let skipped = ByteRange.coalesce((overwrite?.failedRanges ?? []) + (overwrite?.unwrittenRanges ?? []))
        let identity = plan.identity
        let writeSeconds = max(0.001, Double(run?.writeMilliseconds ?? 0) / 1000)
        let pattern: String = switch method {
        case .zero: "0x00"
        case .random: "\(AESCounterStream.algorithmName) keystream"
        default: run?.firmwarePlan.map { _ in "drive firmware" } ?? "—"
        }
        let commands: [String] = run?.firmwarePlan?.commandLines
            ?? (method.isSoftwareOverwrite ? ["write \(disk.devicePath) O_DIRECT|O_EXCL, \(settings.chunkSize >> 20) MiB chunks (\(overwrite?.engine ?? "")), then fsync"] : [])
        let expected: String = switch method {
        case .zero: "zeros"
        case .random: "regenerated \(AESCounterStream.algorithmName) stream"
        default: "not the previous content (fingerprints sampled before the erase)"
        }

        return ErasureCertificate(
            schemaVersion: ErasureCertificate.currentSchemaVersion,
            id: UUID().uuidString.lowercased(),
            issuedAt: Self.timestamp(ended),
            tool: .init(name: settings.toolName, version: settings.toolVersion),
            workshop: .init(name: plan.request.context.workshop, station: plan.request.context.station, operator: plan.request.context.operator),
            source: .init(lot: plan.request.context.lot, assetTag: plan.request.context.assetTag, host: HostIdentity.read(root: settings.root)),
            drive: .init(
                devicePath: disk.devicePath, vendor: identity.vendor, model: identity.model, serial: identity.serial,
                firmware: identity.firmware, wwn: identity.wwn, transport: disk.transport, mediaType: disk.mediaType,
                logicalSectorSize: disk.logicalSectorSize, physicalSectorSize: disk.physicalSectorSize,
                visibleCapacityBytes: disk.sizeBytes,
                nativeCapacityBytes: (hiddenBefore.dcoRealSectors ?? hiddenBefore.nativeSectors).map { $0 * 512 },
                hiddenAreasBefore: hiddenBefore, hiddenAreasAfter: hiddenAfter, smart: plan.smart
            ),
            erasure: .init(
                method: method, requestedMethod: plan.request.method, nistCategory: method.category, technique: method.technique,
                commands: commands, pattern: pattern, passes: 1,
                prng: method == .random ? "\(AESCounterStream.algorithmName) (OpenSSL EVP, AES-NI), key from the system CSPRNG, kept in memory only" : nil,
                firmware: run?.evidence, attempts: attempts, directIO: run?.directIO ?? true
            ),
            run: .init(
                startedAt: Self.timestamp(started), endedAt: Self.timestamp(ended),
                durationMilliseconds: Int(ended.timeIntervalSince(started) * 1000),
                bytesWritten: run?.bytesWritten ?? 0,
                throughputBytesPerSecond: run?.overwrite == nil ? 0 : UInt64(Double(run?.bytesWritten ?? 0) / writeSeconds)
            ),
            verification: .init(
                mode: verification.mode.description, expected: expected, coverageBasisPoints: verification.coverageBasisPoints,
                bytesRead: verification.bytesRead, durationMilliseconds: verification.durationMilliseconds, mismatchedSectors: verification.mismatchedSectors,
                mismatchRanges: verification.mismatchRanges, unreadableRanges: verification.unreadableRanges,
                sampling: verification.samplingPlan.map { .init(seed: String(format: "%016llx", $0.seed), blockSize: $0.blockSize, blocks: $0.ranges.count) },
                passed: verification.passed
            ),
            faults: .init(
                writeErrors: overwrite?.writeErrors ?? 0, readErrors: verification.readErrors,
                retries: (overwrite?.retries ?? 0) + verification.retries,
                skippedRanges: Array(skipped.prefix(VerificationReport.storedRangeLimit)), skippedBytes: ByteRange.totalLength(skipped),
                abort: overwrite?.abort ?? verification.abort, errorSamples: overwrite?.errorSamples ?? []
            ),
            result: ResultClassifier.classify(findings),
            signature: nil
        )
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
