import ArgumentParser
import Diagnostics

/// Where the bench reads the machine from: the live system, or a fixture tree for tests and images (`--root`,
/// which also holds the `proc/cmdline` the bench reads its kernel arguments from).
struct MachineSourceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Read sysfs, procfs and the kernel command line under DIR instead of / (tests, disk images).", valueName: "DIR"))
    var root: String = "/"

    @Option(name: .long, help: ArgumentHelp("Read the SMBIOS tables from a `dmidecode --dump-bin` file.", valueName: "FILE"))
    var smbiosDump: String?

    @Flag(name: .long, help: "Do not run smartctl (disk health is then not checked).")
    var noSmart = false

    @Option(name: .long, help: ArgumentHelp("The smartctl program to run.", valueName: "PATH"))
    var smartctl: String = "smartctl"

    var systemRoot: SystemRoot { SystemRoot(path: root) }

    var probeOptions: ProbeOptions {
        ProbeOptions(root: systemRoot, smbiosDumpPath: smbiosDump, smartctl: noSmart ? nil : smartctl)
    }
}
