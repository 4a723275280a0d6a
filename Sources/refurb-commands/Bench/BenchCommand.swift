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
        abstract: "The bench console: show the machine, erase its disks and prove it / La console du banc : la machine, l'effacement de ses disques et sa preuve.",
        discussion: """
            On the stick: refurb bench --stick /run/refurb (its REFURB partition).
            Settings come from refurb.conf there, key = value lines: url, token,
            workshop, station, lang, keymap, mode = interactive|auto,
            offline = yes|no, poweroff = yes|no. The kernel command line wins
            over it: refurb.mode=auto refurb.offline=yes refurb.poweroff=yes.
            In auto mode nothing is asked: the disks that are not refused are
            erased only when the service knows this machine's serial (its intake
            record), or when offline = yes says "offline bench".
            The stick's own disk and any disk with a mounted filesystem are
            always refused. Results that cannot be sent wait on the stick:
            refurb sync --stick DIR sends them later, from any machine.
            logs/last-run.json says how the last run ended.
            Exit status: 0 every disk erased and verified, results sent or kept;
            1 a disk not erased (refused, not confirmed, failed), erasure held
            back, or a result refused; 2 bad input (refurb.conf, the stick).
            """
    )

    @OptionGroup var stickOptions: StickOptions
    @OptionGroup var machine: MachineSourceOptions

    @Option(name: .customLong("disk"), help: ArgumentHelp(
        "Only this disk (repeat for several): the others are left out of the bench, not even listed.", valueName: "DISK"))
    var onlyDisks: [String] = []

    @Option(help: "auto, zero, random, or a firmware method (see refurb wipe --help).")
    var method = "auto"

    @Option(help: ArgumentHelp("interactive or auto: overrides refurb.conf and the kernel command line.", valueName: "MODE"))
    var mode: String?

    @Option(name: .long, help: ArgumentHelp(
        "Language: fr or en (default: lang in refurb.conf, else $REFURB_LANG, else the system's, else fr).", valueName: "fr|en"))
    var lang: String?

    func validate() throws {
        if let lang, Language(rawValue: lang.lowercased()) == nil {
            throw ValidationError(CLIMessages.text("cli.unknownLanguage", lang, in: .fallback))
        }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let fallback = Language(explicit: lang, environment: environment)
        let words = MessageCatalog.core.merging(.benchConsole)
        func failure(_ key: String, _ arguments: String...) -> CommandFailure {
            CommandFailure(badInput: words.text(for: Message(key: key, arguments: arguments), in: fallback))
        }
        guard let stick = stickOptions.stick else { throw failure("bench.stick.none") }
        guard stick.exists else { throw failure("bench.stick.missing", stick.path) }
        if let folder = stick.prepareFolders() { throw failure("bench.stick.cannotWrite", folder) }
        guard let method = WipeMethod(rawValue: method) else {
            throw failure("bench.badMethod", method, WipeMethod.allCases.map(\.rawValue).joined(separator: ", "))
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
            throw ExitCode(CommandFailure.badInputCode)
        }

        let run = BenchRun(stick: stick, settings: settings, screen: screen, machine: machine, method: method,
                           onlyDisks: onlyDisks)
        let succeeded = run.run()
        if !succeeded { throw ExitCode(CommandFailure.refusedCode) }
    }
}
