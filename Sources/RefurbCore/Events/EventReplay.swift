/// Derives a device's state from its history, so that the stored state can be checked against the log.
public enum EventReplay {
    /// The stage the changes lead to, or nil when the history never received the device.
    public static func stage(after changes: [Change]) -> Stage? {
        var stage: Stage?
        for change in changes {
            switch change {
            case .received: stage = .received
            case .moved(_, let to, _): stage = to
            default: break
            }
        }
        return stage
    }

    /// The facts the lifecycle rules need, as far as the history tells them. Storage found comes from
    /// the latest diagnostic report; erasures and destructions accumulate. A drive a person said was a
    /// removable medium (a report recorded before media were set apart listed the stick as a drive) leaves
    /// the drives for the removable media, in that report and any later one.
    public static func facts(after changes: [Change]) -> LifecycleFacts {
        var facts = LifecycleFacts()
        var drives: [String] = []
        var removable: [String] = []
        var dispositions: [String: RemovableMediaDisposition] = [:]
        for change in changes {
            switch change {
            case .graded(let grade): facts.grade = grade
            case .priced(let money): facts.price = money
            case .diagnosticRecorded(let storage):
                facts.hasDiagnosticReport = true
                drives = storage
                removable = []
            case .removableMediaFound(let storage): removable = storage
            case .removableMediaSet(let storage, let disposition, _): dispositions[storage] = disposition
            case .erasureRecorded(let storage, let passed, _):
                if passed { facts.erasure.erased.insert(storage) } else { facts.erasure.erased.remove(storage) }
            case .storageDestroyed(let storage, _): facts.erasure.destroyed.insert(storage)
            case .noStorageConfirmed: facts.erasure.noStorageConfirmed = true
            case .checklistRecorded(let record): facts.tests = record
            // A sale that comes back is tested anew: the buyer found something the tests did not.
            case .moved(.sold, .received, _): facts.tests = nil
            default: break
            }
        }
        facts.erasure.storageFound = drives.filter { dispositions[$0] == nil }
        facts.erasure.removableMedia = removable + drives.filter { dispositions[$0] != nil && !removable.contains($0) }
        facts.erasure.removableDispositions = dispositions.filter { facts.erasure.removableMedia.contains($0.key) }
        return facts
    }
}
