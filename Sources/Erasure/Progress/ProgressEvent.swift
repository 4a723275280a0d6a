/// One update on how a disk's erasure is going, for the terminal bar and the `--progress json` lines.
public struct ProgressEvent: Codable, Sendable, Equatable {
    public enum Phase: String, Codable, Sendable {
        case write
        case verify
        /// Reading the sample of old content before a firmware erase.
        case fingerprint
        case firmware
        case done
    }

    public var device: String
    public var phase: Phase
    public var bytesDone: UInt64
    public var bytesTotal: UInt64
    public var bytesPerSecond: UInt64
    /// Seconds left at the current rate; nil while unknown (firmware operations without progress).
    public var etaSeconds: Int?

    public var percent: Double {
        bytesTotal == 0 ? 0 : min(100, Double(bytesDone) * 100 / Double(bytesTotal))
    }
}

/// Where progress goes. Called from the thread that watches each disk, so several disks wiped in
/// parallel report concurrently.
public protocol ProgressSink: Sendable {
    func update(_ event: ProgressEvent)
}

public struct SilentProgress: ProgressSink {
    public init() {}
    public func update(_ event: ProgressEvent) {}
}
