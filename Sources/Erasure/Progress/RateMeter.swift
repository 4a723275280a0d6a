import Dispatch
import RefurbCore

/// Turns "bytes done so far" samples into a smoothed rate and an ETA, so the bar doesn't jitter.
struct RateMeter {
    private var lastBytes: UInt64 = 0
    private var lastTime = DispatchTime.now().uptimeNanoseconds
    private(set) var bytesPerSecond: Double = 0

    mutating func reset(bytes: UInt64 = 0) {
        lastBytes = bytes
        lastTime = DispatchTime.now().uptimeNanoseconds
        bytesPerSecond = 0
    }

    mutating func sample(bytesDone: UInt64) {
        let now = DispatchTime.now().uptimeNanoseconds
        let elapsed = Double(now &- lastTime) / 1e9
        guard elapsed >= 0.25 else { return }
        let instant = Double(bytesDone &- lastBytes) / elapsed
        bytesPerSecond = bytesPerSecond == 0 ? instant : 0.7 * bytesPerSecond + 0.3 * instant
        lastBytes = bytesDone
        lastTime = now
    }

    /// A stalled disk makes the smoothed rate decay towards zero without reaching it: the quotient then
    /// grows past any `Int`, where `Int(_:)` would stop the wipe in the middle of a pass.
    func eta(remaining: UInt64) -> Int? {
        bytesPerSecond > 0 ? Int(saturating: Double(remaining) / bytesPerSecond) : nil
    }
}
