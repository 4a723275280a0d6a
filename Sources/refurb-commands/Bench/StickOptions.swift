import ArgumentParser
import Foundation

/// `--stick DIR`: the bench stick's REFURB partition where it is mounted (or any folder laid out the same way,
/// on an installed Debian), shared by `refurb bench` and `refurb sync`.
struct StickOptions: ParsableArguments {
    @Option(name: .customLong("stick"), help: ArgumentHelp(CLIMessages.help("help.option.stick"), valueName: "DIR"))
    var path: String?

    /// `--stick`, else `$REFURB_STICK`; nil when neither is given.
    var stick: BenchStick? {
        let given = path ?? ProcessInfo.processInfo.environment["REFURB_STICK"]
        guard let given, !given.isEmpty else { return nil }
        return BenchStick(path: given)
    }
}
