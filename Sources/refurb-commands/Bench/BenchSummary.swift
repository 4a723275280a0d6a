import Erasure
import Foundation
import RefurbCommandLine
import RefurbCore

/// What one run came to: the verdict of the end screen, its details, and `logs/last-run.json` on the stick for
/// scripts (the bench's QEMU test reads it).
final class BenchSummary {
    enum Verdict: String {
        /// Every disk to erase was erased and verified, and each result sent or kept.
        case erased
        /// Erasure was not done: held back in auto mode, not confirmed, nothing to erase, or a problem before.
        case withheld
        /// A disk was not fully erased, or a result was refused or lost.
        case failed
    }

    let stick: BenchStick
    var serial: String?
    var tag: String?
    private(set) var verdict: Verdict = .erased
    private(set) var reasons: [String] = []
    private(set) var certificates: [(id: String, drive: String, status: String, text: String)] = []
    private(set) var deliveries: [String] = []
    private(set) var sent = 0
    private(set) var kept = 0

    init(stick: BenchStick) {
        self.stick = stick
    }

    var succeeded: Bool { verdict == .erased && !certificates.isEmpty }

    func failed(_ reason: String) -> BenchSummary {
        verdict = .failed
        reasons.append(reason)
        return self
    }

    func withheld(_ reason: String) -> BenchSummary {
        if verdict == .erased { verdict = .withheld }
        if !reason.isEmpty { reasons.append(reason) }
        return self
    }

    func certificate(_ outcome: WipeOutcome, text: String) {
        let certificate = outcome.certificate
        let drive = certificate.drive.serial.map { "\(certificate.drive.devicePath) (\($0))" } ?? certificate.drive.devicePath
        certificates.append((certificate.id, drive, certificate.result.status.rawValue, text))
        if certificate.result.status != .erased {
            verdict = .failed
        }
    }

    func diskFailed(_ disk: String, _ description: String) {
        verdict = .failed
        reasons.append("\(disk) : \(description)")
    }

    func note(_ fate: BenchDelivery.Fate) {
        deliveries.append(fate.sentence)
        switch fate {
        case .sent: sent += 1
        case .kept: kept += 1
        case .failed(let message):
            verdict = .failed
            reasons.append(message)
        }
    }

    var titleKey: String {
        switch verdict {
        case .erased where !certificates.isEmpty: "bench.end.erased"
        case .erased, .withheld: "bench.end.notErased"
        case .failed: certificates.isEmpty || certificates.contains { $0.status != "erased" } ? "bench.end.failed" : "bench.end.notDelivered"
        }
    }

    func details(_ screen: BenchScreen) -> [String] {
        var lines: [String] = []
        if let tag { lines.append(screen.text("bench.end.device", tag)) }
        for reason in reasons { lines.append(screen.text("bench.end.reason", reason)) }
        for certificate in certificates {
            lines.append(screen.text("bench.end.certificate", certificate.id, certificate.drive, certificate.text))
        }
        if sent + kept > 0 { lines.append(screen.text("bench.end.results", String(sent), String(kept))) }
        return lines
    }

    /// `logs/last-run.json`: the verdict, the device, the certificates' ids and what became of the results.
    func write() {
        let view = LastRunView(
            verdict: succeeded ? Verdict.erased.rawValue : (verdict == .erased ? Verdict.withheld.rawValue : verdict.rawValue),
            serial: serial, assetTag: tag,
            certificates: certificates.map { .init(id: $0.id, drive: $0.drive, status: $0.status) },
            reasons: reasons, sent: sent, kept: kept)
        guard let data = JSONOutput.data(view) else { return }
        try? data.write(to: stick.logsDirectory.appendingPathComponent("last-run.json"), options: .atomic)
    }

    /// `logs/last-run.json`; the bench stick's tests read these fields.
    struct LastRunView: Encodable {
        struct Certificate: Encodable {
            let id: String
            let drive: String
            let status: String
        }

        let verdict: String
        @NullWhenAbsent var serial: String?
        @NullWhenAbsent var assetTag: String?
        let certificates: [Certificate]
        let reasons: [String]
        let sent: Int
        let kept: Int
    }
}
