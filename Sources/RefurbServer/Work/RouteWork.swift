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
/// - `writes`: routes that change something. SQLite takes one writer at a time: these threads mostly
///   wait their turn, and when another process holds the lock they wait up to the busy timeout and
///   then answer 503 with Retry-After.
enum RouteWork: Sendable {
    case eventLoop
    case reads
    case writes

    /// The default for a route: reads for GET and HEAD, writes for the rest.
    init(method: HTTPRequest.Method) {
        self = (method == .get || method == .head) ? .reads : .writes
    }
}

/// The two pools behind `RouteWork.reads` and `.writes`, made once per service.
struct RouteExecutors: Sendable {
    /// Four readers: GRDB's pool keeps five reader connections, and the scan look-ups have their own.
    let reads = ThreadPoolExecutor(threads: 4, name: "refurb-reads-")
    /// Four writers: one writes at a time; the others hold their requests while they wait, so that a
    /// change that needs no lock (a label preview) is not queued behind them.
    let writes = ThreadPoolExecutor(threads: 4, name: "refurb-writes-")

    func executor(for work: RouteWork) -> ThreadPoolExecutor? {
        switch work {
        case .eventLoop: nil
        case .reads: reads
        case .writes: writes
        }
    }

    /// Runs `body` on the executor of `work` (or where it is, for `.eventLoop`). A store that could not
    /// get SQLite's lock within its busy timeout is a 503 with Retry-After, not a fault.
    func run<T>(_ work: RouteWork, _ body: () async throws -> T) async throws -> T {
        do {
            guard let executor = executor(for: work) else { return try await body() }
            return try await withTaskExecutorPreference(executor, operation: body)
        } catch let error where AppDatabase.isBusy(error) {
            throw APIError.databaseBusy
        }
    }
}
