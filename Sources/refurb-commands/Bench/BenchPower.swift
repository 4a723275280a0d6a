import Erasure
import HostSystem
import Foundation

/// Switches the machine off at the end of an unattended run (`poweroff = yes`), through systemd when it runs the
/// system (the stick's live system does), else the plain `poweroff`.
enum BenchPower {
    static func off(screen: BenchScreen) {
        screen.say("bench.poweroff")
        let runner = BoundedCommandRunner()
        for command in [["systemctl", "poweroff"], ["poweroff"]] {
            if let output = try? runner.run(command, timeout: .seconds(30)), output.succeeded { return }
        }
        screen.say("bench.poweroff.failed")
    }
}
