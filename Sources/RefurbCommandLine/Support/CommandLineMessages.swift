import RefurbCore

/// The words of the commands that both programs run (`probe`, and sending results to the service), over the
/// domain's catalog. The full program's catalog adds the store's and its own to these.
package enum CommandLineMessages {
    package static let catalog = MessageCatalog.core.merging(MessageCatalog([
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
    ]))

    package static func text(_ key: String, _ arguments: String..., in language: Language) -> String {
        catalog.text(for: Message(key: key, arguments: arguments), in: language)
    }

    package static func text(_ message: Message, in language: Language) -> String {
        catalog.text(for: message, in: language)
    }
}
