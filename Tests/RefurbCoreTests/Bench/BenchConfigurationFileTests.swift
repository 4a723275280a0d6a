import Testing
@testable import RefurbCore

/// `refurb.conf` as a technician may write it on any computer: every key, comments, Windows line ends, and each
/// mistake said with its line, never a crash.
@Suite("refurb.conf")
struct BenchConfigurationFileTests {
    @Test("every fixed key, with comments, blank lines, spaces and CR LF line ends")
    func everyKey() {
        let text = "\u{FEFF}# Banc de l'atelier\r\nurl = http://192.168.1.10:8080\r\ntoken=rft_abc123\r\n\r\n"
            + "workshop = Atelier du Lundi\nstation = banc-2\nlang = en\nkeymap = be-latin1\n  mode = auto  \n"
            + "offline = yes\npoweroff = non\n"
        let outcome = BenchConfigurationFile.parse(text)
        #expect(outcome.problems.isEmpty)
        #expect(outcome.settings == BenchSettings(
            url: "http://192.168.1.10:8080", token: "rft_abc123", workshop: "Atelier du Lundi", station: "banc-2",
            language: .en, keymap: "be-latin1", mode: .auto, offline: true, poweroff: false))
    }

    @Test("an empty file gives the defaults: interactive, online, no power-off, AZERTY")
    func defaults() {
        let outcome = BenchConfigurationFile.parse("")
        #expect(outcome.problems.isEmpty)
        #expect(outcome.settings == BenchSettings())
        #expect(outcome.settings.mode == .interactive && !outcome.settings.offline && !outcome.settings.poweroff)
        #expect(outcome.settings.keymap == "fr")
    }

    @Test("each mistake names its line, the other lines still count")
    func mistakesNameTheirLine() {
        let text = """
            url = 192.168.1.10:8080
            mode = automatique
            offline = peut-être
            colour = blue
            just some words
            station = banc-1
            station = banc-2
            lang = de
            keymap = fr;rm -rf
            token = rft_a b
            """
        let outcome = BenchConfigurationFile.parse(text)
        #expect(outcome.problems.map(\.line) == [1, 2, 3, 4, 5, 7, 8, 9, 10])
        #expect(outcome.problems.map(\.message.key) == [
            "bench.conf.badURL", "bench.conf.badValue", "bench.conf.badValue", "bench.conf.unknownKey",
            "bench.conf.noEquals", "bench.conf.repeated", "bench.conf.badValue", "bench.conf.badKeymap", "bench.conf.badToken",
        ])
        #expect(outcome.settings.station == "banc-1")
        #expect(outcome.settings.mode == .interactive)

        let french = outcome.problems.map { $0.message.text(in: .fr, catalog: .benchConsole) }
        #expect(french[1] == "« automatique » n'est pas une valeur possible pour « mode » ; possibles : interactive, auto.")
        #expect(french[3].contains("« colour » n'existe pas") && french[3].contains("url, token, workshop"))
        #expect(french[5].contains("déjà donnée ligne 6"))
        let line = Message("bench.conf.line", "/run/refurb/refurb.conf", "2", french[1]).text(in: .fr, catalog: .benchConsole)
        #expect(line.hasPrefix("/run/refurb/refurb.conf, ligne 2 : « automatique »"))
        #expect(outcome.problems[1].message.text(in: .en, catalog: .benchConsole).contains("possible: interactive, auto"))
    }

    @Test("yes and no as a volunteer may write them; a value with an invisible character is refused")
    func yesNoAndControlCharacters() {
        #expect(BenchConfigurationFile.parse("offline = OUI\npoweroff = true").settings.offline)
        #expect(BenchConfigurationFile.parse("poweroff = 1").settings.poweroff)
        #expect(!BenchConfigurationFile.parse("offline = no").settings.offline)
        let outcome = BenchConfigurationFile.parse("station = banc\u{7}1")
        #expect(outcome.problems.map(\.message.key) == ["bench.conf.controlCharacter"])
        #expect(outcome.settings.station == nil)
    }

    @Test("a key written in capitals is the same key; an empty value goes back to the default")
    func capitalsAndEmptyValues() {
        let outcome = BenchConfigurationFile.parse("MODE = Auto\nurl =\nkeymap =\nlang =")
        #expect(outcome.problems.isEmpty)
        #expect(outcome.settings.mode == .auto)
        #expect(outcome.settings.url == nil && outcome.settings.keymap == "fr" && outcome.settings.language == nil)
    }
}

/// The kernel command line: `refurb.mode=auto refurb.offline=yes refurb.poweroff=yes` over refurb.conf.
@Suite("kernel command line")
struct KernelCommandLineTests {
    let cmdline = "BOOT_IMAGE=/live/vmlinuz boot=live components quiet refurb.mode=auto refurb.offline=yes refurb.poweroff=yes\n"

    @Test("the refurb. arguments override refurb.conf; other kernel arguments are left alone")
    func overridesTheFile() {
        let file = BenchConfigurationFile.parse("mode = interactive\noffline = no\npoweroff = no\nstation = banc-1").settings
        let outcome = KernelCommandLine.apply(cmdline, to: file)
        #expect(outcome.problems.isEmpty)
        #expect(outcome.settings.mode == .auto && outcome.settings.offline && outcome.settings.poweroff)
        #expect(outcome.settings.station == "banc-1")
    }

    @Test("without refurb. arguments the file's settings stand; a bare flag reads as yes")
    func nothingSaid() {
        let file = BenchSettings(mode: .auto, offline: true)
        #expect(KernelCommandLine.apply("quiet splash", to: file).settings == file)
        #expect(KernelCommandLine.apply("", to: BenchSettings()).settings == BenchSettings())
        #expect(KernelCommandLine.apply("refurb.poweroff refurb.offline", to: BenchSettings()).settings
            == BenchSettings(offline: true, poweroff: true))
        #expect(KernelCommandLine.apply("refurb.lang=en refurb.keymap=us", to: BenchSettings()).settings
            == BenchSettings(language: .en, keymap: "us"))
        // Over PXE there is no REFURB partition: the service and the token come from the boot menu.
        #expect(KernelCommandLine.apply("refurb.url=http://10.0.0.1:8080 refurb.token=rft_x refurb.station=pxe-3", to: BenchSettings()).settings
            == BenchSettings(url: "http://10.0.0.1:8080", token: "rft_x", station: "pxe-3"))
    }

    @Test("a refurb. argument the bench cannot take is ignored and named; the others still apply")
    func badArgumentsAreIgnored() {
        let outcome = KernelCommandLine.apply("refurb.mode=turbo refurb.colour=red refurb.offline=yes", to: BenchSettings())
        #expect(outcome.settings == BenchSettings(offline: true))
        #expect(outcome.problems.map(\.argument) == ["refurb.mode=turbo", "refurb.colour=red"])
        #expect(outcome.problems.map(\.message.key) == ["bench.conf.badValue", "bench.cmdline.unknownKey"])
    }

    @Test("refurb.stick= is for the boot scripts (a PXE bench's folder on the boot server): neither a setting nor a problem")
    func bootScriptWords() {
        let outcome = KernelCommandLine.apply("refurb.stick=http://10.0.2.2:8000/banc/ refurb.mode=auto", to: BenchSettings())
        #expect(outcome.problems.isEmpty)
        #expect(outcome.settings == BenchSettings(mode: .auto))
    }

    @Test("quoted values keep their spaces, as the kernel reads them")
    func quotedWords() {
        #expect(KernelCommandLine.words(#"a "b c" refurb.mode=auto"#) == ["a", "b c", "refurb.mode=auto"])
    }
}

/// Whether an unattended bench may erase: only with the service's intake record, or on an offline bench said so.
@Suite("auto mode's permission to erase")
struct AutoErasurePermissionTests {
    @Test("the intake record found: erase, with its tag")
    func found() {
        #expect(AutoErasurePermission.decide(offline: false, keepsResults: true, lookup: .found(tag: "R000001L"), erasableDisks: 2)
            == .allowed(tag: "R000001L"))
    }

    @Test("offline = yes: erase without asking the service")
    func offlineBench() {
        #expect(AutoErasurePermission.decide(offline: true, keepsResults: true, lookup: .offline, erasableDisks: 1) == .allowed(tag: nil))
    }

    @Test("offline with no REFURB partition (a PXE boot): nothing erased, since the certificates would die with the power")
    func offlineWithNowhereToKeep() {
        let decision = AutoErasurePermission.decide(offline: true, keepsResults: false, lookup: .offline, erasableDisks: 2)
        #expect(decision == .withheld(Message("bench.auto.nowhereToKeep")))
        // Online, the service keeps them as they are sent: the erasure goes ahead.
        #expect(AutoErasurePermission.decide(offline: false, keepsResults: false, lookup: .found(tag: "R000001L"), erasableDisks: 2)
            == .allowed(tag: "R000001L"))
    }

    @Test("anything else holds the erasure back, with the reason")
    func withheld() {
        let cases: [(IntakeLookup, String)] = [
            (.notFound(serial: "PF0ABCDE"), "bench.auto.noIntake"),
            (.noSerial, "bench.auto.noSerial"),
            (.noService, "bench.auto.noService"),
            (.unreachable(reason: "connexion refusée"), "bench.auto.unreachable"),
            (.refused(reason: "jeton inconnu"), "bench.auto.refused"),
        ]
        for (lookup, key) in cases {
            let decision = AutoErasurePermission.decide(offline: false, keepsResults: true, lookup: lookup, erasableDisks: 1)
            #expect(!decision.mayErase)
            guard case .withheld(let message) = decision else { continue }
            #expect(message.key == key)
        }
        let french = AutoErasurePermission.decide(offline: false, keepsResults: true, lookup: .notFound(serial: "PF0ABCDE"), erasableDisks: 1)
        if case .withheld(let message) = french {
            #expect(message.text(in: .fr, catalog: .benchConsole).contains("pas de fiche d'accueil pour le numéro de série PF0ABCDE"))
        }
    }

    @Test("no disk that may be erased: nothing to do, even with the record or offline")
    func noDisk() {
        #expect(AutoErasurePermission.decide(offline: false, keepsResults: true, lookup: .found(tag: "R000001L"), erasableDisks: 0)
            == .withheld(Message("bench.auto.noDisk")))
        #expect(!AutoErasurePermission.decide(offline: true, keepsResults: true, lookup: .offline, erasableDisks: 0).mayErase)
    }

    @Test("every bench message has French and English with the same placeholders")
    func catalog() {
        for (key, entry) in MessageCatalog.benchConsole.entries {
            #expect(!entry.fr.isEmpty && !entry.en.isEmpty, "\(key)")
            for index in 0..<4 {
                #expect(entry.fr.contains("{\(index)}") == entry.en.contains("{\(index)}"), "\(key) {\(index)}")
            }
        }
    }
}
