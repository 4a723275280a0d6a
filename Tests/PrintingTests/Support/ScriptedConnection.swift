import Printing
import Synchronization

/// An in-memory `PrinterConnection`: records every write, and answers reads from a script of
/// replies (each released after the write that triggers it). A printer that never answers is
/// a script with no replies.
final class ScriptedConnection: PrinterConnection {
    struct State {
        var written: [[UInt8]] = []
        var pendingReplies: [[UInt8]] = []
        var available: [UInt8] = []
        var closed = false
    }

    let summary = "scripted"
    let canRead: Bool
    private let state: Mutex<State>

    /// `replies[i]` becomes readable after the (i+1)-th write.
    init(replies: [[UInt8]], canRead: Bool = true) {
        self.canRead = canRead
        state = Mutex(State(pendingReplies: replies))
    }

    var written: [[UInt8]] { state.withLock { $0.written } }
    var allWrittenBytes: [UInt8] { written.flatMap { $0 } }
    var closed: Bool { state.withLock { $0.closed } }

    func write(_ bytes: [UInt8]) async throws {
        state.withLock { state in
            state.written.append(bytes)
            if !state.pendingReplies.isEmpty {
                state.available += state.pendingReplies.removeFirst()
            }
        }
    }

    func read(upTo maxCount: Int, timeout: Duration) async throws -> [UInt8] {
        let chunk = state.withLock { state -> [UInt8] in
            let chunk = Array(state.available.prefix(maxCount))
            state.available.removeFirst(chunk.count)
            return chunk
        }
        if chunk.isEmpty { try await Task.sleep(for: timeout) }
        return chunk
    }

    func close() async {
        state.withLock { $0.closed = true }
    }
}
