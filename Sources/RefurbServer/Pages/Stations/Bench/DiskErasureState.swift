import Foundation
import RefurbCore
import RefurbStore

/// Where a drive stands on erasure, from the device's history and certificates: erased (with the
/// certificate that proves it), failed, removed and destroyed (by whom, when), or still to erase.
enum DiskErasureState {
    case erased(certificateId: String?)
    case failed(certificateId: String?)
    case destroyed(by: String?, at: Date?, note: String?)
    case toErase

    /// `key` is the drive as the lifecycle rules name it (`SerialNumber.key`).
    init(key: String, facts: LifecycleFacts, certificates: [CertificateSummary], history: [Event]) {
        let ofDrive = certificates.filter { $0.storage == key }
        if facts.erasure.destroyed.contains(key) {
            let event = history.last { event in
                if case .storageDestroyed(let storage, _) = event.change { return storage == key }
                return false
            }
            var note: String?
            if case .storageDestroyed(_, let written)? = event?.change { note = written }
            self = .destroyed(by: event?.actor.user, at: event?.occurredAt, note: note)
        } else if facts.erasure.erased.contains(key) {
            self = .erased(certificateId: ofDrive.last { $0.passed }?.id)
        } else if let latest = ofDrive.last, !latest.passed {
            self = .failed(certificateId: latest.id)
        } else {
            self = .toErase
        }
    }

    /// Whether the drive still holds a donor's data as far as the records go.
    var blocksLeaving: Bool {
        switch self {
        case .erased, .destroyed: false
        case .failed, .toErase: true
        }
    }

    func templateValues(words: BenchWords) -> [String: Any] {
        switch self {
        case .erased(let id):
            var values: [String: Any] = ["tone": "good", "text": words("ui.bench.erasure.erased")]
            if let id { values["certificate"] = ["id": id] }
            return values
        case .failed(let id):
            var values: [String: Any] = ["tone": "bad", "text": words("ui.bench.erasure.failed")]
            if let id { values["certificate"] = ["id": id] }
            return values
        case .destroyed(let user, let date, let note):
            var values: [String: Any] = ["tone": "good", "text": words("ui.bench.erasure.destroyed")]
            if let user, let date {
                values["detail"] = words("ui.bench.erasure.destroyedBy", user, WorkshopClock.display(date, in: words.language))
            }
            if let note { values["note"] = note }
            return values
        case .toErase:
            return ["tone": "warn", "text": words("ui.bench.erasure.toErase")]
        }
    }
}
