/// Every sentence RefurbClient shows to a person, in French (the default) and English, kept in one place.
///
/// Placeholders are positional, `{0}`, `{1}`…, as in RefurbCore's `MessageCatalog`, so that a translation may
/// reorder them. RefurbClient depends on nothing, so it carries its own small table.
public enum ClientMessages {
    public struct Entry: Sendable, Equatable {
        public let fr: String
        public let en: String
    }

    /// Picks "fr" or "en" from "fr", "en", "en_GB.UTF-8", "en-US"…; anything else is French.
    public static func languageCode(_ language: String) -> String {
        language.lowercased().hasPrefix("en") ? "en" : "fr"
    }

    /// The text of `key` in `language`, with `{n}` replaced by `args[n]`. An unknown key still says something.
    public static func text(_ key: String, language: String, _ args: String...) -> String {
        text(key, language: language, arguments: args)
    }

    public static func text(_ key: String, language: String, arguments: [String]) -> String {
        guard let entry = entries[key] else {
            return ([key] + arguments).joined(separator: " ")
        }
        let template = languageCode(language) == "en" ? entry.en : entry.fr
        return fill(template, with: arguments)
    }

    static func fill(_ template: String, with arguments: [String]) -> String {
        // One pass over the template, so that an argument containing "{1}" is never itself substituted.
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"),
               let index = Int(rest[afterOpen..<close]), arguments.indices.contains(index) {
                result += arguments[index]
                rest = rest[rest.index(after: close)...]
            } else {
                result.append("{")
                rest = rest[afterOpen...]
            }
        }
        result += rest
        return result
    }

    public static let entries: [String: Entry] = [
        // Service address and token
        "endpoint.badURL": Entry(
            fr: "Adresse du service invalide : « {0} ». Exemple d'adresse correcte : http://192.168.1.10:8080",
            en: "Invalid service address: \"{0}\". Example of a correct address: http://192.168.1.10:8080"),
        "endpoint.badScheme": Entry(
            fr: "L'adresse du service doit commencer par http:// ou https:// (reçu : « {0} »).",
            en: "The service address must start with http:// or https:// (got \"{0}\")."),
        "endpoint.emptyToken": Entry(
            fr: "Jeton d'accès manquant : demandez au coordinateur le jeton de ce poste, puis renseignez-le.",
            en: "Access token missing: ask the coordinator for this station's token, then set it."),
        "endpoint.badToken": Entry(
            fr: "Le jeton d'accès contient des espaces ou des caractères invisibles : recopiez-le tel qu'il a été donné.",
            en: "The access token contains spaces or invisible characters: copy it again exactly as given."),

        // Submissions and the spool
        "submission.badID": Entry(
            fr: "Identifiant d'envoi invalide : « {0} » (lettres, chiffres et tirets seulement).",
            en: "Invalid submission identifier: \"{0}\" (letters, digits and dashes only)."),
        "spool.cannotCreate": Entry(
            fr: "Impossible de créer la file d'envoi {0} : {1}.",
            en: "Cannot create the spool {0}: {1}."),
        "spool.cannotWrite": Entry(
            fr: "Impossible d'écrire dans la file d'envoi {0} : {1}.",
            en: "Cannot write to the spool {0}: {1}."),
        "spool.cannotRead": Entry(
            fr: "Impossible de lire la file d'envoi {0} : {1}.",
            en: "Cannot read the spool {0}: {1}."),
        "spool.duplicate": Entry(
            fr: "L'envoi {0} est déjà dans la file d'envoi.",
            en: "Submission {0} is already in the spool."),
        "spool.busy": Entry(
            fr: "Une autre synchronisation est déjà en cours sur la file d'envoi {0}. Attendez qu'elle se termine ; rien ne sera envoyé deux fois.",
            en: "Another sync is already running on the spool {0}. Wait for it to finish; nothing will be sent twice."),
        "spool.unreadableFile": Entry(
            fr: "Fichier illisible dans la file d'envoi ({0}) : il a été mis de côté et ne sera pas envoyé.",
            en: "Unreadable file in the spool ({0}): it was set aside and will not be sent."),
        "spool.badFileName": Entry(
            fr: "Nom de fichier inattendu dans la file d'envoi ({0}) : il a été mis de côté.",
            en: "Unexpected file name in the spool ({0}): it was set aside."),
        "spool.idMismatch": Entry(
            fr: "Le fichier {0} ne contient pas l'envoi que son nom annonce : il a été mis de côté.",
            en: "The file {0} does not hold the submission its name announces: it was set aside."),

        // Why a send did not get through (kept for later)
        "send.connectionRefused": Entry(
            fr: "le service refuse la connexion, il est peut-être arrêté",
            en: "the service refuses the connection, it may be stopped"),
        "send.timeout": Entry(
            fr: "pas de réponse du service dans le délai imparti",
            en: "no answer from the service in time"),
        "send.dns": Entry(
            fr: "nom du service introuvable ({0})",
            en: "service name not found ({0})"),
        "send.tls": Entry(
            fr: "échec de la connexion sécurisée (TLS) avec le service",
            en: "the secure (TLS) connection to the service failed"),
        "send.noNetwork": Entry(
            fr: "pas de réseau",
            en: "no network"),
        "send.connectionLost": Entry(
            fr: "connexion perdue avant la réponse du service",
            en: "connection lost before the service answered"),
        "send.cancelled": Entry(
            fr: "envoi interrompu avant la réponse du service",
            en: "sending stopped before the service answered"),
        "send.libcurlMissing": Entry(
            fr: "la bibliothèque réseau libcurl manque sur ce poste, rien ne peut être envoyé : installez le paquet Debian libcurl4 (sudo apt install libcurl4) — détail : {0}",
            en: "the network library libcurl is missing on this station, nothing can be sent: install the Debian package libcurl4 (sudo apt install libcurl4) — detail: {0}"),
        "send.otherError": Entry(
            fr: "erreur réseau ({0})",
            en: "network error ({0})"),
        "send.busyStatus": Entry(
            fr: "le service est momentanément indisponible (HTTP {0})",
            en: "the service is temporarily unavailable (HTTP {0})"),
        "send.redirect": Entry(
            fr: "le service renvoie vers une autre adresse (HTTP {0}, {1}) : vérifiez l'adresse du service",
            en: "the service redirects to another address (HTTP {0}, {1}): check the service address"),
        "send.unexpectedStatus": Entry(
            fr: "réponse inattendue du service (HTTP {0})",
            en: "unexpected answer from the service (HTTP {0})"),
        "send.refusedGeneric": Entry(
            fr: "le service a refusé l'envoi (HTTP {0})",
            en: "the service refused the submission (HTTP {0})"),
        "send.credentials": Entry(
            fr: "{0} — vérifiez le jeton d'accès de ce poste ; le résultat reste dans la file d'envoi, lancez « refurb sync » une fois corrigé",
            en: "{0} — check this station's access token; the result stays in the spool, run `refurb sync` once fixed"),

        // What submit and sync tell the technician
        "submit.delivered": Entry(
            fr: "Envoyé : {0}.",
            en: "Sent: {0}."),
        "submit.spooled": Entry(
            fr: "Service injoignable ({0}) : le résultat attend dans la file d'envoi ({1}). Lancez « refurb sync » une fois le réseau revenu.",
            en: "Service unreachable ({0}): the result waits in the spool ({1}). Run `refurb sync` once the network is back."),
        "submit.refused": Entry(
            fr: "Le service a refusé « {0} » : {1}",
            en: "The service refused \"{0}\": {1}"),
        "submit.notSaved": Entry(
            fr: "Service injoignable ({0}) et file d'envoi inutilisable ({1} : {2}) : le résultat n'a été ni envoyé ni mis en attente. Libérez de la place ou corrigez le dossier, puis recommencez.",
            en: "Service unreachable ({0}) and spool unusable ({1}: {2}): the result was neither sent nor kept. Free some space or fix the folder, then try again."),
        "sync.empty": Entry(
            fr: "La file d'envoi est vide : rien à envoyer.",
            en: "The spool is empty: nothing to send."),
        "sync.started": Entry(
            fr: "{0} résultat(s) à envoyer.",
            en: "{0} result(s) to send."),
        "sync.sending": Entry(
            fr: "Envoi {0}/{1} : {2}…",
            en: "Sending {0}/{1}: {2}…"),
        "sync.delivered": Entry(
            fr: "Envoyé : {0}.",
            en: "Sent: {0}."),
        "sync.refused": Entry(
            fr: "Refusé : {0} — {1} (mis de côté dans {2})",
            en: "Refused: {0} — {1} (set aside in {2})"),
        "sync.stopped": Entry(
            fr: "Synchronisation interrompue : {0}.",
            en: "Sync stopped: {0}."),
        "sync.summary": Entry(
            fr: "{0} envoyé(s), {1} refusé(s), {2} en attente.",
            en: "{0} sent, {1} refused, {2} waiting."),
        "sync.remaining": Entry(
            fr: "{0} résultat(s) attendent encore dans la file d'envoi : relancez « refurb sync » une fois le réseau revenu.",
            en: "{0} result(s) still wait in the spool: run `refurb sync` again once the network is back."),
    ]
}
