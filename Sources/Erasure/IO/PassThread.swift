import CErasureSys
import Foundation

/// Starts the threads of a pass, named so that `top -H`, perf and the benchmark (which measures each
/// pass's CPU time by its threads' names) can tell them apart: "refurb-write-io", "refurb-read-0".
/// Foundation's `Thread.name`, set before start, does not reach the kernel on Linux.
enum PassThread {
    static func start(named name: String, _ body: @escaping @Sendable () -> Void) {
        let thread = Thread {
            refurb_name_this_thread(name)
            body()
        }
        thread.name = name
        thread.start()
    }
}
