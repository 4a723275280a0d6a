@testable import Erasure
import Foundation
import RefurbCore
import Testing

/// A fault never yields a plain "erased".
@Suite struct ResultClassifierTests {
    func findings(overwrite: OverwritePassReport = OverwritePassReport(), verification: VerificationReport? = nil,
                  hidden: HiddenAreaStatus = .notApplicable) -> ErasureFindings {
        var passed = VerificationReport(mode: .full)
        passed.bytesRead = 1 << 30
        return ErasureFindings(diskSize: 1 << 30, isFirmwareMethod: false, overwrite: overwrite, verification: verification ?? passed, hiddenAfter: hidden)
    }

    @Test func cleanRunIsErased() {
        #expect(ResultClassifier.classify(findings()) == .init(status: .erased, reasons: []))
    }

    @Test func smallSkippedAreaIsAnException() {
        var report = OverwritePassReport()
        report.failedRanges = [ByteRange(offset: 4096, length: 65_536)]
        report.retries = 3
        let result = ResultClassifier.classify(findings(overwrite: report))
        #expect(result.status == .erasedWithExceptions)
        #expect(result.reasons.map(\.key) == ["erasure.reason.skipped"])
    }

    @Test func largeSkippedAreaFails() {
        var report = OverwritePassReport()
        report.unwrittenRanges = [ByteRange(offset: 0, length: 100 << 20)]
        #expect(ResultClassifier.classify(findings(overwrite: report)).status == .failed)
    }

    @Test func retriedErrorsAloneAreAnException() {
        var report = OverwritePassReport()
        report.retries = 1
        #expect(ResultClassifier.classify(findings(overwrite: report)).reasons.map(\.key) == ["erasure.reason.retried"])
    }

    @Test func hiddenSectorsLeftMakeExceptions() {
        let hidden = HiddenAreaStatus(state: .hidden, visibleSectors: 100, nativeSectors: 150)
        let result = ResultClassifier.classify(findings(hidden: hidden))
        #expect(result.status == .erasedWithExceptions)
        #expect(result.reasons == [Message("erasure.reason.hiddenArea", "50")])
        #expect(ResultClassifier.classify(findings(hidden: HiddenAreaStatus(state: .unknown))).status == .erasedWithExceptions)
    }

    @Test func mismatchesOrNoReadBack() {
        var mismatched = VerificationReport(mode: .full)
        mismatched.mismatchedSectors = 8
        #expect(ResultClassifier.classify(findings(verification: mismatched)).status == .failed)
        #expect(ResultClassifier.classify(findings(verification: VerificationReport(mode: .none))).reasons.map(\.key) == ["erasure.reason.notVerified"])
    }

    @Test func firmwareWithoutProofFails() {
        var findings = findings()
        findings.overwrite = nil
        findings.isFirmwareMethod = true
        findings.firmwareOutcome = .completionNotProven
        findings.firmwareCommand = "nvme sanitize /dev/nvme0 --sanact=4"
        #expect(ResultClassifier.classify(findings).status == .failed)
    }

    @Test func everyMessageKeyUsedExistsInBothLanguages() throws {
        let root = try #require(Fixtures.projectRoot)
        let sources = root + "/Sources"
        var keys = Set<String>()
        let enumerator = FileManager.default.enumerator(atPath: sources)
        while let file = enumerator?.nextObject() as? String {
            guard file.hasSuffix(".swift"), file.hasPrefix("Erasure/") || file.hasPrefix("refurb-commands/Wipe/") else { continue }
            let text = try String(contentsOfFile: sources + "/" + file, encoding: .utf8)
            let regex = try NSRegularExpression(pattern: #""(erasure\.[a-zA-Z.\-]+)""#)
            for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let key = String(text[Range(match.range(at: 1), in: text)!])
                if !key.hasSuffix(".") { keys.insert(key) }
            }
        }
        #expect(keys.count > 40)
        for key in keys {
            #expect(MessageCatalog.erasure.entries[key] != nil, "missing catalog entry \(key)")
        }
        for prefix in ["erasure.reason.abort.", "erasure.status.", "erasure.phase."] {
            let suffixes: [String] = switch prefix {
            case "erasure.reason.abort.": ["device-gone", "too-many-failures", "stalled", "cancelled"]
            case "erasure.status.": ["erased", "erased-with-exceptions", "failed"]
            default: ["write", "verify", "fingerprint", "firmware", "done"]
            }
            for suffix in suffixes { #expect(MessageCatalog.erasure.entries[prefix + suffix] != nil) }
        }
        for entry in MessageCatalog.erasure.entries.values {
            #expect(!entry.fr.isEmpty && !entry.en.isEmpty)
        }
    }
}
