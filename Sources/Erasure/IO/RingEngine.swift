import CErasureSys
import Glibc
import HostSystem
import Synchronization

/// Transfers through io_uring (CErasureSys/io_ring.c): many O_DIRECT requests in flight without a
/// thread of ours each, on buffers registered once, so that the kernel pins their pages once for the
/// whole pass rather than for every request (fio: a third less CPU per GB written).
final class RingEngine: BlockIOEngine, @unchecked Sendable {
    private struct Transfer {
        var request: BlockIORequest
        var done: Int
    }

    private struct State {
        var transfers: [UInt64: Transfer] = [:]
        /// Requests the submission queue had no room for (not expected: it is sized for every slot).
        var overflow: [BlockIORequest] = []
    }

    private let ring: OpaquePointer
    private let file: BlockDeviceFile
    private let registered: Bool
    /// Guards the submission side of the ring and the transfers under way.
    private let state = Mutex(State())
    private let closed = Atomic<Bool>(false)

    let summary: String

    private init(ring: OpaquePointer, file: BlockDeviceFile, registered: Bool, depth: Int) {
        self.ring = ring
        self.file = file
        self.registered = registered
        self.summary = "io_uring, \(depth) in flight" + (registered ? ", registered buffers" : "")
    }

    /// Opens a ring big enough for `depth` transfers at once and a retry, and registers `buffers` with
    /// it. Fails with the kernel's refusal (ENOSYS, EPERM…) where io_uring is not allowed.
    static func open(file: BlockDeviceFile, buffers: [AlignedBuffer], depth: Int, setup: RingSetup) -> Result<RingEngine, SystemCallError> {
        var entries: UInt32 = 1
        while entries < UInt32(max(1, depth) + 1) { entries <<= 1 }
        let ring: OpaquePointer
        switch setup.create(entries) {
        case .success(let created): ring = created
        case .failure(let refusal): return .failure(refusal)
        }
        let bases: [UnsafeMutableRawPointer?] = buffers.map { $0.base }
        let lengths = buffers.map { $0.capacity }
        // Registration counts against RLIMIT_MEMLOCK for a user without CAP_IPC_LOCK: refused, the
        // transfers are made from the same buffers unregistered, with a pin per request.
        let registered = !buffers.isEmpty && refurb_ring_register_buffers(ring, bases, lengths, UInt32(buffers.count)) == 0
        return .success(RingEngine(ring: ring, file: file, registered: registered, depth: depth))
    }

    func submit(_ request: BlockIORequest) {
        state.withLock { state in
            state.transfers[request.tag] = Transfer(request: request, done: 0)
            queue(request, done: 0, state: &state)
        }
    }

    /// Prepares a transfer (or what is left of it) and hands it to the kernel. Under the state lock.
    /// A request the kernel does not take at once (EAGAIN, EBUSY) stays in the ring and goes with the
    /// next wait, which also reports a ring that fails altogether.
    private func queue(_ request: BlockIORequest, done: Int, state: inout State) {
        let prepared = refurb_ring_prepare(
            ring, request.direction == .write ? 1 : 0, file.descriptor, request.buffer + done, UInt32(request.length - done),
            request.offset + UInt64(done), registered ? Int32(request.bufferIndex) : -1, request.tag
        )
        guard prepared == 0 else {
            state.overflow.append(request)
            return
        }
        _ = refurb_ring_submit(ring)
    }

    func waitForCompletions() -> [BlockIOCompletion] {
        var finished: [BlockIOCompletion] = []
        let capacity = 64
        var raw = [refurb_ring_completion](repeating: refurb_ring_completion(), count: capacity)
        while finished.isEmpty {
            let count = raw.withUnsafeMutableBufferPointer { refurb_ring_wait(ring, $0.baseAddress, UInt32(capacity)) }
            if count < 0 {
                // The ring itself failed (not one transfer): every transfer under way ends with that error,
                // so that the pass records it rather than waiting forever.
                return state.withLock { state in
                    defer { state.transfers.removeAll(); state.overflow.removeAll() }
                    return state.transfers.map { BlockIOCompletion(tag: $0.key, error: Self.error($0.value.request.direction, file.path, -count)) }
                }
            }
            state.withLock { state in
                for entry in raw.prefix(Int(count)) {
                    guard var transfer = state.transfers[entry.user_data] else { continue }
                    let result = entry.result
                    if result == -EINTR || result == -EAGAIN {
                        queue(transfer.request, done: transfer.done, state: &state)
                        continue
                    }
                    if result < 0 {
                        finished.append(BlockIOCompletion(tag: entry.user_data, error: Self.error(transfer.request.direction, file.path, -result)))
                    } else if result == 0 {
                        // Nothing transferred: past the end of the device, as pwrite returning 0.
                        let code = transfer.request.direction == .write ? ENOSPC : EIO
                        finished.append(BlockIOCompletion(tag: entry.user_data, error: Self.error(transfer.request.direction, file.path, code)))
                    } else {
                        transfer.done += Int(result)
                        if transfer.done < transfer.request.length {
                            state.transfers[entry.user_data] = transfer
                            queue(transfer.request, done: transfer.done, state: &state)
                            continue
                        }
                        finished.append(BlockIOCompletion(tag: entry.user_data, error: nil))
                    }
                    state.transfers.removeValue(forKey: entry.user_data)
                }
                // Room was made: requests that found the queue full go now.
                let waiting = state.overflow
                state.overflow.removeAll()
                for request in waiting {
                    queue(request, done: state.transfers[request.tag]?.done ?? 0, state: &state)
                }
            }
        }
        return finished
    }

    func close() {
        if !closed.exchange(true, ordering: .acquiringAndReleasing) { refurb_ring_destroy(ring) }
    }

    deinit { close() }

    static func error(_ direction: BlockIODirection, _ path: String, _ code: Int32) -> SystemCallError {
        SystemCallError(direction == .write ? "io_uring write" : "io_uring read", path: path, code: code)
    }
}

/// How a pass gets its io_uring: the kernel's, or in tests a stand-in that refuses as a locked-down
/// machine does (seccomp, `kernel.io_uring_disabled`, a kernel older than 5.1).
struct RingSetup: Sendable {
    let create: @Sendable (_ entries: UInt32) -> Result<OpaquePointer, SystemCallError>

    static let system = RingSetup { entries in
        var ring: OpaquePointer?
        let result = refurb_ring_create(entries, &ring)
        guard result == 0, let ring else { return .failure(SystemCallError("io_uring_setup", path: "", code: -result)) }
        return .success(ring)
    }

    static func refusing(_ code: Int32) -> RingSetup {
        RingSetup { _ in .failure(SystemCallError("io_uring_setup", path: "", code: code)) }
    }
}
