import Synchronization

/// Records every device this process opened for writing. It exists so that a test can prove that a
/// refused disk — above all the disk holding `/` — was never opened for writing, not merely that the
/// wipe later failed.
public final class DeviceOpenLedger: Sendable {
    public static let shared = DeviceOpenLedger()

    private let opened = Mutex<[String]>([])

    public func recordWriteOpen(_ path: String) {
        opened.withLock { $0.append(path) }
    }

    public var writeOpens: [String] { opened.withLock { $0 } }
}
