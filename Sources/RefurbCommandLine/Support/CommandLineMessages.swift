import RefurbCore

/// The words of the commands that both programs run (`probe`, and sending results to the service), over the
/// domain's catalog. The full program's catalog adds the store's and its own to these.
package enum CommandLineMessages {
    package static let catalog = MessageCatalog.core.merging(own)

    /// This module's own words. `help` reads only these: the probe's options are declared (and their help read)
    /// on every run, and the probe must not pay for building the domain's whole catalog to start.
    static let own = MessageCatalog([
        "cli.submit.needsDevice": .init(
            fr: "--submit envoie le rapport au service : dites aussi de quel appareil il s'agit avec --device et son numéro d'inventaire (celui de l'étiquette collée à l'accueil, par ex. R000123X). Rien n'a été lu ni envoyé.",
            en: "--submit sends the report to the service: also say which device it is with --device and its asset tag (the one on the label stuck at intake, e.g. R000123X). Nothing was read or sent."),
        "cli.submit.deviceWithoutService": .init(
            fr: "--device sert à envoyer le rapport au service : donnez aussi son adresse avec --submit (par ex. --submit http://192.168.1.10:8080) ou la variable REFURB_URL. Rien n'a été lu ni envoyé.",
            en: "--device is for sending the report to the service: also give its address with --submit (e.g. --submit http://192.168.1.10:8080) or the REFURB_URL variable. Nothing was read or sent."),
        "cli.submit.badDevice": .init(
            fr: "{0} Le numéro d'inventaire est celui de l'étiquette collée à l'accueil (par ex. R000123X). Rien n'a été lu ni envoyé.",
            en: "{0} The asset tag is the one on the label stuck at intake (e.g. R000123X). Nothing was read or sent."),
        "cli.probe.submission": .init(fr: "rapport de diagnostic de {0}", en: "diagnostic report of {0}"),
        "cli.probe.sent": .init(
            fr: "Rapport de diagnostic envoyé pour {0} (rapport n° {1}). {2}",
            en: "Diagnostic report sent for {0} (report #{1}). {2}"),
        "cli.probe.sentAgain": .init(
            fr: "Ce rapport avait déjà été reçu pour {0} (rapport n° {1}) : rien n'a changé. {2}",
            en: "This report had already been received for {0} (report #{1}): nothing changed. {2}"),
        "cli.serialCheck.matched": .init(
            fr: "Numéro de série vérifié : c'est bien celui relevé à l'accueil.",
            en: "Serial number checked: it is the one scanned at intake."),
        "cli.serialCheck.linked": .init(
            fr: "L'appareil n'avait pas de numéro de série à l'accueil : celui du rapport ({0}) lui est maintenant associé.",
            en: "The device had no serial number at intake: the report's ({0}) is now linked to it."),
        "cli.serialCheck.not-in-report": .init(
            fr: "Le rapport ne donne pas de numéro de série : comparez à la main l'étiquette du fabricant avec la fiche de l'appareil.",
            en: "The report gives no serial number: compare the maker's sticker with the device's record by hand."),
        "cli.serialCheck.other": .init(fr: "Vérification du numéro de série : {0}.", en: "Serial number check: {0}."),
        "cli.fullProgramMissing": .init(
            fr: "Impossible de lancer {0} ({1}). Seul « refurb probe » marche sans lui : réinstallez Refurb pour les autres commandes (scripts/run le fait).",
            en: "Cannot start {0} ({1}). Only “refurb probe” works without it: reinstall Refurb for the other commands (scripts/run does it)."),
        "cli.unknownLanguage": .init(fr: "Langue « {0} » inconnue : fr ou en.", en: "Unknown language “{0}”: fr or en."),
        // --help, in the person's language (HelpLanguage): the options every command shares, and the probe.
        "help.option.lang": .init(
            fr: "Langue des messages : fr ou en (par défaut : $REFURB_LANG, sinon la langue du système, sinon fr).",
            en: "Language of the messages: fr or en (default: $REFURB_LANG, else the system's language, else fr)."),
        "help.option.json": .init(
            fr: "Écrire du JSON, pour un programme, au lieu de phrases.",
            en: "Print machine-readable JSON instead of text."),
        "help.option.submit": .init(
            fr: "Envoyer le résultat au service Refurb à cette adresse, par ex. http://192.168.1.10:8080 (par défaut : $REFURB_URL). Si le service est injoignable, le résultat attend dans la file d'envoi : lancez `refurb sync` plus tard.",
            en: "Send the result to the Refurb service at this address, e.g. http://192.168.1.10:8080 (default: $REFURB_URL). If the service cannot be reached, the result waits in the spool: run `refurb sync` later."),
        "help.option.token": .init(
            fr: "Le jeton d'accès du poste (rft_…), donné une fois par le coordinateur (par défaut : $REFURB_TOKEN). Préférez la variable : les autres utilisateurs de la machine peuvent voir une ligne de commande.",
            en: "This station's access token (rft_…), given once by the coordinator (default: $REFURB_TOKEN). Prefer the variable: other users of the machine can see a command line."),
        "help.option.spool": .init(
            fr: "Dossier où les résultats attendent tant que le service est injoignable (par défaut : $REFURB_SPOOL, sinon ~/.local/share/refurb/spool). Sur une clé USB live, choisissez un dossier qui survit à l'arrêt.",
            en: "Folder where results wait while the service cannot be reached (default: $REFURB_SPOOL, else ~/.local/share/refurb/spool). On a live USB stick, choose a folder that survives a shutdown."),
        "help.option.smbiosDump": .init(
            fr: "Lire les tables SMBIOS dans un fichier `dmidecode --dump-bin`.",
            en: "Read the SMBIOS tables from a `dmidecode --dump-bin` file."),
        "help.option.noSmart": .init(
            fr: "Ne pas lancer smartctl (la santé des disques n'est alors pas vérifiée).",
            en: "Do not run smartctl (disk health is then not checked)."),
        "help.option.smartctl": .init(fr: "Le programme smartctl à lancer.", en: "The smartctl program to run."),
        "help.probe.abstract": .init(
            fr: "Lire le matériel et la santé de cette machine : identité, processeur, mémoire, disques (SMART), batterie, carte graphique, écran, réseau.",
            en: "Read this machine's hardware and health: identity, CPU, memory, disks (SMART), battery, graphics, screen, network."),
        "help.probe.discussion": .init(
            fr: """
                Pour envoyer le rapport au service de l'atelier, donnez le numéro d'inventaire de l'appareil :
                  refurb probe --device R000123X \\
                    --submit http://192.168.1.10:8080 --token rft_…
                (ou réglez une fois REFURB_URL et REFURB_TOKEN : refurb probe --device R000123X).
                Les rapports attendent dans la file d'envoi tant que le service est injoignable :
                lancez `refurb sync` plus tard.
                Code de sortie : 0 rapport lu (et envoyé, ou gardé pour plus tard) ; 1 le service
                a refusé le rapport ; 2 saisie incorrecte.
                """,
            en: """
                To send the report to the workshop's service, give the device's asset tag:
                  refurb probe --device R000123X \\
                    --submit http://192.168.1.10:8080 --token rft_…
                (or set REFURB_URL and REFURB_TOKEN once: refurb probe --device R000123X).
                Reports wait in the spool while the service cannot be reached: run
                `refurb sync` later.
                Exit status: 0 report read (and sent, or kept for later); 1 the service
                refused the report; 2 bad input.
                """),
        "help.probe.root": .init(fr: "Lire sysfs et procfs sous DIR au lieu de /.", en: "Read sysfs and procfs under DIR instead of /."),
        "help.probe.smartTimeout": .init(
            fr: "Secondes d'attente de smartctl pour chaque disque.", en: "Seconds to wait for smartctl on each disk."),
        "help.probe.output": .init(
            fr: "Enregistrer aussi le rapport JSON dans FILE (pour les machines lues hors ligne).",
            en: "Also save the JSON report to FILE (for machines probed offline)."),
        "help.probe.device": .init(
            fr: "Numéro d'inventaire de l'étiquette de l'appareil (par ex. R000123X) : envoyer le rapport au service pour cet appareil (il faut --submit URL ou $REFURB_URL, et --token ou $REFURB_TOKEN).",
            en: "Asset tag on the device's label (e.g. R000123X): send the report to the service as this device's (needs --submit URL or $REFURB_URL, and --token or $REFURB_TOKEN)."),
    ])

    package static func text(_ key: String, _ arguments: String..., in language: Language) -> String {
        catalog.text(for: Message(key: key, arguments: arguments), in: language)
    }

    package static func text(_ message: Message, in language: Language) -> String {
        catalog.text(for: message, in: language)
    }

    /// Words of `--help`, in the language chosen at start (`HelpLanguage`).
    package static func help(_ key: String, _ arguments: String...) -> String {
        own.text(for: Message(key: key, arguments: arguments), in: HelpLanguage.current)
    }
}
