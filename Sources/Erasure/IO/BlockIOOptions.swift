import Foundation
import Glibc

/// Which engine moves a pass's chunks, and the seams the tests use to stand in for the kernel.
public struct BlockIOOptions: Sendable {
    public enum Engine: String, Sendable, CaseIterable {
        /// io_uring where the kernel allows it, else threads. `REFURB_IO_ENGINE=threads` (or
        /// `io_uring`) in the environment overrides it, for a workshop whose kernel misbehaves and for the
        /// benchmark.
        case automatic
        /// io_uring whatever the environment says; threads still stand in if the kernel refuses it.
        case ioUring = "io_uring"
        /// pwrite/pread on as many threads as transfers in flight.
        case threads
    }

    public var engine: Engine = .automatic
    /// Stands in for io_uring_setup(2).
    var ringSetup: RingSetup = .system
    /// Transfers that touch these ranges report EIO (after being made), as a disk's bad sectors do:
    /// the tests' stand-in for a failing disk, on every path a transfer can take, retries included.
    var injectedFaults: [InjectedFault] = []

    public init(engine: Engine = .automatic) {
        self.engine = engine
    }

    struct InjectedFault: Sendable {
        var range: ByteRange
        var direction: BlockIODirection
    }

    /// The engine the environment asks for, if any.
    static var environmentEngine: Engine? {
        ProcessInfo.processInfo.environment["REFURB_IO_ENGINE"].flatMap { Engine(rawValue: $0.lowercased()) }
    }

    /// Transfers in flight: `REFURB_IO_DEPTH` when the environment sets it (1 to 256: the benchmark's
    /// sweep, or a workshop tuning for its disks), else the settings' own.
    static func depth(_ configured: Int) -> Int {
        let asked = ProcessInfo.processInfo.environment["REFURB_IO_DEPTH"].flatMap { Int($0) }
        return max(1, min(256, asked ?? configured))
    }

    /// Opens the engine for a pass on `file` with `depth` transfers in flight over `buffers` (each one
    /// once, however many slots share it). io_uring first unless told otherwise; if the kernel refuses
    /// it, threads, and the summary says why.
    func openEngine(file: BlockDeviceFile, buffers: [AlignedBuffer], depth: Int, name: String) -> BlockIOEngine {
        let wanted = engine == .automatic ? (Self.environmentEngine ?? .automatic) : engine
        var engine: BlockIOEngine
        switch wanted {
        case .threads:
            engine = ThreadedEngine(file: file, threads: depth, name: name, reason: nil)
        case .automatic, .ioUring:
            switch RingEngine.open(file: file, buffers: buffers, depth: depth, setup: ringSetup) {
            case .success(let ring):
                engine = ring
            case .failure(let refusal):
                engine = ThreadedEngine(file: file, threads: depth, name: name, reason: "io_uring refused: \(refusal.reason), errno \(refusal.code)")
            }
        }
        if !injectedFaults.isEmpty { engine = FaultInjectingEngine(wrapping: engine, faults: injectedFaults, path: file.path) }
        return engine
    }
}
