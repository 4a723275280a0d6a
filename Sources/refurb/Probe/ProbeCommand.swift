import ArgumentParser
import Diagnostics
// Only FoundationEssentials, like Diagnostics: loading the full Foundation and ICU would cost more
// than the probe itself.
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import RefurbCore

/// `refurb probe`: reads the machine it runs on (or a fixture tree, a mounted image, a SMBIOS dump) and
/// prints a readable summary, or the JSON report with `--json`, saving it with `--output FILE`.
struct Probe: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "probe",
        abstract: "Read this machine's hardware and health: identity, CPU, memory, disks (SMART), battery, graphics, screen, network."
    )

    @Option(name: .long, help: ArgumentHelp("Read sysfs and procfs under DIR instead of /.", valueName: "DIR"))
    var root: String = "/"

    @Option(name: .long, help: ArgumentHelp("The smartctl program to run.", valueName: "PATH"))
    var smartctl: String = "smartctl"

    @Flag(name: .long, help: "Do not run smartctl (disk health is then not checked).")
    var noSmart = false

    @Option(name: .long, help: ArgumentHelp("Seconds to wait for smartctl on each disk.", valueName: "SECONDS"))
    var smartTimeout: Double = 60

    @Option(name: .long, help: ArgumentHelp("Read the SMBIOS tables from a `dmidecode --dump-bin` file.", valueName: "FILE"))
    var smbiosDump: String?

    @Flag(name: .long, help: "Print the JSON report instead of the summary.")
    var json = false

    @Option(name: .long, help: ArgumentHelp("Also save the JSON report to FILE (for machines probed offline).", valueName: "FILE"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Language of the summary: fr or en.", valueName: "LANG"))
    var lang: Language = .fr

    @Option(name: .long, help: ArgumentHelp("Parse every capture in a corpus folder and print the time taken (benchmark).", visibility: .hidden))
    var parseCorpus: String?

    func validate() throws {
        guard smartTimeout > 0, smartTimeout <= 3600 else {
            throw ValidationError(lang == .fr ? "--smart-timeout doit être entre 0 et 3600 secondes." : "--smart-timeout must be between 0 and 3600 seconds.")
        }
    }

    func run() throws {
        if let parseCorpus {
            let summary = CorpusParser(directory: parseCorpus).parseAll()
            let milliseconds = (summary.elapsedMilliseconds * 100).rounded() / 100
            print("smbios \(summary.smbiosDumpsDecoded)/\(summary.smbiosDumps) smartctl \(summary.smartctlFilesParsed)/\(summary.smartctlFiles) "
                + "battery \(summary.batteriesWithHealth)/\(summary.batteryFiles) elapsed_ms \(milliseconds)")
            return
        }

        let options = ProbeOptions(
            root: SystemRoot(path: root),
            smbiosDumpPath: smbiosDump,
            smartctl: noSmart ? nil : smartctl,
            smartTimeoutSeconds: smartTimeout
        )
        let report = HardwareProbe(options: options).run()
        let data = try report.jsonData()

        if let output {
            do {
                try data.write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                throw ValidationError(lang == .fr
                    ? "Impossible d'écrire le rapport dans \(output) : \(error)"
                    : "Could not write the report to \(output): \(error)")
            }
        }
        if json {
            print(String(decoding: data, as: UTF8.self))
        } else {
            print(ProbeSummary.render(report, language: lang))
            if let output {
                print(MessageCatalog.diagnostics.text(for: Message("probe.summary.saved", output), in: lang))
            }
        }
    }
}

extension Language: ExpressibleByArgument {}
