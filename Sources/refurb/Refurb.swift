import ArgumentParser
import RefurbCommandLine
import RefurbCore

/// `refurb`: runs a plain `probe` itself and hands every other command to `refurb-commands`, installed beside it.
/// The probe is what a technician runs on each machine booted from the stick, and it must answer at once: this
/// program holds nothing else (no database, service, printing or erasure), so it starts in a few milliseconds
/// where the whole set takes fifteen.
@main
struct Refurb {
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        // The plain probe is read and run before anything else is set up (PlainProbeArguments says why).
        if arguments.first == "probe", let plain = PlainProbeArguments(Array(arguments.dropFirst())) {
            Probe.runPlain(plain)
        }
        if arguments.first == Probe.configuration.commandName {
            await CommandRunner.run(ProbeOnly.self, arguments: arguments)
        }
        FullProgram.run(arguments)
    }
}

/// `refurb probe …`, parsed as the full program parses it, so that its help and errors read the same.
struct ProbeOnly: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refurb", version: RefurbVersion.current, subcommands: [Probe.self])
}
