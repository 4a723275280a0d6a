import Foundation
import Glibc
import HostSystem

/// The tests' failing disk (see `BlockIOOptions.injectedFaults`).
final class FaultInjectingEngine: BlockIOEngine, @unchecked Sendable {
    private let inner: BlockIOEngine
    private let faults: [BlockIOOptions.InjectedFault]
    private let path: String
    private let failing = NSLock()
    private var failingTags: Set<UInt64> = []

    init(wrapping inner: BlockIOEngine, faults: [BlockIOOptions.InjectedFault], path: String) {
        self.inner = inner
        self.faults = faults
        self.path = path
    }

    var summary: String { inner.summary }

    func submit(_ request: BlockIORequest) {
        let touched = ByteRange(offset: request.offset, length: UInt64(request.length))
        if faults.contains(where: { $0.direction == request.direction && $0.range.offset < touched.end && touched.offset < $0.range.end }) {
            failing.withLock { _ = failingTags.insert(request.tag) }
        }
        inner.submit(request)
    }

    func waitForCompletions() -> [BlockIOCompletion] {
        inner.waitForCompletions().map { completion in
            guard failing.withLock({ failingTags.remove(completion.tag) != nil }) else { return completion }
            return BlockIOCompletion(tag: completion.tag, error: SystemCallError("injected fault", path: path, code: EIO))
        }
    }

    func close() { inner.close() }
}
