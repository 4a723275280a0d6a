import Dispatch
import Erasure
import Glibc

/// Ctrl-C during an erasure (`refurb wipe`, `refurb bench`): the first stops the passes and still writes each disk's
/// (failed) certificate, so that what was done is on record; a second one ends the process at once.
enum WipeInterruption {
    /// Listens until the returned source is cancelled.
    static func listen() -> DispatchSourceSignal {
        signal(SIGINT, SIG_IGN)
        let interrupt = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        interrupt.setEventHandler {
            if WipeCancellation.isRequested { Glibc.exit(130) }
            WipeCancellation.request()
        }
        interrupt.resume()
        return interrupt
    }
}
