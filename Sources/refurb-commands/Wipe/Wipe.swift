import ArgumentParser
import Erasure
import RefurbCommandLine
import RefurbCore

/// `refurb wipe`: erase disks, refusing any the running system uses, and sign a certificate for each. It runs in
/// five steps, each in its own file: the options (`WipeOrder`), the plan (`WipePlanning`), the confirmation
/// (`WipeConfirmation`), the erasure (`WipeErasure`) and the delivery of the results (`WipeResults`).
struct Wipe: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wipe",
        abstract: CLIMessages.help("help.wipe.abstract"),
        discussion: CLIMessages.help("help.wipe.discussion", WipeMethod.allCases.map(\.rawValue).joined(separator: ", "))
    )

    @Argument(help: ArgumentHelp(CLIMessages.help("help.wipe.devices")))
    var devices: [String] = []

    @Flag(help: ArgumentHelp(CLIMessages.help("help.wipe.list")))
    var list = false

    @Flag(help: ArgumentHelp(CLIMessages.help("help.wipe.all")))
    var all = false

    /// `auto` when not given; its default is said in the help's own words rather than ArgumentParser's English.
    @Option(name: .customLong("method"), help: ArgumentHelp(CLIMessages.help("help.wipe.method"), valueName: "method"))
    var methodName: String?

    @Option(help: ArgumentHelp(CLIMessages.help("help.wipe.verify")))
    var verify: String?

    @Flag(name: .customLong("restore-hpa"), help: ArgumentHelp(CLIMessages.help("help.wipe.restoreHPA")))
    var restoreHPA = false

    @Flag(help: ArgumentHelp(CLIMessages.help("help.wipe.yes")))
    var yes = false

    @Flag(name: .customLong("dry-run"), help: ArgumentHelp(CLIMessages.help("help.wipe.dryRun")))
    var dryRun = false

    @Option(help: ArgumentHelp(CLIMessages.help("help.wipe.progress")))
    var progress: String?

    @Flag(name: .customLong("send-progress"), help: ArgumentHelp(CLIMessages.help("help.wipe.sendProgress")))
    var sendProgress = false

    @OptionGroup var output: OutputOptions

    @Option(name: .customLong("certificate-dir"), help: ArgumentHelp(CLIMessages.help("help.wipe.certificateDir"), valueName: "dir"))
    var certificateDirectory: String?

    @Option(name: .customLong("keys"), help: ArgumentHelp(CLIMessages.help("help.option.keys")))
    var keysDirectory: String?

    @Option(help: ArgumentHelp(CLIMessages.help("help.wipe.workshop"))) var workshop: String?
    @Option(help: ArgumentHelp(CLIMessages.help("help.wipe.station"))) var station: String?
    @Option(name: .customLong("operator"), help: ArgumentHelp(CLIMessages.help("help.wipe.operator"))) var operatorName: String?
    @Option(help: ArgumentHelp(CLIMessages.help("help.wipe.lot"))) var lot: String?
    @Option(name: .customLong("asset-tag"), help: ArgumentHelp(CLIMessages.help("help.wipe.assetTag"))) var assetTag: String?

    @OptionGroup var service: SubmitOptions

    var method: String { methodName ?? WipeMethod.auto.rawValue }

    func run() throws {
        let say = Speaker(language: output.language)
        if list { return WipeListing.print(json: output.json, say: say) }

        let order = try order(say: say)
        let settings = WipeSettings()
        let planning = WipePlanning(order, settings: settings)
        if dryRun { return try planning.reportDryRun(json: output.json, say: say) }
        for plan in planning.refusals { say.refusal(plan) }
        let keys = try stationKeys(say: say)

        let confirmed = WipeConfirmation(say: say, ask: !yes, method: method).jobs(planning.plans)

        let erased = WipeErasure(
            settings: settings, keys: keys, certificates: CertificateStore(directory: certificateDirectory ?? "certificates"),
            language: say.language, localProgress: localProgress(language: say.language),
            submission: order.submission, sendProgress: sendProgress
        ).run(confirmed.jobs)

        try WipeResults(say: say, json: output.json, submission: order.submission)
            .deliver(erased, refusals: planning.refusals, unconfirmed: confirmed.unconfirmed, attempted: confirmed.jobs.count)
    }
}
