import RefurbCore

/// Everything that decides a certificate's result, gathered from the run.
public struct ErasureFindings: Sendable {
    public var diskSize: UInt64
    public var isFirmwareMethod: Bool
    public var firmwareOutcome: FirmwareEvidence.Outcome? = nil
    public var firmwareCommand: String? = nil
    public var overwrite: OverwritePassReport? = nil
    public var verification: VerificationReport
    public var hiddenAfter: HiddenAreaStatus
    public var hpaRestoreNotApplied = false
    public var openError: String? = nil
    public var noMethodApplied = false
}

/// Decides erased / erased with exceptions / failed, and says why. A fault never yields a plain
/// "erased": any skipped, unreadable or hidden sector, any retried error, or a missing read-back makes it
/// "erased with exceptions"; a run that stopped early, a firmware command that did not provably finish,
/// a read-back that found other data, or skipped areas beyond 1 % of the disk make it "failed".
public enum ResultClassifier {
    /// Above this share of skipped bytes the disk is not "mostly erased", it is failed.
    static let failedSkippedBasisPoints: UInt64 = 100

    public static func classify(_ findings: ErasureFindings) -> ErasureCertificate.Result {
        var failures: [Message] = []
        var exceptions: [Message] = []

        if let openError = findings.openError { failures.append(Message("erasure.reason.cannotOpen", openError)) }
        if findings.noMethodApplied { failures.append(Message("erasure.reason.noMethod")) }
        if findings.isFirmwareMethod, let outcome = findings.firmwareOutcome, outcome != .completed {
            failures.append(Message("erasure.reason.firmware", findings.firmwareCommand ?? "?", outcome.rawValue))
        }

        var skipped: [ByteRange] = []
        if let overwrite = findings.overwrite {
            if let abort = overwrite.abort { failures.append(Message("erasure.reason.abort.\(abort.rawValue)")) }
            if overwrite.flushFailed { failures.append(Message("erasure.reason.flushFailed")) }
            skipped = ByteRange.coalesce(overwrite.failedRanges + overwrite.unwrittenRanges)
            let skippedBytes = ByteRange.totalLength(skipped)
            if skippedBytes > 0 {
                let reason = Message("erasure.reason.skipped", String(skippedBytes), String(skipped.count))
                if findings.diskSize == 0 || skippedBytes * 10_000 / findings.diskSize >= failedSkippedBasisPoints {
                    failures.append(reason)
                } else {
                    exceptions.append(reason)
                }
            }
        }

        let verification = findings.verification
        if verification.mode == .none {
            exceptions.append(Message("erasure.reason.notVerified"))
        } else {
            if let abort = verification.abort, findings.overwrite?.abort == nil {
                failures.append(Message("erasure.reason.abort.\(abort.rawValue)"))
            }
            if verification.mismatchedSectors > 0 {
                let key = findings.isFirmwareMethod ? "erasure.reason.oldDataRemains" : "erasure.reason.mismatches"
                failures.append(Message(key, String(verification.mismatchedSectors)))
            }
            let unreadable = ByteRange.totalLength(verification.unreadableRanges.flatMap { $0.subtracting(skipped) })
            if unreadable > 0 { exceptions.append(Message("erasure.reason.unreadable", String(unreadable))) }
        }

        let retried = (findings.overwrite?.retries ?? 0) + verification.retries
        if retried > 0, skipped.isEmpty, verification.unreadableRanges.isEmpty {
            exceptions.append(Message("erasure.reason.retried", String(retried)))
        }

        switch findings.hiddenAfter.state {
        case .hidden: exceptions.append(Message("erasure.reason.hiddenArea", String(findings.hiddenAfter.hiddenSectors)))
        case .unknown: exceptions.append(Message("erasure.reason.hiddenAreaUnknown"))
        case .none, .notApplicable: break
        }
        if findings.hpaRestoreNotApplied { exceptions.append(Message("erasure.reason.hpaNotApplied")) }

        if !failures.isEmpty { return .init(status: .failed, reasons: failures + exceptions) }
        if !exceptions.isEmpty { return .init(status: .erasedWithExceptions, reasons: exceptions) }
        return .init(status: .erased, reasons: [])
    }
}
