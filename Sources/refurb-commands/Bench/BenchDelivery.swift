import Foundation
import RefurbClient
import RefurbCommandLine
import RefurbCore

/// Where each result of the bench goes: to the service when it can be reached (through the spool on the stick, as
/// `probe --submit` and `wipe --submit` do), else into that spool for `refurb sync`, and when the asset tag is not
/// known (an offline bench) into the stick's results awaiting their serial.
struct BenchDelivery {
    enum Kind {
        case report
        /// A certificate, with the drive it is for as people read it.
        case certificate(String)
    }

    /// What became of one result, with the sentence for the screen.
    enum Fate {
        case sent(String)
        case kept(String)
        case failed(String)

        var sentence: String {
            switch self {
            case .sent(let text), .kept(let text), .failed(let text): text
            }
        }
    }

    let stick: BenchStick
    /// Nil on an offline bench and without a service: nothing is sent, everything is kept.
    let endpoint: ServiceEndpoint?
    let screen: BenchScreen
    /// The station key was made by this run: the service cannot know it yet and would set its certificates aside
    /// (an unknown key is a 422), so they wait in the stick's spool until it is registered.
    var keyJustMade = false

    func deliver(body: Data, kind: Kind, tag: String?, serial: String?) -> Fate {
        let language = screen.language
        let deviceName = tag ?? AwaitingSerialFolder.tagPlaceholder
        let submission: Submission = switch kind {
        case .report:
            Submission(path: "/api/devices/\(deviceName)/diagnostics", body: body,
                       summary: screen.text("bench.submission.report", tag ?? serial ?? "?"))
        case .certificate(let drive):
            Submission(path: "/api/devices/\(deviceName)/erasures", body: body,
                       summary: screen.text("bench.submission.certificate", drive, tag ?? serial ?? "?"))
        }
        if keyJustMade, case .certificate = kind, tag != nil {
            do {
                try stick.spool.enqueue(submission)
                return .kept(screen.text("bench.kept.newKey", submission.summary))
            } catch {
                return .failed(error.text(language: language.rawValue))
            }
        }
        if tag != nil, let endpoint {
            let delivery = ResultDelivery(endpoint: endpoint, spool: stick.spool, language: language)
            switch waitForAsync({ await delivery.deliver(submission) }) {
            case .delivered: return .sent(screen.text("bench.sent", submission.summary))
            case .spooled(let message): return .kept(message)
            case .refused(let message), .lost(let message): return .failed(message)
            }
        }
        if tag != nil {
            do {
                try stick.spool.enqueue(submission)
                return .kept(screen.text("bench.kept.spool", submission.summary, stick.spoolDirectory.path))
            } catch {
                return .failed(error.text(language: language.rawValue))
            }
        }
        guard let serial else {
            return .failed(screen.text("bench.kept.unlinked", submission.summary, stick.path))
        }
        do {
            try stick.awaiting.keep(submission, serial: serial)
            return .kept(screen.text("bench.kept.awaitingSerial", submission.summary, serial))
        } catch {
            return .failed(screen.text("bench.kept.cannotWrite", stick.spoolDirectory.path, "\(error)"))
        }
    }
}
