import Glibc
import HostSystem

/// Where the probe spends its time, area by area, printed on standard error when `REFURB_PROBE_TIMINGS` is set.
/// `scripts/bench/bench-stick` prints it beside the probe's ratio to lshw, so that a slow machine (the emulated
/// one of the tests, or a donated one) shows which reader is slow there instead of only that the probe is.
struct ProbeStopwatch {
    private let enabled = getenv("REFURB_PROBE_TIMINGS") != nil
    private var last = BoundedCommandRunner.monotonicSeconds()
    private var laps: [(area: String, milliseconds: Double)] = []

    /// Closes the lap that ends now under `area`'s name.
    mutating func lap(_ area: String) {
        guard enabled else { return }
        let now = BoundedCommandRunner.monotonicSeconds()
        laps.append((area, (now - last) * 1000))
        last = now
    }

    func report() {
        guard enabled else { return }
        let line = laps.map { "\($0.area) \((($0.milliseconds * 10).rounded() / 10))" }.joined(separator: " ")
        let text = Array("probe areas (ms): \(line)\n".utf8)
        _ = text.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }
}
