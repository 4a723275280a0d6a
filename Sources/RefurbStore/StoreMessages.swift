import RefurbCore

extension MessageCatalog {
    /// What the store tells a person when it refuses an operation.
    public static let store = MessageCatalog([
        "store.lotNotFound": .init(
            fr: "Aucun lot « {0} ». Vérifiez le code, ou ouvrez le lot avec « refurb lot open ».",
            en: "No lot “{0}”. Check the code, or open the lot with “refurb lot open”."),
        "store.deviceNotFound": .init(
            fr: "Aucun appareil ne correspond à « {0} » (numéro d'inventaire ou numéro de série).",
            en: "No device matches “{0}” (asset tag or serial number)."),
        "store.duplicateSerial": .init(
            fr: "Le numéro de série {0} est déjà enregistré : c'est l'appareil {1} (lot {2}, {3}). Rien n'a été créé. Si c'est un double scan, passez à l'appareil suivant.",
            en: "Serial number {0} is already recorded: it is device {1} (lot {2}, {3}). Nothing was created. If this was a double scan, go on to the next device."),
        "store.versionConflict": .init(
            fr: "Quelqu'un d'autre vient de modifier l'appareil {0} (version {1} attendue, version {2} enregistrée). Rien n'a été changé : rechargez l'appareil et refaites la modification.",
            en: "Someone else just changed device {0} (version {1} expected, version {2} stored). Nothing was changed: reload the device and make the change again."),
        "store.corruptRow": .init(
            fr: "La base de données contient une ligne illisible ({0} n° {1}). Prévenez la personne qui gère l'atelier.",
            en: "The database holds an unreadable row ({0} #{1}). Tell the workshop's administrator."),
        "store.notADatabase": .init(
            fr: "Le fichier {0} n'est pas une base de données Refurb, ou il est endommagé. Il n'a pas été modifié. Vérifiez le chemin (--db), ou restaurez une sauvegarde.",
            en: "The file {0} is not a Refurb database, or it is damaged. It was left unchanged. Check the path (--db), or restore a backup."),
        "store.diskFull": .init(
            fr: "Le disque du serveur est plein : rien n'a été enregistré. Prévenez la personne qui s'occupe du serveur : il faut libérer de la place sur le disque de la base de données (anciennes sauvegardes, journaux, fichiers temporaires), puis recommencer.",
            en: "The server's disk is full: nothing was recorded. Tell whoever looks after the server: space must be freed on the database's disk (old backups, logs, temporary files), then try again."),
        "store.accountExists": .init(
            fr: "Le compte « {0} » existe déjà. Choisissez un autre nom.",
            en: "The account “{0}” already exists. Choose another name."),
        "store.accountNotFound": .init(fr: "Aucun compte « {0} ».", en: "No account “{0}”."),
        "store.location.unknown": .init(
            fr: "« {0} » n'est pas une base de données reconnue. Donnez un fichier SQLite (sqlite:///chemin/absolu/refurb.sqlite, sqlite:chemin/relatif.sqlite, ou simplement le chemin) ou un serveur PostgreSQL (postgres://utilisateur@hôte/base, ou postgres://utilisateur@/base?host=/run/postgresql pour une socket locale).",
            en: "“{0}” is not a database address we know. Give an SQLite file (sqlite:///absolute/path/refurb.sqlite, sqlite:relative/path.sqlite, or just the path) or a PostgreSQL server (postgres://user@host/database, or postgres://user@/database?host=/run/postgresql for a local socket)."),
        "store.location.postgres": .init(
            fr: "Adresse PostgreSQL incomplète : « {0} ». Il faut un utilisateur, un hôte (ou ?host=/dossier/de/la/socket) et le nom de la base, par ex. postgres://refurb@localhost/refurb ou postgres://refurb@/refurb?host=/run/postgresql.",
            en: "Incomplete PostgreSQL address: “{0}”. It needs a user, a host (or ?host=/socket/folder) and the database's name, e.g. postgres://refurb@localhost/refurb or postgres://refurb@/refurb?host=/run/postgresql."),
        "store.location.option": .init(
            fr: "Option « {0} » inconnue dans l'adresse PostgreSQL. Seules host (dossier de la socket), sslmode, application_name et connect_timeout sont acceptées.",
            en: "Unknown option “{0}” in the PostgreSQL address. Only host (the socket folder), sslmode, application_name and connect_timeout are accepted."),
        "copy.fromNotSQLite": .init(
            fr: "--from {0} : la base à copier doit être un fichier SQLite (par ex. --from data/refurb.sqlite).",
            en: "--from {0}: the database to copy must be an SQLite file (e.g. --from data/refurb.sqlite)."),
        "copy.toNotPostgres": .init(
            fr: "--to {0} : la copie se fait vers un serveur PostgreSQL, par ex. --to postgres://refurb@/refurb?host=/run/postgresql.",
            en: "--to {0}: the copy goes to a PostgreSQL server, e.g. --to postgres://refurb@/refurb?host=/run/postgresql."),
        "copy.fromMissing": .init(
            fr: "La base {0} n'existe pas : rien à copier. Vérifiez le chemin.",
            en: "The database {0} does not exist: nothing to copy. Check the path."),
        "copy.alreadyCopied": .init(
            fr: "Déjà copiée : {0} contient exactement cet atelier ({1} appareil(s), {2} événement(s)). Rien n'a été écrit.",
            en: "Already copied: {0} holds exactly this workshop ({1} device(s), {2} event(s)). Nothing was written."),
        "copy.done": .init(
            fr: "Copie vérifiée dans {0} : {1} appareil(s), {2} lot(s), {3} événement(s) identiques un à un, en {4} s (empreinte de l'historique {5}…).",
            en: "Copy checked in {0}: {1} device(s), {2} lot(s), {3} event(s) identical one by one, in {4} s (history fingerprint {5}…)."),
        "copy.targetHoldsThisWorkshop": .init(
            fr: "La base PostgreSQL contient déjà {0} appareil(s), dont {1} qui vient de cet atelier, mais pas exactement cette copie : rien n'a été copié. Si une copie précédente a été interrompue puis l'atelier a continué à travailler, repartez d'une base PostgreSQL vide.",
            en: "The PostgreSQL database already holds {0} device(s), among them {1} from this workshop, but not exactly this copy: nothing was copied. If an earlier copy was interrupted and the workshop went on working, start again from an empty PostgreSQL database."),
        "copy.targetNotEmpty": .init(
            fr: "La base PostgreSQL contient déjà d'autres données ({0} appareil(s)) : rien n'a été copié. Copiez dans une base vide. Réunir plusieurs ateliers dans une même base demande les sites, qui ne sont pas encore là.",
            en: "The PostgreSQL database already holds other data ({0} device(s)): nothing was copied. Copy into an empty database. Merging several workshops into one database needs sites, which are not there yet."),
        "copy.mismatch": .init(
            fr: "Vérification échouée : la table {0} a {1} ligne(s) dans SQLite et {2} dans PostgreSQL. Rien n'a été copié. Si le service tournait pendant la copie, arrêtez-le et recommencez.",
            en: "Check failed: table {0} has {1} row(s) in SQLite and {2} in PostgreSQL. Nothing was copied. If the service was running during the copy, stop it and start again."),
        "copy.eventLogMismatch": .init(
            fr: "Vérification échouée : l'historique copié n'est pas identique à celui de SQLite. Rien n'a été copié. Si le service tournait pendant la copie, arrêtez-le et recommencez.",
            en: "Check failed: the copied history is not identical to SQLite's. Nothing was copied. If the service was running during the copy, stop it and start again."),
        "copy.unreadableValue": .init(
            fr: "La colonne {1} de la table {0} contient une valeur que PostgreSQL ne peut pas recevoir (ligne endommagée ?) : rien n'a été copié. Vérifiez la base avec « refurb journal verify » ou restaurez une sauvegarde.",
            en: "Column {1} of table {0} holds a value PostgreSQL cannot take (a damaged row?): nothing was copied. Check the database with “refurb journal verify” or restore a backup."),
        "copy.unknownTable": .init(
            fr: "La base SQLite contient une table « {0} » que cette version de Refurb ne connaît pas (base d'une version plus récente ?) : rien n'a été copié. Mettez Refurb à jour.",
            en: "The SQLite database holds a table “{0}” this version of Refurb does not know (a database of a newer version?): nothing was copied. Update Refurb."),
        "store.postgres.schemaFailed": .init(
            fr: "Le serveur PostgreSQL {0} a refusé de mettre à jour la structure de la base : {1}. Rien n'a été changé. Vérifiez que l'utilisateur est propriétaire de la base (CREATE DATABASE … OWNER …).",
            en: "The PostgreSQL server {0} refused to update the database's structure: {1}. Nothing was changed. Check that the user owns the database (CREATE DATABASE … OWNER …)."),
        "store.postgres.unreachable": .init(
            fr: "Impossible de joindre le serveur PostgreSQL {0} : {1}. Vérifiez qu'il tourne, l'adresse, l'utilisateur et son mot de passe.",
            en: "Cannot reach the PostgreSQL server {0}: {1}. Check that it runs, and the address, user and password."),
        "store.usernameMalformed": .init(
            fr: "« {0} » ne convient pas comme nom de compte : de 2 à 40 lettres, chiffres, points, tirets ou soulignés.",
            en: "“{0}” cannot be an account name: 2 to 40 letters, digits, dots, dashes or underscores."),
        "store.printerNameMalformed": .init(
            fr: "« {0} » ne convient pas comme nom d'imprimante : de 1 à 40 lettres, chiffres, espaces, points, tirets, soulignés, apostrophes ou parenthèses, avec au moins une lettre ou un chiffre.",
            en: "“{0}” cannot be a printer's name: 1 to 40 letters, digits, spaces, dots, dashes, underscores, apostrophes or brackets, with at least one letter or digit."),
        "store.cannotDisableSelf": .init(
            fr: "Vous ne pouvez pas désactiver votre propre compte (« {0} ») : demandez à un autre administrateur.",
            en: "You cannot disable your own account (“{0}”): ask another administrator."),
        "store.lastActiveAdmin": .init(
            fr: "« {0} » est le dernier administrateur actif : créez ou réactivez d'abord un autre compte administrateur. Rien n'a été changé.",
            en: "“{0}” is the last active administrator: create or enable another admin account first. Nothing was changed."),
        "store.accountNameClash": .init(
            fr: "Le nom « {0} » se confond avec le compte existant « {1} » : seuls les accents ou les majuscules diffèrent. Rien n'a été créé. Choisissez un autre nom, ou utilisez le compte « {1} ».",
            en: "The name “{0}” is too close to the existing account “{1}”: only accents or capitals differ. Nothing was created. Choose another name, or use the account “{1}”."),
        "store.cannotDemoteSelf": .init(
            fr: "Vous ne pouvez pas retirer le rôle administration à votre propre compte (« {0} ») : demandez à un autre administrateur. Rien n'a été changé.",
            en: "You cannot take the admin role away from your own account (“{0}”): ask another administrator. Nothing was changed."),
        "store.tokenNotFound": .init(fr: "Aucun jeton n° {0}.", en: "No token #{0}."),
        "store.stationKeyExists": .init(
            fr: "La clé {0} est déjà enregistrée (poste « {1} »).",
            en: "Key {0} is already registered (station “{1}”)."),
        "store.stationKeyNotFound": .init(fr: "Aucune clé de poste n° {0}.", en: "No station key #{0}."),
        "store.printerNotFound": .init(fr: "Aucune imprimante « {0} » dans les réglages.", en: "No printer “{0}” in the settings."),
        "store.reportAfterLeaving": .init(
            fr: "L'appareil {0} a quitté l'atelier ({1}) : un rapport de diagnostic ne peut plus lui être ajouté.",
            en: "Device {0} has left the workshop ({1}): no diagnostic report can be added to it."),
        "store.serialOnAnotherDevice": .init(
            fr: "Ce rapport vient d'une machine de numéro de série {0}, qui est l'appareil {1}, pas {2}. Rien n'a été enregistré : vérifiez l'étiquette collée sur la machine testée.",
            en: "This report comes from a machine with serial {0}, which is device {1}, not {2}. Nothing was recorded: check the label on the machine you tested."),
        "store.removableUnknown": .init(
            fr: "Le support amovible {0} n'est pas dans le dernier rapport de diagnostic de l'appareil. Rien n'a été enregistré.",
            en: "Removable medium {0} is not in the device's latest diagnostic report. Nothing was recorded."),
        "store.removableNotRemovable": .init(
            fr: "Le disque {0} fait partie de l'appareil (il n'est ni USB ni amovible) : il doit être effacé, ou retiré et détruit.",
            en: "Drive {0} is part of the device (neither USB nor removable): it must be erased, or removed and destroyed."),
        "store.removableDispositionUnknown": .init(
            fr: "« {0} » n'est pas un choix possible pour un support amovible ; choix possibles : {1}.",
            en: "“{0}” is not a choice for a removable medium; choices: {1}."),
        "store.removableReasonMissing": .init(
            fr: "Dites pourquoi (par exemple « rendue au donateur » ou « clé de démarrage du banc 2 »).",
            en: "Say why (for example “given back to the donor” or “boot stick of bench 2”)."),
        "store.reportSerialMismatch": .init(
            fr: "Ce rapport vient d'une machine de numéro de série {0}, mais l'appareil {1} a été reçu avec le numéro {2}. Rien n'a été enregistré : vérifiez que l'étiquette est sur la bonne machine.",
            en: "This report comes from a machine with serial {0}, but device {1} was received with serial {2}. Nothing was recorded: check the label is on the right machine."),
        "store.certificateForAnotherDevice": .init(
            fr: "Le certificat {0} a été établi pour l'appareil {1}, pas pour {2}. Rien n'a été enregistré.",
            en: "Certificate {0} was issued for device {1}, not {2}. Nothing was recorded."),
        "store.certificateWithoutSerial": .init(
            fr: "Le certificat {0} ne donne pas le numéro de série du disque : il ne peut pas être rattaché à un disque.",
            en: "Certificate {0} gives no drive serial: it cannot be matched to a drive."),
        "store.certificateAlreadyRecorded": .init(
            fr: "Le certificat {0} est déjà enregistré pour l'appareil {1}.",
            en: "Certificate {0} is already recorded for device {1}."),
        "store.driveNotInReport": .init(
            fr: "Le disque {0} n'est pas dans le rapport de diagnostic de l'appareil {1} (disques trouvés : {2}). Rien n'a été enregistré : ce disque vient-il d'une autre machine ?",
            en: "Drive {0} is not in the diagnostic report of device {1} (drives found: {2}). Nothing was recorded: does this drive come from another machine?"),
        "store.repairNoteMissing": .init(fr: "Décrivez la réparation.", en: "Describe the repair."),
        "store.repairAfterLeaving": .init(
            fr: "L'appareil {0} a quitté l'atelier ({1}) : reprenez-le d'abord en réception.",
            en: "Device {0} has left the workshop ({1}): take it back in first."),
        "store.backupTargetExists": .init(
            fr: "Le fichier {0} existe déjà : choisissez un nouveau nom pour la sauvegarde, rien n'a été écrasé.",
            en: "The file {0} already exists: choose a new name for the backup; nothing was overwritten."),
        "store.backupMissing": .init(fr: "Aucune sauvegarde à l'emplacement {0}.", en: "No backup at {0}."),
        "store.backupUnsound": .init(
            fr: "La sauvegarde {0} est endommagée ou n'est pas une base Refurb ({1}). Rien n'a été restauré.",
            en: "The backup {0} is damaged or not a Refurb database ({1}). Nothing was restored."),
        "store.dayMalformed": .init(
            fr: "« {0} » n'est pas une date lisible (AAAA-MM-JJ).",
            en: "“{0}” is not a readable date (YYYY-MM-DD)."),
        "store.importNeedsReception": .init(
            fr: "Chaque appareil importé doit avoir un historique qui commence par sa réception.",
            en: "Every imported device needs a history that starts with its reception."),
        "store.checklistMissing": .init(
            fr: "Aucune liste de tests pour la catégorie {0} : un admin en enregistre une dans Bureau › Listes de tests.",
            en: "No test checklist for the category {0}: an admin saves one in Office › Test checklists."),
        "store.checklistChanged": .init(
            fr: "La liste de tests a changé pendant que vous la remplissiez (version {0}, maintenant {1}) : rien n'a été enregistré. Rechargez la page et refaites les tests qui manquent.",
            en: "The test checklist changed while you were filling it in (version {0}, now {1}): nothing was recorded. Reload the page and do the missing tests."),
        "store.importRepeatsSerial": .init(
            fr: "Le numéro de série {0} figure deux fois dans l'import : rien n'a été importé.",
            en: "Serial number {0} appears twice in the import: nothing was imported."),
    ])
}
