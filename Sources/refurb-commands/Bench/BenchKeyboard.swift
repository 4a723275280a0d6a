import Erasure
import HostSystem
import Foundation
import Glibc

/// The keyboard layout of `refurb.conf` (`keymap`, AZERTY "fr" by default) set on the Linux console the bench runs
/// on, so that a tag typed by hand reads right (a scanner types through the same layout). Only on a virtual console
/// (`/dev/ttyN`, tty1 on the stick): a terminal in a desktop or over SSH has its own layout, set elsewhere.
enum BenchKeyboard {
    static func apply(_ keymap: String, screen: BenchScreen) {
        guard isatty(STDIN_FILENO) == 1, let name = ttyname(STDIN_FILENO).map({ String(cString: $0) }),
              isVirtualConsole(name) else { return }
        let output = try? BoundedCommandRunner().run(["loadkeys", keymap], timeout: .seconds(10))
        if output?.succeeded != true { screen.say("bench.keymap.failed", keymap) }
    }

    /// "/dev/tty1" but not "/dev/ttyS0" (a serial line) nor "/dev/pts/0".
    static func isVirtualConsole(_ path: String) -> Bool {
        guard path.hasPrefix("/dev/tty") else { return false }
        let number = path.dropFirst("/dev/tty".count)
        return !number.isEmpty && number.allSatisfy(\.isNumber)
    }
}
