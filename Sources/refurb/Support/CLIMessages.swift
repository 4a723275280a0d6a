import RefurbCore
import RefurbStore

/// The CLI's own words (headings, confirmations), alongside the domain's and the store's catalogs.
enum CLIMessages {
    static let catalog = MessageCatalog.core.merging(.store).merging(MessageCatalog([
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
        "cli.user.added": .init(fr: "Compte « {0} » créé (rôles : {1}).", en: "Account “{0}” created (roles: {1})."),
        "cli.user.madeUpPassword": .init(
            fr: "Mot de passe : {0} — notez-le, il ne sera plus affiché.",
            en: "Password: {0} — write it down, it will not be shown again."),
        "cli.user.passwordTooShort": .init(
            fr: "Le mot de passe lu sur l'entrée standard doit faire au moins {0} caractères.",
            en: "The password read from standard input must be at least {0} characters long."),
        "cli.user.passwordSet": .init(fr: "Nouveau mot de passe enregistré pour « {0} ».", en: "New password saved for “{0}”."),
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
        "field.assetTag": .init(fr: "N° d'inventaire", en: "Asset tag"),
        "field.lot": .init(fr: "Lot", en: "Lot"),
        "field.category": .init(fr: "Catégorie", en: "Category"),
        "field.manufacturer": .init(fr: "Fabricant", en: "Manufacturer"),
        "field.model": .init(fr: "Modèle", en: "Model"),
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
