import Foundation
import Synchronization

/// Runs one phase of a wipe on a thread of its own while the calling thread reports progress and watches
/// for a stall. If the disk stops answering (a write stuck in the kernel never returns), the phase is
/// abandoned after the stall timeout and nil is returned, so the wipe ends with a failed certificate
/// instead of hanging.
struct WatchedRun {
    let device: String
    let sink: ProgressSink
    let stallTimeout: Duration

    func run<Result: Sendable>(phase: ProgressEvent.Phase, total: UInt64, monitor: PassMonitor, _ work: @escaping @Sendable () -> Result) -> Result? {
        let box = Mutex<Result?>(nil)
        let finished = DispatchSemaphore(value: 0)
        let thread = Thread {
            let result = work()
            box.withLock { $0 = result }
            finished.signal()
        }
        thread.name = "refurb-\(phase.rawValue)-\(device)"
        thread.start()

        var meter = RateMeter()
        let stallSeconds = Double(stallTimeout.components.seconds)
        while finished.wait(timeout: .now() + 0.2) == .timedOut {
            meter.sample(bytesDone: monitor.bytesDone)
            report(phase, total: total, done: monitor.bytesDone, meter: meter)
            if monitor.secondsSinceActivity > stallSeconds {
                monitor.requestStop()
                return nil
            }
        }
        meter.sample(bytesDone: monitor.bytesDone)
        report(phase, total: total, done: min(total, monitor.bytesDone), meter: meter)
        return box.withLock { $0 }
    }

    func report(_ phase: ProgressEvent.Phase, total: UInt64, done: UInt64, meter: RateMeter) {
        sink.update(ProgressEvent(
            device: device, phase: phase, bytesDone: done, bytesTotal: total,
            bytesPerSecond: UInt64(max(0, meter.bytesPerSecond)),
            etaSeconds: done >= total ? 0 : meter.eta(remaining: total - done)
        ))
    }
}
