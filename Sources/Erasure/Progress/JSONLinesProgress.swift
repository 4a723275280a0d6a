import Foundation
import Synchronization

/// `--progress json`: one JSON object per line on standard output, for the service to relay.
public final class JSONLinesProgress: ProgressSink {
    private let lock = Mutex(())
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()

    public init() {}

    public func update(_ event: ProgressEvent) {
        struct Line: Encodable {
            let event = "progress"
            let progress: ProgressEvent
            let percent: Double
        }
        guard var data = try? encoder.encode(Line(progress: event, percent: (event.percent * 10).rounded() / 10)) else { return }
        data.append(UInt8(ascii: "\n"))
        lock.withLock { _ in FileHandle.standardOutput.write(data) }
    }
}
