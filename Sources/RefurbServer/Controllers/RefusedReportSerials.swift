import Foundation
import RefurbCore
import Synchronization

/// The firmware serial of the last report refused for a device because it differed from the serial typed
/// at intake: the bench page offers it as the correction (most often the intake serial was mistyped, and
/// the report, resent by the probe's spool, is then accepted). Kept in memory only: after a restart the
/// next resend brings it back. At most `capacity` devices are remembered.
final class RefusedReportSerials: Sendable {
    static let capacity = 1_000
    private let serials = Mutex<[String: String]>([:])

    func remember(_ serial: String, for tag: AssetTag) {
        serials.withLock { serials in
            if serials.count >= Self.capacity { serials.removeAll() }
            serials[tag.text] = serial
        }
    }

    func serial(for tag: AssetTag) -> String? {
        serials.withLock { $0[tag.text] }
    }

    func forget(_ tag: AssetTag) {
        _ = serials.withLock { $0.removeValue(forKey: tag.text) }
    }
}
