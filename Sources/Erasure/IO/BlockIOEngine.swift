import HostSystem

/// Which way a transfer goes.
enum BlockIODirection: Sendable {
    case read, write
}

/// One transfer between a chunk buffer and the disk.
struct BlockIORequest: @unchecked Sendable {
    /// Chosen by the caller; handed back with the completion.
    let tag: UInt64
    let direction: BlockIODirection
    let buffer: UnsafeMutableRawPointer
    /// The buffer's position in the list the engine was opened with (io_uring's registered buffers).
    let bufferIndex: Int
    let length: Int
    let offset: UInt64
}

/// A finished transfer: all of it done, or the error that stopped it. Short transfers are continued by
/// the engine itself, as `BlockDeviceFile.write` continues short writes.
struct BlockIOCompletion: Sendable {
    let tag: UInt64
    let error: SystemCallError?
}

/// Moves chunks between memory and the disk with several transfers in flight. Any thread may submit;
/// one thread at a time waits for completions.
protocol BlockIOEngine: AnyObject, Sendable {
    /// How the transfers are made, for the certificate: "io_uring, 16 in flight".
    var summary: String { get }
    func submit(_ request: BlockIORequest)
    /// Blocks until at least one submitted transfer has finished, and returns every finished one.
    func waitForCompletions() -> [BlockIOCompletion]
    /// Releases the engine once every submitted transfer has completed.
    func close()
}
