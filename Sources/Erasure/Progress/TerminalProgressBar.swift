import Foundation
import RefurbCore
import Synchronization

/// A live bar per disk on the terminal (standard error): percent, MB/s and time left. With several
/// disks it keeps one line each and redraws them in place.
public final class TerminalProgressBar: ProgressSink {
    private struct State {
        var order: [String] = []
        var latest: [String: ProgressEvent] = [:]
        var drawnLines = 0
        var lastDraw: UInt64 = 0
    }

    private let state = Mutex(State())
    private let language: Language
    private let width = 28

    public init(language: Language) {
        self.language = language
    }

    public func update(_ event: ProgressEvent) {
        state.withLock { state in
            if state.latest[event.device] == nil { state.order.append(event.device) }
            state.latest[event.device] = event
            let now = DispatchTime.now().uptimeNanoseconds
            guard event.phase == .done || now &- state.lastDraw > 150_000_000 else { return }
            state.lastDraw = now
            var output = state.drawnLines > 0 ? "\u{1B}[\(state.drawnLines)F" : ""
            for device in state.order {
                guard let line = state.latest[device] else { continue }
                output += "\u{1B}[2K" + render(line) + "\n"
            }
            state.drawnLines = state.order.count
            FileHandle.standardError.write(Data(output.utf8))
        }
    }

    private func render(_ event: ProgressEvent) -> String {
        let filled = Int(event.percent / 100 * Double(width))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: max(0, width - filled))
        let phase = Message("erasure.phase.\(event.phase.rawValue)").text(in: language, catalog: .erasure)
        let rate = String(format: "%.0f MB/s", Double(event.bytesPerSecond) / 1e6)
        let eta = event.etaSeconds.map { Self.clock($0) } ?? "--:--"
        return "\(event.device) \(bar) \(String(format: "%5.1f", event.percent)) % \(rate) \(eta) \(phase)"
    }

    static func clock(_ seconds: Int) -> String {
        seconds >= 3600
            ? String(format: "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
            : String(format: "%02d:%02d", seconds / 60, seconds % 60)
    }
}
