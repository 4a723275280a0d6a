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
    /// the latest diagnostic report; erasures and destructions accumulate.
    public static func facts(after changes: [Change]) -> LifecycleFacts {
        var facts = LifecycleFacts()
        for change in changes {
            switch change {
            case .graded(let grade): facts.grade = grade
            case .priced(let money): facts.price = money
            case .diagnosticRecorded(let storage):
                facts.hasDiagnosticReport = true
                facts.erasure.storageFound = storage
            case .erasureRecorded(let storage, let passed, _):
                if passed { facts.erasure.erased.insert(storage) } else { facts.erasure.erased.remove(storage) }
            case .storageDestroyed(let storage, _): facts.erasure.destroyed.insert(storage)
            case .noStorageConfirmed: facts.erasure.noStorageConfirmed = true
            default: break
            }
        }
        return facts
    }
}
