import RefurbCommandLine
import RefurbCore
import RefurbStore

/// The CLI's own words (headings, confirmations), alongside the domain's and the store's catalogs.
enum CLIMessages {
    static let catalog = CommandLineMessages.catalog.merging(.store).merging(MessageCatalog([
        "cli.databaseUnusable": .init(
            fr: "Impossible d'ouvrir la base de données {0} : {1}. Vérifiez le chemin et les droits du dossier.",
            en: "Cannot open the database {0}: {1}. Check the path and the folder's permissions."),
        "cli.serve.alreadyRunning": .init(
            fr: "Un service Refurb tourne déjà sur {0}. Arrêtez-le d'abord, ou choisissez une autre base (--db).",
            en: "A Refurb service is already running on {0}. Stop it first, or choose another database (--db)."),
        "cli.serve.firstAdmin": .init(
            fr: "Premier démarrage : compte « {0} » créé avec le mot de passe {1} — notez-le, il ne sera plus affiché.",
            en: "First start: account “{0}” created with password {1} — write it down, it will not be shown again."),
        "cli.serve.listening": .init(
            fr: "Service Refurb à l'écoute sur {0} (base {1}). Ctrl+C pour arrêter.",
            en: "Refurb service listening on {0} (database {1}). Ctrl+C to stop."),
        "cli.serve.publicURLMalformed": .init(
            fr: "--public-url : « {0} » n'est pas une adresse http(s) complète, comme https://atelier.example.org.",
            en: "--public-url: “{0}” is not a full http(s) address, such as https://atelier.example.org."),
        "cli.serve.runningAsRoot": .init(
            fr: "Attention : le service tourne en root. Une faille, ou un réglage d'administrateur mal choisi, agirait alors avec tous les droits de la machine. Lancez-le sous un utilisateur à lui (voir docs/deploy/README.md : unité systemd avec l'utilisateur « refurb »).",
            en: "Warning: the service is running as root. A flaw, or an ill-chosen admin setting, would then act with every right on the machine. Run it as a user of its own (see docs/deploy/README.md: a systemd unit with the “refurb” user)."),
        "cli.user.added": .init(fr: "Compte « {0} » créé (rôles : {1}).", en: "Account “{0}” created (roles: {1})."),
        "cli.user.madeUpPassword": .init(
            fr: "Mot de passe : {0} — notez-le, il ne sera plus affiché.",
            en: "Password: {0} — write it down, it will not be shown again."),
        "cli.user.passwordTooShort": .init(
            fr: "Le mot de passe lu sur l'entrée standard doit faire au moins {0} caractères.",
            en: "The password read from standard input must be at least {0} characters long."),
        "cli.user.passwordSet": .init(
            fr: "Nouveau mot de passe enregistré pour « {0} ». Sessions ouvertes fermées : {1}.",
            en: "New password saved for “{0}”. Open sessions closed: {1}."),
        "cli.user.disabled": .init(
            fr: "Compte « {0} » désactivé : il ne peut plus se connecter, ses sessions sont fermées et ses jetons refusés. Il reste dans l'historique ; « refurb user enable {0} » le réactive.",
            en: "Account “{0}” disabled: it can no longer sign in, its sessions are closed and its tokens refused. It stays in the history; “refurb user enable {0}” enables it again."),
        "cli.user.enabled": .init(fr: "Compte « {0} » réactivé.", en: "Account “{0}” enabled again."),
        "cli.user.disabledMark": .init(fr: "(désactivé)", en: "(disabled)"),
        "cli.backup.done": .init(fr: "Sauvegarde écrite : {0} ({1} Kio).", en: "Backup written: {0} ({1} KiB)."),
        "cli.restore.serviceRunning": .init(
            fr: "Le service Refurb tourne sur {0} : arrêtez-le avant de restaurer. Rien n'a été changé.",
            en: "The Refurb service is running on {0}: stop it before restoring. Nothing was changed."),
        "cli.restore.confirm": .init(
            fr: "Remplacer la base {0} par la sauvegarde {1} ? L'ancienne base sera gardée à côté. (oui/non)",
            en: "Replace the database {0} with the backup {1}? The old database will be kept beside it. (yes/no)"),
        "cli.restore.cancelled": .init(fr: "Restauration annulée : rien n'a été changé.", en: "Restore cancelled: nothing was changed."),
        "cli.restore.done": .init(fr: "Sauvegarde {0} restaurée dans {1}.", en: "Backup {0} restored into {1}."),
        "cli.restore.kept": .init(
            fr: "L'ancienne base est gardée dans {0} (restaurez-la pour annuler).",
            en: "The old database is kept as {0} (restore it to undo)."),
        "cli.unknownLanguage": .init(fr: "Langue « {0} » inconnue : fr ou en.", en: "Unknown language “{0}”: fr or en."),
        "cli.unknownStage": .init(fr: "Étape « {0} » inconnue. Étapes : {1}.", en: "Unknown stage “{0}”. Stages: {1}."),
        "cli.unknownGrade": .init(fr: "Note « {0} » inconnue : A, B ou C.", en: "Unknown grade “{0}”: A, B or C."),
        "cli.lotOpened": .init(fr: "Lot {0} ouvert pour {1}.", en: "Lot {0} opened for {1}."),
        "cli.noDevices": .init(fr: "Aucun appareil ne correspond.", en: "No device matches."),
        "cli.noLots": .init(fr: "Aucun lot pour l'instant : ouvrez-en un avec « refurb lot open ».",
                            en: "No lot yet: open one with “refurb lot open”."),
        "cli.moved": .init(fr: "{0} est maintenant « {1} ».", en: "{0} is now “{1}”."),
        "cli.nextSteps": .init(fr: "Étapes possibles maintenant : {0}", en: "Possible next steps now: {0}"),
        "cli.nextSteps.none": .init(fr: "Aucune étape possible pour l'instant.", en: "No step is possible yet."),
        "cli.nextSteps.final": .init(fr: "Parcours terminé : l'appareil a quitté l'atelier.",
                                     en: "Journey over: the device has left the workshop."),
        "cli.graded": .init(fr: "{0} est noté {1}.", en: "{0} is graded {1}."),
        "cli.priced": .init(fr: "{0} est au prix de {1}.", en: "{0} is priced at {1}."),
        "cli.driveSerialMissing": .init(fr: "Indiquez le numéro de série du disque détruit.",
                                        en: "Give the destroyed drive's serial number."),
        "cli.recorded": .init(fr: "Enregistré pour {0}.", en: "Recorded for {0}."),
        "cli.history": .init(fr: "Historique", en: "History"),
        "cli.wipe.submitNeedsTag": .init(
            fr: "Pour envoyer les certificats au service, dites de quel ordinateur vient le disque : --asset-tag et son numéro d'inventaire (celui de l'étiquette, par ex. R000123X). Rien n'a été effacé.",
            en: "To send the certificates to the service, say which computer the disk came from: --asset-tag and its asset tag (the one on the label, e.g. R000123X). Nothing was erased."),
        "cli.wipe.badTag": .init(
            fr: "{0} Le numéro d'inventaire est celui de l'étiquette collée à l'accueil (par ex. R000123X). Rien n'a été effacé.",
            en: "{0} The asset tag is the one on the label stuck at intake (e.g. R000123X). Nothing was erased."),
        "cli.wipe.progressNeedsService": .init(
            fr: "--send-progress envoie l'avancement au service : donnez aussi son adresse (--submit URL ou la variable REFURB_URL) et --asset-tag. Rien n'a été effacé.",
            en: "--send-progress sends the progress to the service: also give its address (--submit URL or the REFURB_URL variable) and --asset-tag. Nothing was erased."),
        "cli.wipe.submission": .init(fr: "certificat d'effacement du disque {0} de {1}", en: "erasure certificate of drive {0} of {1}"),
        "cli.wipe.sent": .init(
            fr: "Certificat {0} envoyé pour {1} (disque {2}).",
            en: "Certificate {0} sent for {1} (drive {2})."),
        "cli.wipe.sentAgain": .init(
            fr: "Le certificat {0} avait déjà été reçu pour {1} : rien n'a changé.",
            en: "Certificate {0} had already been received for {1}: nothing changed."),
        "cli.wipe.cannotRead": .init(
            fr: "Impossible de relire le certificat {0} pour l'envoyer ({1}) : il reste dans le dossier des certificats, envoyez-le plus tard.",
            en: "Cannot read the certificate {0} back to send it ({1}): it stays in the certificates folder, send it later."),
        "cli.sync.noService": .init(
            fr: "Adresse du service manquante : donnez --submit URL (par ex. --submit http://192.168.1.10:8080) ou la variable REFURB_URL.",
            en: "Service address missing: give --submit URL (e.g. --submit http://192.168.1.10:8080) or the REFURB_URL variable."),
        "cli.sync.spool": .init(fr: "File d'envoi : {0}", en: "Spool: {0}"),
        "field.assetTag": .init(fr: "N° d'inventaire", en: "Asset tag"),
        "field.lot": .init(fr: "Lot", en: "Lot"),
        "field.category": .init(fr: "Catégorie", en: "Category"),
        "field.manufacturer": .init(fr: "Fabricant", en: "Manufacturer"),
        "field.model": .init(fr: "Modèle", en: "Model"),
        "field.displayName": .init(fr: "Nom affiché", en: "Display name"),
        "field.serial": .init(fr: "N° de série", en: "Serial"),
        "field.stage": .init(fr: "Étape", en: "Stage"),
        "field.grade": .init(fr: "Note", en: "Grade"),
        "field.price": .init(fr: "Prix", en: "Price"),
        "field.location": .init(fr: "Emplacement", en: "Location"),
        "field.version": .init(fr: "Version", en: "Version"),
        "field.donor": .init(fr: "Donateur", en: "Donor"),
        "field.receivedOn": .init(fr: "Reçu le", en: "Received on"),
        "field.devices": .init(fr: "Appareils", en: "Devices"),
        "field.declared": .init(fr: "annoncés", en: "declared"),
        "field.weight": .init(fr: "Poids", en: "Weight"),
    ]))

    static func text(_ key: String, _ arguments: String..., in language: Language) -> String {
        catalog.text(for: Message(key: key, arguments: arguments), in: language)
    }

    static func text(_ message: Message, in language: Language) -> String {
        catalog.text(for: message, in: language)
    }
}
