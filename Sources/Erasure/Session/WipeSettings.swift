import Foundation
import HostSystem
import RefurbCore

/// How the erasure engine runs: where it reads the system from, how it talks to drive tools, and its
/// I/O tuning. The defaults suit real disks; tests shrink the chunks and the retry pauses.
public struct WipeSettings: Sendable {
    public var root: SystemRoot = .live
    public var runner: CommandRunning = BoundedCommandRunner()
    /// Size of each O_DIRECT write or read. Several MiB keep every kind of disk at full speed.
    public var chunkSize = 4 << 20
    /// Writes or reads in flight (docs/erasure/throughput.md: 8 reach fio's best on the benchmark's disk;
    /// each costs a chunk buffer for the random pass and verification).
    public var pipelineDepth = 8
    /// Threads generating the random stream and comparing what verification reads, on several cores.
    public var producers = min(4, max(2, ProcessInfo.processInfo.activeProcessorCount))
    /// How the transfers are made: io_uring where the kernel allows it, else threads.
    public var io = BlockIOOptions()
    public var retry: RetryPolicy = .standard
    public var firmwarePollInterval: Duration = .seconds(5)
    public var toolName = "refurb"
    public var toolVersion = RefurbVersion.current
    /// smartctl is slow on some USB bridges; tests of loop devices don't need it.
    public var readsSMART = true

    public init() {}
}
