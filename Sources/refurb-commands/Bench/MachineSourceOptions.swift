import ArgumentParser
import Diagnostics

/// Where the bench reads the machine from: the live system, or a fixture tree for tests and images (`--root`,
/// which also holds the `proc/cmdline` the bench reads its kernel arguments from).
struct MachineSourceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(CLIMessages.help("help.bench.root"), valueName: "DIR"))
    var root: String = "/"

    @Option(name: .long, help: ArgumentHelp(CLIMessages.help("help.option.smbiosDump"), valueName: "FILE"))
    var smbiosDump: String?

    @Flag(name: .long, help: ArgumentHelp(CLIMessages.help("help.option.noSmart")))
    var noSmart = false

    @Option(name: .long, help: ArgumentHelp(CLIMessages.help("help.option.smartctl"), valueName: "PATH"))
    var smartctl: String = "smartctl"

    var systemRoot: SystemRoot { SystemRoot(path: root) }

    var probeOptions: ProbeOptions {
        ProbeOptions(root: systemRoot, smbiosDumpPath: smbiosDump, smartctl: noSmart ? nil : smartctl)
    }
}
