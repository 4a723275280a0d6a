import ArgumentParser
import Erasure
import Foundation
import RefurbCommandLine
import RefurbCore

/// `refurb bench`: the bench console that the bench stick starts on tty1 after boot (`refurb bench --stick
/// /run/refurb`), and that works the same on an installed Debian with `--stick` naming any folder. It shows the
/// machine, finds which device it is, lists the disks with those refused, erases and verifies them after a
/// confirmation, and sends the report and the certificates to the service or keeps them on the stick.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: CLIMessages.help("help.bench.abstract"),
        discussion: CLIMessages.help("help.bench.discussion")
    )

    @OptionGroup var stickOptions: StickOptions
    @OptionGroup var machine: MachineSourceOptions

    @Option(name: .customLong("disk"), help: ArgumentHelp(CLIMessages.help("help.bench.disk"), valueName: "DISK"))
    var onlyDisks: [String] = []

    @Option(name: .customLong("method"), help: ArgumentHelp(CLIMessages.help("help.bench.method"), valueName: "method"))
    var methodName: String?

    @Option(help: ArgumentHelp(CLIMessages.help("help.bench.mode"), valueName: "MODE"))
    var mode: String?

    /// `--lang`, else `lang` in refurb.conf, else the environment's language.
    @OptionGroup var languageOption: LanguageOption

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let lang = languageOption.explicit
        let fallback = Language(explicit: lang, environment: environment)
        let words = MessageCatalog.core.merging(.benchConsole)
        func failure(_ key: String, _ arguments: String...) -> CommandFailure {
            CommandFailure(badInput: words.text(for: Message(key: key, arguments: arguments), in: fallback))
        }
        guard let stick = stickOptions.stick else { throw failure("bench.stick.none") }
        guard stick.exists else { throw failure("bench.stick.missing", stick.path) }
        if let folder = stick.prepareFolders() { throw failure("bench.stick.cannotWrite", folder) }
        let asked = methodName ?? WipeMethod.auto.rawValue
        guard let method = WipeMethod(rawValue: asked) else {
            throw failure("bench.badMethod", asked, WipeMethod.allCases.map(\.rawValue).joined(separator: ", "))
        }
        let text: String
        do {
            text = try stick.configurationText()
        } catch {
            throw failure("bench.conf.unreadable", stick.configurationFile.path, "\(error)")
        }
        let file = BenchConfigurationFile.parse(text)
        let commandLine = KernelCommandLine.apply(machine.systemRoot.text("proc/cmdline") ?? "", to: file.settings)
        var settings = commandLine.settings
        if let mode {
            guard let chosen = BenchSettings.Mode(rawValue: mode.lowercased()) else {
                throw failure("bench.badMode", mode)
            }
            settings.mode = chosen
        }
        let language = lang.map { Language(explicit: $0, environment: [:]) } ?? settings.language ?? fallback

        let screen = BenchScreen(language: language, log: BenchLog.open(in: stick.logsDirectory))
        screen.say("bench.title", settings.station ?? ProcessInfo.processInfo.hostName, stick.path)
        BenchKeyboard.apply(settings.keymap, screen: screen)
        for problem in commandLine.problems {
            screen.say("bench.cmdline.ignored", problem.argument, screen.text(problem.message))
        }
        // A line misread could be the mode or the service: nothing is erased on a configuration in doubt.
        guard file.problems.isEmpty else {
            screen.endScreen(success: false, title: screen.text("bench.end.confTitle"), details: file.problems.map {
                screen.text("bench.conf.line", stick.configurationFile.path, String($0.line), screen.text($0.message))
            })
            throw CommandFailure.badInputAlreadySaid
        }

        let run = BenchRun(stick: stick, settings: settings, screen: screen, machine: machine, method: method,
                           onlyDisks: onlyDisks)
        let succeeded = run.run()
        if !succeeded { throw CommandFailure.refusedAlreadySaid }
    }
}
