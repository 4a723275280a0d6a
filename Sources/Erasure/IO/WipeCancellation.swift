import Synchronization

/// Process-wide "stop now" (Ctrl-C at the bench). Every running pass sees it between two chunks and
/// ends early, so each disk still gets its certificate — a failed one, saying it was interrupted —
/// instead of the process dying with nothing written down.
public enum WipeCancellation {
    private static let requested = Atomic<Bool>(false)

    public static func request() { requested.store(true, ordering: .relaxed) }
    public static var isRequested: Bool { requested.load(ordering: .relaxed) }
}
