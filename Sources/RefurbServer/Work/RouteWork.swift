import HTTPTypes
import RefurbStore

/// Where a route's handler runs. A network thread serves every connection it holds, so anything that
/// can wait (SQLite's write lock held by another process for seconds, a busy timeout of 5 s, a page
/// of a thousand rows) must run elsewhere, or `/healthz` and every scan wait with it.
///
/// - `eventLoop`: work that never waits: `/healthz` (no database), the scan look-ups (query-only
///   connections of their own on a WAL database, where a reader never waits for a writer; measured at
///   0.49 × `/healthz` on the network threads, see docs/event-loops.md).
/// - `reads`: reading routes (GET), on a pool of their own, so that they keep answering while writes
///   wait for the lock.
/// - `writes`: routes that change something, on one thread: SQLite takes one writer at a time. When
///   another process holds the lock, a write waits up to the busy timeout and then answers 503 with
///   Retry-After; the writes queued behind it wait their own turn, as they would for the lock.
enum RouteWork: Sendable {
    case eventLoop
    case reads
    case writes

    /// The default for a route: reads for GET and HEAD, writes for the rest.
    init(method: HTTPRequest.Method) {
        self = (method == .get || method == .head) ? .reads : .writes
    }
}

/// The two pools behind `RouteWork.reads` and `.writes`, made once per service, and the store whose
/// engine says which of its failures are "busy" or "disk full".
struct RouteExecutors: Sendable {
    let store: any ServiceStore

    /// Four readers: GRDB's pool keeps five reader connections, and the scan look-ups have their own.
    let reads = ThreadPoolExecutor(threads: 4, name: "refurb-reads-")
    /// One writer, as SQLite has one: writes run back to back on the same thread. With four, three of them
    /// were always parked on GRDB's writer queue, and handing the queue from one woken thread to the next
    /// cost intakes a quarter of their rate on 2 cores (1,560 against 2,030 and 2,200 per second with one,
    /// in interleaved runs of `scripts/bench/api`'s intake). What a write route awaits off this thread
    /// (bcrypt, a PDF, a label image on `BlockingWork`; a printer on its own I/O thread) does not hold it.
    let writes = ThreadPoolExecutor(threads: 1, name: "refurb-writes-")

    func executor(for work: RouteWork) -> ThreadPoolExecutor? {
        switch work {
        case .eventLoop: nil
        case .reads: reads
        case .writes: writes
        }
    }

    /// Runs `body` on the executor of `work` (or where it is, for `.eventLoop`). A store that could not
    /// get SQLite's lock within its busy timeout (or PostgreSQL's lock, `ServiceStore.isBusy`) is a 503 with
    /// Retry-After, not a fault; a full disk is a 507.
    func run<T>(_ work: RouteWork, _ body: () async throws -> T) async throws -> T {
        do {
            guard let executor = executor(for: work) else { return try await body() }
            return try await withTaskExecutorPreference(executor, operation: body)
        } catch let error where store.isBusy(error) {
            throw APIError.databaseBusy
        } catch let error where store.isDiskFull(error) {
            throw APIError.diskFull
        }
    }
}
