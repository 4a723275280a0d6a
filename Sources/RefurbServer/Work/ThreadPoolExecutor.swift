import NIOPosix

/// A Swift concurrency executor over threads of the service's own (an `NIOThreadPool`). A handler run
/// under `withTaskExecutorPreference(executor)` does its synchronous work (an SQLite statement that may
/// wait for the write lock, a page rendered) on one of these threads, never on a network thread.
///
/// The service installs NIO's event loops as Swift's global executor (`refurb serve`), so without a
/// preference every task, detached ones included, runs on the two network threads.
final class ThreadPoolExecutor: TaskExecutor {
    private let pool: NIOThreadPool

    init(threads: Int, name: String) {
        pool = NIOThreadPool(numberOfThreads: threads)
        pool._start(threadNamePrefix: name)
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        // The pool runs for the life of the process; were it stopped, the work item is called at once
        // with `.cancelled`, and the job still runs (on the caller's thread) rather than being lost.
        pool.submit { _ in job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
