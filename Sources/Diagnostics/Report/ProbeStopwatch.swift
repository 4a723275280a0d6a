import Glibc
import HostSystem

/// Where the probe spends its time, area by area, printed on standard error when `REFURB_PROBE_TIMINGS` is set.
/// `scripts/bench/bench-stick` prints it beside the probe's ratio to lshw, so that a slow machine (the emulated
/// one of the tests, or a donated one) shows which reader is slow there instead of only that the probe is. The
/// line also gives the wall-clock moment the stopwatch started (`began`, microseconds since 1970), so that the
/// benchmark can tell the process's start from its work, and the command adds its own laps (the JSON, the printing).
public struct ProbeStopwatch {
    private let enabled = getenv("REFURB_PROBE_TIMINGS") != nil
    private let began: Int
    private var last = BoundedCommandRunner.monotonicSeconds()
    private var laps: [(area: String, milliseconds: Double)] = []

    public init() {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        began = now.tv_sec * 1_000_000 + now.tv_nsec / 1000
    }

    /// Closes the lap that ends now under `area`'s name.
    public mutating func lap(_ area: String) {
        guard enabled else { return }
        let now = BoundedCommandRunner.monotonicSeconds()
        laps.append((area, (now - last) * 1000))
        last = now
    }

    public func report() {
        guard enabled else { return }
        let line = laps.map { "\($0.area) \((($0.milliseconds * 10).rounded() / 10))" }.joined(separator: " ")
        let text = Array("probe areas (ms): \(line) began \(began)\n".utf8)
        _ = text.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }
}
