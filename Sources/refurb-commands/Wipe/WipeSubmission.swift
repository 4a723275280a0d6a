import Erasure
import Foundation
import RefurbClient
import RefurbCommandLine
import RefurbCore
import RefurbWire

/// What `refurb wipe --submit` sends: each signed certificate, unchanged, to `/api/devices/{tag}/erasures` as soon
/// as it is written, and with `--send-progress` live progress to `/api/devices/{tag}/erasures/progress`.
struct WipeSubmission: Sendable {
    let delivery: ResultDelivery
    let tag: AssetTag

    /// How the service names a drive in certificates and progress: serial, else WWN, else "path:" + device path.
    static func driveKey(_ plan: WipePlan) -> String {
        DriveName.of(serial: plan.identity.serial, wwn: plan.identity.wwn, devicePath: plan.disk.devicePath)
    }

    /// One progress reporter per disk (by kernel name), so that parallel wipes do not crowd each other out.
    func progressReporters(for plans: [WipePlan]) -> [String: DiskProgress] {
        var reporters: [String: DiskProgress] = [:]
        for plan in plans {
            let reporter = ProgressReporter(
                endpoint: delivery.endpoint, path: "/api/devices/\(tag.text)/erasures/progress",
                sender: SubmissionSender(timeout: .seconds(5), language: delivery.language.rawValue))
            reporters[plan.disk.name] = DiskProgress(reporter: reporter, drive: Self.driveKey(plan))
        }
        return reporters
    }

    /// Sends the certificate file's bytes as they were signed. Waits first for the disk's last progress update,
    /// so that the update cannot reach the service after the certificate that ends it.
    func send(_ outcome: WipeOutcome, progress: DiskProgress?) async -> ResultDelivery.Outcome {
        await progress?.reporter.finish()
        let language = delivery.language
        let body: Data
        do {
            body = try Data(contentsOf: URL(fileURLWithPath: outcome.jsonPath))
        } catch {
            return .lost(message: CLIMessages.text("cli.wipe.cannotRead", outcome.jsonPath, "\(error)", in: language))
        }
        let drive = outcome.certificate.drive
        let submission = Submission(
            path: "/api/devices/\(tag.text)/erasures", body: body,
            summary: CLIMessages.text("cli.wipe.submission", drive.serial ?? drive.devicePath, tag.text, in: language))
        return await delivery.deliver(submission)
    }

    /// Tells the office's board that the disk could not be erased and that no certificate will follow, as the
    /// disk's last progress update (`failure`), once its other updates are answered. Best effort, like progress.
    func sendFailure(_ description: String, progress: DiskProgress) async {
        // The service takes a reason of at most 1,000 characters without control characters (WipeProgressBoard).
        let words = description.components(separatedBy: .controlCharacters).joined(separator: " ")
            .trimmingCharacters(in: .whitespaces)
        await progress.reporter.reportLast(WipeProgressUpdate(
            drive: progress.drive, bytesDone: 0, bytesTotal: 0, pass: nil, passes: nil, bytesPerSecond: nil, phase: nil,
            failure: String((words.isEmpty ? "error" : words).prefix(1000))))
    }

    /// The sentence for a delivered certificate, from the service's receipt
    /// `{"device":{…},"certificateId":"…","storage":"…","passed":bool,"replayed":bool}`.
    func deliveredText(_ body: Data, outcome: WipeOutcome) -> String {
        struct Receipt: Decodable {
            let certificateId: String?
            let replayed: Bool?
        }
        let receipt = try? JSONDecoder().decode(Receipt.self, from: body)
        let id = receipt?.certificateId ?? outcome.certificate.id
        // Named as on the drive's sticker, not as the service's upper-cased key ("storage").
        let drive = outcome.certificate.drive.serial ?? outcome.certificate.drive.devicePath
        return receipt?.replayed == true
            ? CLIMessages.text("cli.wipe.sentAgain", id, tag.text, in: delivery.language)
            : CLIMessages.text("cli.wipe.sent", id, tag.text, drive, in: delivery.language)
    }

    /// The sentence for any outcome.
    func text(_ result: ResultDelivery.Outcome, outcome: WipeOutcome) -> String {
        switch result {
        case .delivered(let body): deliveredText(body, outcome: outcome)
        case .spooled(let message), .refused(let message), .lost(let message): message
        }
    }
}

/// A disk's progress reporter and the name the service knows its drive by.
struct DiskProgress: Sendable {
    let reporter: ProgressReporter
    let drive: String
}

/// Shows progress where it always went (terminal bar, JSON lines or nothing) and also hands it, best effort, to
/// the service: `ProgressReporter.report` returns at once, sends at most one update a second per disk and drops
/// the rest, so a slow or absent network never holds a wipe up.
struct ServiceProgressSink: ProgressSink {
    let local: ProgressSink
    let disks: [String: DiskProgress]

    func update(_ event: ProgressEvent) {
        local.update(event)
        guard let disk = disks[event.device] else { return }
        // One overwrite pass is all a wipe makes; the other phases are not passes.
        let writing = event.phase == .write
        disk.reporter.report(WipeProgressUpdate(
            drive: disk.drive, bytesDone: Int64(clamping: event.bytesDone), bytesTotal: Int64(clamping: event.bytesTotal),
            pass: writing ? 1 : nil, passes: writing ? 1 : nil,
            bytesPerSecond: event.bytesPerSecond > 0 ? Double(event.bytesPerSecond) : nil,
            phase: event.phase.rawValue))
    }
}
