import ArgumentParser
import Diagnostics
// Only FoundationEssentials, like Diagnostics: loading the full Foundation and ICU would cost more
// than the probe itself.
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import RefurbClient
import RefurbCore

/// `refurb probe`: reads the machine it runs on (or a fixture tree, a mounted image, a SMBIOS dump) and
/// prints a readable summary, or the JSON report with `--json`, saving it with `--output FILE`. With
/// `--device TAG` and a service address, the report is also sent to the service as that device's.
package struct Probe: AsyncParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "probe",
        abstract: CommandLineMessages.help("help.probe.abstract"),
        discussion: CommandLineMessages.help("help.probe.discussion")
    )

    @Option(name: .long, help: ArgumentHelp(CommandLineMessages.help("help.probe.root"), valueName: "DIR"))
    var root: String = "/"

    @Option(name: .long, help: ArgumentHelp(CommandLineMessages.help("help.option.smartctl"), valueName: "PATH"))
    var smartctl: String = Probe.defaultSmartctl

    @Flag(name: .long, help: ArgumentHelp(CommandLineMessages.help("help.option.noSmart")))
    var noSmart = false

    @Option(name: .long, help: ArgumentHelp(CommandLineMessages.help("help.probe.smartTimeout"), valueName: "SECONDS"))
    var smartTimeout: Double = Probe.defaultSmartTimeout

    @Option(name: .long, help: ArgumentHelp(CommandLineMessages.help("help.option.smbiosDump"), valueName: "FILE"))
    var smbiosDump: String?

    /// `--json` prints the JSON report instead of the summary; `--lang` the summary's language.
    @OptionGroup var outputOptions: OutputOptions

    @Option(name: .long, help: ArgumentHelp(CommandLineMessages.help("help.probe.output"), valueName: "FILE"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp(CommandLineMessages.help("help.probe.device"), valueName: "TAG"))
    var device: String?

    @OptionGroup var service: SubmitOptions

    @Option(name: .long, help: ArgumentHelp("Parse every capture in a corpus folder and print the time taken (benchmark).", visibility: .hidden))
    var parseCorpus: String?

    package init() {}

    var json: Bool { outputOptions.json }

    /// `--lang`, else the environment's language, else French.
    var language: Language { outputOptions.language }

    package func validate() throws {
        let lang = language
        guard smartTimeout > 0, smartTimeout <= 3600 else {
            throw ValidationError(lang == .fr ? "--smart-timeout doit être entre 0 et 3600 secondes." : "--smart-timeout must be between 0 and 3600 seconds.")
        }
    }

    package func run() async throws {
        let lang = language
        if let parseCorpus {
            let summary = CorpusParser(directory: parseCorpus).parseAll()
            let milliseconds = (summary.elapsedMilliseconds * 100).rounded() / 100
            print("smbios \(summary.smbiosDumpsDecoded)/\(summary.smbiosDumps) smartctl \(summary.smartctlFilesParsed)/\(summary.smartctlFiles) "
                + "battery \(summary.batteriesWithHealth)/\(summary.batteryFiles) elapsed_ms \(milliseconds)")
            return
        }

        // Checked before the probe runs, so that a typo costs nothing.
        let delivery = try plannedDelivery(language: lang)

        let options = ProbeOptions(
            root: SystemRoot(path: root),
            smbiosDumpPath: smbiosDump,
            smartctl: noSmart ? nil : smartctl,
            smartTimeoutSeconds: smartTimeout
        )
        let (report, data) = try Self.probeAndPrint(options, json: json, language: lang, output: output)
        if let delivery {
            try await send(data, of: report, for: delivery.tag, through: delivery.delivery)
        }
    }

    static let defaultSmartctl = "smartctl"
    static let defaultSmartTimeout: Double = 60

    /// Probes the machine and prints the report (the JSON, or the summary in `language`), saving it to `output`
    /// first: what the parsed command does before any sending, and all the plain path does.
    static func probeAndPrint(_ options: ProbeOptions, json: Bool, language lang: Language,
                              output: String?) throws -> (HardwareReport, Data) {
        var stopwatch = ProbeStopwatch()
        let report = HardwareProbe(options: options).run(stopwatch: &stopwatch)
        let data = try report.jsonData()
        stopwatch.lap("json")
        defer {
            stopwatch.lap("print")
            stopwatch.report()
        }

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
        return (report, data)
    }

    /// `refurb probe` with only the words `PlainProbeArguments` reads: probed and printed here, on the caller's
    /// thread, then the process ends (0, or 1 with the reason when the report cannot be written out).
    package static func runPlain(_ plain: PlainProbeArguments) -> Never {
        let language = Language.fromProcessEnvironment(explicit: plain.lang)
        let options = ProbeOptions(smartctl: plain.noSmart ? nil : defaultSmartctl, smartTimeoutSeconds: defaultSmartTimeout)
        do {
            _ = try probeAndPrint(options, json: plain.json, language: language, output: nil)
            Glibc.exit(0)
        } catch {
            printToStandardError("\(error)")
            Glibc.exit(1)
        }
    }

    /// Where the report goes, when it is to be sent: with --device, and an address from --submit or $REFURB_URL.
    private func plannedDelivery(language: Language) throws -> (delivery: ResultDelivery, tag: AssetTag)? {
        let address = service.serviceAddress
        guard let device else {
            if service.url != nil { throw CommandFailure(badInput: CommandLineMessages.text("cli.submit.needsDevice", in: language)) }
            return nil
        }
        guard let address else {
            throw CommandFailure(badInput: CommandLineMessages.text("cli.submit.deviceWithoutService", in: language))
        }
        let tag: AssetTag
        do {
            tag = try AssetTag(parsing: device)
        } catch {
            let reason = CommandLineMessages.text(error.message, in: language)
            throw CommandFailure(badInput: CommandLineMessages.text("cli.submit.badDevice", reason, in: language))
        }
        let endpoint = try service.endpoint(address: address, language: language)
        return (ResultDelivery(endpoint: endpoint, spool: service.spoolFolder, language: language), tag)
    }

    /// Sends the report's JSON, byte for byte as printed and saved, and says what became of it. With --json the
    /// sentences go to standard error, so that standard output stays the report alone.
    private func send(_ data: Data, of report: HardwareReport, for tag: AssetTag, through delivery: ResultDelivery) async throws {
        let lang = delivery.language
        let submission = Submission(
            path: "/api/devices/\(tag.text)/diagnostics", body: data,
            summary: CommandLineMessages.text("cli.probe.submission", tag.text, in: lang))
        let toStandardError = json
        func say(_ text: String) {
            if toStandardError { printToStandardError(text) } else { print(text) }
        }
        switch await delivery.deliver(submission) {
        case .delivered(let body):
            say(Self.deliveredText(body, tag: tag, reportSerial: report.system.serialNumber, submission: submission,
                                   delivery: delivery))
        case .spooled(let message):
            say(message)
        case .refused(let message), .lost(let message):
            throw CommandFailure(refused: message)
        }
    }

    /// The service's receipt: `{"device":{…},"reportId":N,"serialCheck":"matched|linked|not-in-report","replayed":bool}`.
    private struct Receipt: Decodable {
        struct Device: Decodable { let serial: String? }
        let device: Device?
        let reportId: Int64?
        let serialCheck: String?
        let replayed: Bool?
    }

    static func deliveredText(_ body: Data, tag: AssetTag, reportSerial: String?, submission: Submission,
                              delivery: ResultDelivery) -> String {
        let lang = delivery.language
        guard let receipt = try? JSONDecoder().decode(Receipt.self, from: body), let reportId = receipt.reportId else {
            return SubmitResult.delivered(status: 201, body: body)
                .text(language: lang.rawValue, summary: submission.summary, spool: delivery.spool)
        }
        let check: String = switch receipt.serialCheck {
        case "matched": CommandLineMessages.text("cli.serialCheck.matched", in: lang)
        case "linked": CommandLineMessages.text("cli.serialCheck.linked", receipt.device?.serial ?? reportSerial ?? "?", in: lang)
        case "not-in-report": CommandLineMessages.text("cli.serialCheck.not-in-report", in: lang)
        case let other?: CommandLineMessages.text("cli.serialCheck.other", other, in: lang)
        case nil: ""
        }
        let key = receipt.replayed == true ? "cli.probe.sentAgain" : "cli.probe.sent"
        return CommandLineMessages.text(key, tag.text, String(reportId), check, in: lang)
            .trimmingSpaces()
    }
}
