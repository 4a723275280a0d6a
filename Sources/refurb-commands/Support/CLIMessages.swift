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
        "cli.serve.databaseTwice": .init(
            fr: "Donnez la base une seule fois : --db {0} ou --database {1}, pas les deux.",
            en: "Give the database once: --db {0} or --database {1}, not both."),
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
        // --help, in the person's language (HelpLanguage), one language at a time.
        "help.refurb.abstract": .init(
            fr: "Refurb : les ordinateurs donnés, de l'accueil à la vente, avec la preuve que chaque disque a été effacé.",
            en: "Refurb: donated computers from intake to sale, with proof that every disk was erased."),
        "help.refurb.discussion": .init(
            fr: """
                Commencez par un lot pour un donateur, puis enregistrez chaque appareil scanné :
                  refurb lot open --donor "Mairie de Rennes" --weight-kg 48
                  refurb intake --lot LOT-2026-0001 --category laptop --serial 5CG7301XYZ
                  refurb device show R000001T

                Les commandes de la base prennent --db PATH (par défaut : $REFURB_DB, sinon
                ./data/refurb.sqlite) ; toutes prennent --lang fr|en, et --json pour une sortie lisible
                par un programme. Codes de sortie : 0 fait, 1 refusé par une règle (le message la nomme),
                2 saisie incorrecte (lot ou appareil inconnu, valeur mal formée, numéro de série en double).
                """,
            en: """
                Start with a lot for a donor, then record each device as it is scanned:
                  refurb lot open --donor "Mairie de Rennes" --weight-kg 48
                  refurb intake --lot LOT-2026-0001 --category laptop --serial 5CG7301XYZ
                  refurb device show R000001T

                The database's commands take --db PATH (default: $REFURB_DB, else ./data/refurb.sqlite);
                every command takes --lang fr|en, and --json for machine-readable output. Exit codes:
                0 done, 1 refused by a rule (the message names it), 2 bad input (unknown lot or device,
                malformed value, duplicate serial).
                """),
        "help.lot.abstract": .init(
            fr: "Ouvrir, lister et corriger les lots de collecte (ce qu'un donateur a donné un jour).",
            en: "Open, list and correct collection lots (what one donor gave on one day)."),
        "help.intake.abstract": .init(
            fr: "Enregistrer un appareil reçu dans un lot et écrire son nouveau numéro d'inventaire.",
            en: "Record a device received in a lot and print its new asset tag."),
        "help.device.abstract": .init(
            fr: "Afficher, lister, déplacer, noter, mettre à prix et corriger les appareils.",
            en: "Show, list, move, grade, price and correct devices."),
        "help.label.abstract": .init(
            fr: "Produire ou imprimer l'étiquette d'un appareil (numéro d'inventaire, étiquette de prix).",
            en: "Render or print a device's label (asset tag, price label)."),
        "help.printers.abstract": .init(
            fr: "Lister les imprimantes d'étiquettes USB trouvées, avec leur modèle, leur numéro de série, le rouleau chargé et leur état.",
            en: "List the USB label printers found, with their model, serial, loaded roll and state."),
        "help.serve.abstract": .init(
            fr: "Lancer le service Refurb (API REST sous /api) sur la base de données.",
            en: "Start the Refurb service (REST API under /api) on the database."),
        "help.user.abstract": .init(
            fr: "Gérer les comptes : en ajouter un, les lister, donner un nouveau mot de passe, désactiver ou réactiver un compte.",
            en: "Manage accounts: add one, list them, set a new password, disable or enable one."),
        "help.backup.abstract": .init(
            fr: "Copier toute la base de données dans un nouveau fichier, sans risque, même pendant que `refurb serve` tourne.",
            en: "Copy the whole database to a new file, safely, even while `refurb serve` is running."),
        "help.restore.abstract": .init(
            fr: "Remplacer la base de données par une sauvegarde (arrêtez d'abord `refurb serve`).",
            en: "Replace the database with a backup (stop `refurb serve` first)."),
        "help.journal.abstract": .init(
            fr: "Le journal des ventes : chaque vente chaînée par empreinte, clos chaque jour avec une signature.",
            en: "The sales journal: every sale chained by hash, closed each day with a signature."),
        "help.db.abstract": .init(
            fr: "La base de données dans son ensemble : copier un atelier vers PostgreSQL.",
            en: "The database as a whole: copy a workshop into PostgreSQL."),
        "help.db.copy.abstract": .init(
            fr: "Copier la base SQLite d'un atelier dans une base PostgreSQL, vérifiée avant d'être gardée.",
            en: "Copy a workshop's SQLite database into a PostgreSQL database, checked before it is kept."),
        "help.db.copy.discussion": .init(
            fr: """
                Tout est copié en une seule transaction, puis vérifié : le nombre de lignes de chaque table et l'historique, \
                événement par événement. Si quelque chose diffère, rien n'est gardé. Relancée, la copie voit que la base \
                contient déjà exactement cet atelier et ne fait rien. Une base qui contient d'autres données est refusée. \
                Arrêtez le service pendant la copie. Les sessions ouvertes ne sont pas copiées : chacun se reconnecte.
                Codes de sortie : 0 copiée (ou déjà copiée), 1 refusée, 2 mauvaise saisie.

                Exemple : refurb db copy --from data/refurb.sqlite --to postgres://refurb@/refurb?host=/run/postgresql
                """,
            en: """
                Everything is copied in one transaction, then checked: every table's row count and the history, event \
                by event. If anything differs, nothing is kept. Run again, the copy sees that the database already holds \
                exactly this workshop and does nothing. A database holding other data is refused. Stop the service \
                during the copy. Open sessions are not copied: people sign in again.
                Exit codes: 0 copied (or already copied), 1 refused, 2 bad input.

                Example: refurb db copy --from data/refurb.sqlite --to postgres://refurb@/refurb?host=/run/postgresql
                """),
        "help.db.copy.from": .init(fr: "La base SQLite de l'atelier (chemin ou sqlite:///…).",
                                   en: "The workshop's SQLite database (a path or sqlite:///…)."),
        "help.db.copy.to": .init(fr: "La base PostgreSQL qui la reçoit (postgres://utilisateur@hôte/base, ou ?host=/dossier/de/la/socket).",
                                 en: "The PostgreSQL database that receives it (postgres://user@host/database, or ?host=/socket/folder)."),
        "help.register.abstract": .init(
            fr: "Le registre des objets mobiliers : chaque appareil entré et sorti, scellé jour par jour.",
            en: "The register of second-hand goods (« registre des objets mobiliers »): every device in and out, sealed day by day."),
        "help.backup.discussion": .init(
            fr: "Exemple : refurb backup --to /media/usb/refurb-$(date +%F).sqlite",
            en: "Example: refurb backup --to /media/usb/refurb-$(date +%F).sqlite"),
        "help.backup.to": .init(
            fr: "Le nouveau fichier à écrire (il ne doit pas encore exister).",
            en: "The new file to write (it must not exist yet)."),
        "help.common.bcryptCost": .init(
            fr: "Coût bcrypt (celui du service est 12 par défaut).",
            en: "bcrypt cost (the service's default is 12)."),
        "help.common.device": .init(
            fr: "Le numéro d'inventaire ou le numéro de série.",
            en: "The asset tag or serial number."),
        "help.common.expectVersion": .init(
            fr: "Refuser si l'appareil a changé depuis que vous avez vu cette version (voir `device show`).",
            en: "Refuse if the device changed since you saw this version (see `device show`)."),
        "help.common.expectVersionShort": .init(
            fr: "Refuser si l'appareil a changé depuis que vous avez vu cette version.",
            en: "Refuse if the device changed since you saw this version."),
        "help.common.forceSerial": .init(
            fr: "Garder un numéro de série qui n'en a pas l'air (trop court, sans lettre ni chiffre).",
            en: "Keep a serial that does not look like one (too short, no letter or digit)."),
        "help.common.lot": .init(
            fr: "Le code du lot, par ex. LOT-2026-0001.",
            en: "The lot's code, e.g. LOT-2026-0001."),
        "help.common.name": .init(
            fr: "Le nom du compte.",
            en: "The account name."),
        "help.common.passwordStdin": .init(
            fr: "Lire le mot de passe sur l'entrée standard au lieu d'en inventer un.",
            en: "Read the password from standard input instead of making one up."),
        "help.common.reason": .init(
            fr: "Pourquoi, pour l'historique (obligatoire).",
            en: "Why, for the history (required)."),
        "help.deviceCorrect.abstract": .init(
            fr: "Corriger le numéro de série, la catégorie, la marque ou le modèle d'un appareil, en disant pourquoi.",
            en: "Correct a device's serial, category, maker or model, saying why."),
        "help.deviceCorrect.category": .init(
            fr: "La bonne catégorie : {0}.",
            en: "The right category: {0}."),
        "help.deviceCorrect.discussion": .init(
            fr: """
                Chaque champ qui change est gardé dans l'historique de l'appareil, avec son ancienne valeur, qui et
                pourquoi. Un numéro de série qu'a déjà un autre appareil est refusé, en nommant cet appareil. La ligne
                de commande écrit elle-même dans la base, comme l'administrateur de l'atelier : les limites de rôle
                des pages ne s'appliquent pas.
                Exemple : refurb device correct R000001L --serial 5CG7301XYZ --reason "faute de frappe à l'accueil"
                """,
            en: """
                Each field that changes is kept in the device's history with its old value, who and why. A serial
                another device has is refused, naming that device. The command line writes the database itself,
                as the workshop's administrator does: the role limits of the pages do not apply.
                Example: refurb device correct R000001L --serial 5CG7301XYZ --reason "faute de frappe à l'accueil"
                """),
        "help.deviceCorrect.displayName": .init(
            fr: "Le nom que la boutique lui donne sur l'étiquette de prix, au lieu de la marque et du modèle.",
            en: "What the shop calls it on the price label, instead of the brand and model."),
        "help.deviceCorrect.manufacturer": .init(
            fr: "La bonne marque, par ex. Lenovo.",
            en: "The right brand, e.g. Lenovo."),
        "help.deviceCorrect.model": .init(
            fr: "Le bon modèle, par ex. ThinkPad T480.",
            en: "The right model, e.g. ThinkPad T480."),
        "help.deviceCorrect.serial": .init(
            fr: "Le bon numéro de série, comme sur l'étiquette du fabricant.",
            en: "The right serial number, as on the sticker."),
        "help.deviceGrade.abstract": .init(
            fr: "Donner sa note à un appareil : A (très bon), B (bon) ou C (correct, usure visible).",
            en: "Give a device its grade: A (very good), B (good) or C (fair, visible wear)."),
        "help.deviceGrade.discussion": .init(
            fr: "Exemple : refurb device grade R000001T B",
            en: "Example: refurb device grade R000001T B"),
        "help.deviceGrade.grade": .init(
            fr: "A, B ou C.",
            en: "A, B or C."),
        "help.deviceList.abstract": .init(
            fr: "Lister les appareils, au besoin par étape, par lot ou par mots cherchés.",
            en: "List devices, optionally by stage, lot or search words."),
        "help.deviceList.discussion": .init(
            fr: """
                --search trouve le début des mots du numéro d'inventaire, du numéro de série, de la marque et du modèle :
                refurb device list --search "thinkpad t4"
                """,
            en: """
                --search matches the start of words in the asset tag, serial, manufacturer and model:
                refurb device list --search "thinkpad t4"
                """),
        "help.deviceList.limit": .init(
            fr: "Au plus ce nombre d'appareils.",
            en: "At most this many devices."),
        "help.deviceList.lot": .init(
            fr: "Seulement les appareils de ce lot, par ex. LOT-2026-0001.",
            en: "Only devices of this lot, e.g. LOT-2026-0001."),
        "help.deviceList.search": .init(
            fr: "Mots à chercher dans le numéro d'inventaire, le numéro de série, la marque et le modèle.",
            en: "Words to look for in tag, serial, manufacturer and model."),
        "help.deviceList.stage": .init(
            fr: "Seulement les appareils à cette étape : {0}.",
            en: "Only devices at this stage: {0}."),
        "help.deviceMove.abstract": .init(
            fr: "Faire passer un appareil à une autre étape, ou savoir quelle règle le refuse.",
            en: "Move a device to another stage, or be told which rule refuses it."),
        "help.deviceMove.discussion": .init(
            fr: """
                Étapes : {0}.
                Un passage refusé sort avec le code 1 et nomme chaque règle qu'il enfreint, par ex. un disque sans
                certificat d'effacement. Exemple : refurb device move R000001T --to diagnosed
                """,
            en: """
                Stages: {0}.
                A refused move exits with 1 and names every rule it breaks, e.g. a disk without an erasure
                certificate. Example: refurb device move R000001T --to diagnosed
                """),
        "help.deviceMove.reason": .init(
            fr: "Pourquoi, pour l'historique (par ex. « rendu par l'acheteur »).",
            en: "Why, for the history (e.g. \"returned by the buyer\")."),
        "help.deviceMove.to": .init(
            fr: "L'étape où passer.",
            en: "The stage to move to."),
        "help.devicePrice.abstract": .init(
            fr: "Fixer le prix de vente d'un appareil, en euros.",
            en: "Set a device's sale price in euros."),
        "help.devicePrice.discussion": .init(
            fr: "Exemple : refurb device price R000001T 149,90",
            en: "Example: refurb device price R000001T 149,90"),
        "help.devicePrice.price": .init(
            fr: "Le prix, par ex. 149 ou 149,90.",
            en: "The price, e.g. 149 or 149,90."),
        "help.deviceShow.abstract": .init(
            fr: "Afficher un appareil, trouvé par son numéro d'inventaire ou son numéro de série, avec tout son historique.",
            en: "Show a device, found by asset tag or serial number, with its whole history."),
        "help.deviceShow.device": .init(
            fr: "Le numéro d'inventaire (par ex. R000001T) ou le numéro de série.",
            en: "The asset tag (e.g. R000001T) or the serial number."),
        "help.deviceStorage.abstract": .init(
            fr: "Noter pourquoi le stockage d'un appareil n'a pas besoin d'effacement : un disque détruit, aucun disque, ou un support amovible.",
            en: "Record why a device's storage needs no erasure: a drive destroyed, no drive at all, or a removable medium."),
        "help.deviceStorage.destroyed.abstract": .init(
            fr: "Noter qu'un disque a été retiré et détruit physiquement (qui et quand sont enregistrés).",
            en: "Record that a drive was removed and physically destroyed (who and when are recorded)."),
        "help.deviceStorage.destroyed.drive": .init(
            fr: "Le numéro de série du disque détruit.",
            en: "The destroyed drive's serial number."),
        "help.deviceStorage.destroyed.note": .init(
            fr: "Comment il a été détruit, pour mémoire.",
            en: "How it was destroyed, for the record."),
        "help.deviceStorage.device": .init(
            fr: "Le numéro d'inventaire ou le numéro de série de l'appareil.",
            en: "The asset tag or serial number of the device."),
        "help.deviceStorage.discussion": .init(
            fr: """
                Les effacements eux-mêmes sont enregistrés par `refurb wipe`. Ces deux notes sont les autres
                façons de permettre à un appareil de quitter l'atelier :
                  refurb device storage destroyed R000001T --drive WD-WCC4N1234567 --note "percé"
                  refurb device storage none R000002R --note "pas de baie de disque"
                Une clé USB ou un lecteur de cartes que la lecture du matériel a trouvé branché n'est pas un des
                disques de l'appareil et ne le retient jamais ; dites où il est allé :
                  refurb device storage removable R000001T --drive 4C530001 --as workshop-stick --reason "clé live du banc 2"
                """,
            en: """
                Erasures themselves are recorded by `refurb wipe`. These two records are the other ways a
                device is cleared to leave the workshop:
                  refurb device storage destroyed R000001T --drive WD-WCC4N1234567 --note "perforated"
                  refurb device storage none R000002R --note "no drive bay"
                A USB stick or card reader the probe found plugged in is not one of the device's drives and never
                holds it back; say where it went:
                  refurb device storage removable R000001T --drive 4C530001 --as workshop-stick --reason "bench 2 live stick"
                """),
        "help.deviceStorage.none.abstract": .init(
            fr: "Confirmer que l'appareil ne contient aucun stockage (vérifié par une personne).",
            en: "Confirm that the device holds no storage at all (checked by a person)."),
        "help.deviceStorage.none.note": .init(
            fr: "Ce qui a été vérifié, pour mémoire.",
            en: "What was checked, for the record."),
        "help.deviceStorage.removable.abstract": .init(
            fr: "Dire où est allé un support amovible trouvé dans l'appareil : la clé de l'atelier, ou rendu ou retiré.",
            en: "Say where a removable medium found in the device went: the workshop's stick, or returned or removed."),
        "help.deviceStorage.removable.disposition": .init(
            fr: "workshop-stick ou returned-or-removed.",
            en: "workshop-stick or returned-or-removed."),
        "help.deviceStorage.removable.drive": .init(
            fr: "Le numéro de série du support amovible, tel que le donne le rapport matériel.",
            en: "The removable medium's serial, as the hardware report gives it."),
        "help.deviceStorage.removable.reason": .init(
            fr: "Pourquoi, pour mémoire.",
            en: "Why, for the record."),
        "help.exportDays.from": .init(
            fr: "Le premier jour.",
            en: "The first day."),
        "help.exportDays.output": .init(
            fr: "Le fichier à écrire (par défaut : la sortie standard).",
            en: "The file to write (default: standard output)."),
        "help.exportDays.to": .init(
            fr: "Le dernier jour (inclus).",
            en: "The last day (included)."),
        "help.globalOptions.actor": .init(
            fr: "Qui fait le changement, pour l'historique (par défaut : $REFURB_ACTOR, sinon l'utilisateur du système).",
            en: "Who makes the change, for the history (default: $REFURB_ACTOR, else the system user)."),
        "help.globalOptions.db": .init(
            fr: "Le fichier de la base de données (par défaut : $REFURB_DB, sinon ./data/refurb.sqlite). Il est créé à la première utilisation.",
            en: "The database file (default: $REFURB_DB, else ./data/refurb.sqlite). It is created on first use."),
        "help.globalOptions.station": .init(
            fr: "De quel poste vient le changement, pour l'historique (par défaut : cli@<nom de la machine>).",
            en: "Which station the change comes from, for the history (default: cli@<host name>)."),
        "help.intake.category": .init(
            fr: "Ce qu'est l'appareil : {0}.",
            en: "What the device is: {0}."),
        "help.intake.discussion": .init(
            fr: """
                Scannez l'étiquette du numéro de série dans --serial. Un numéro déjà enregistré est refusé et
                l'appareil existant est nommé (le double scan habituel) ; rien n'est créé. Un appareil sans
                numéro de série convient : son numéro d'inventaire l'identifie.
                Catégories : {0}.
                Exemple : refurb intake --lot LOT-2026-0001 --category laptop --serial 5CG7301XYZ --manufacturer HP
                """,
            en: """
                Scan the serial number sticker into --serial. A serial already recorded is refused and the
                existing device is named (the usual double scan); nothing is created. A device without a
                serial is fine: its asset tag identifies it.
                Categories: {0}.
                Example: refurb intake --lot LOT-2026-0001 --category laptop --serial 5CG7301XYZ --manufacturer HP
                """),
        "help.intake.location": .init(
            fr: "Où l'appareil est rangé, par ex. une étagère.",
            en: "Where the device is put, e.g. a shelf."),
        "help.intake.manufacturer": .init(
            fr: "La marque, par ex. Lenovo.",
            en: "The brand, e.g. Lenovo."),
        "help.intake.model": .init(
            fr: "Le modèle, par ex. ThinkPad T480.",
            en: "The model, e.g. ThinkPad T480."),
        "help.intake.serial": .init(
            fr: "Le numéro de série du fabricant, tel que scanné.",
            en: "The manufacturer's serial number, as scanned."),
        "help.journal.discussion": .init(
            fr: """
                Chaque vente est écrite au journal dans la même transaction que la vente elle-même, chaînée à
                l'écriture précédente par SHA-256. Clôturez la journée (le Z) avec `refurb journal close`, vérifiez
                tout avec `refurb journal verify`, donnez au comptable `refurb journal export --from JOUR --to JOUR`.

                Refurb n'est pas une caisse certifiée (NF525 / LNE). Un atelier assujetti à la TVA doit utiliser
                une caisse certifiée pour ses ventes ; ce journal garde le même genre de preuve, sans être certifié.
                """,
            en: """
                Each sale is written to the journal in the same transaction as the sale itself, chained to the
                previous entry by SHA-256. Close the day (the Z) with `refurb journal close`, check everything
                with `refurb journal verify`, give the accountant `refurb journal export --from DAY --to DAY`.

                Refurb is not a certified till (NF525 / LNE). A workshop liable for VAT must use a certified
                till for its sales; this journal keeps the same kind of proof, but it is not certified.
                """),
        "help.journalClose.abstract": .init(
            fr: "Clore le journal des ventes du jour (le Z) : totaux par moyen de paiement, signés.",
            en: "Close the sales journal for the day (the Z): totals by payment method, signed."),
        "help.journalClose.day": .init(
            fr: "Le jour de la clôture (par défaut : aujourd'hui à l'atelier, $REFURB_TZ).",
            en: "The day the closure is for (default: today in the workshop, $REFURB_TZ)."),
        "help.journalClose.discussion": .init(
            fr: """
                Scelle chaque écriture depuis la clôture précédente avec la clé Ed25519 du journal, gardée à côté
                de la base dans le dossier journal-key/ (créé à la première clôture, clé privée en mode 0600).
                Lancez-la une fois à la fin de chaque journée de ventes, par exemple depuis cron ; une journée sans
                vente ne clôt rien. Elle scelle aussi chaque jour passé du registre des objets mobiliers
                (`refurb register`).

                Exemple : refurb journal close --db /var/lib/refurb/refurb.sqlite
                """,
            en: """
                Seals every entry since the previous closure with the journal's Ed25519 key, kept beside the
                database in the folder journal-key/ (created on the first closure, private key mode 0600). Run it
                once at the end of each day of sales, for instance from cron; a day without sales closes nothing.
                It also seals every past day of the register of second-hand goods (`refurb register`).

                Example: refurb journal close --db /var/lib/refurb/refurb.sqlite
                """),
        "help.journalVerify.abstract": .init(
            fr: "Vérifier qu'aucune vente du journal n'a été modifiée, supprimée ou déplacée, et que chaque clôture est intacte.",
            en: "Check that no sale in the journal was changed, removed or moved, and that every closure is intact."),
        "help.journalVerify.discussion": .init(
            fr: """
                Recalcule la chaîne SHA-256 depuis la première écriture, puis vérifie chaque clôture : les écritures
                qu'elle a scellées, ses totaux par moyen de paiement et sa signature Ed25519. Codes de sortie : 0 intact,
                1 altéré (la première écriture touchée est nommée), 2 mauvaise saisie (base introuvable, --database mal
                formé).

                Exemples :
                  refurb journal verify --db /var/lib/refurb/refurb.sqlite
                  refurb journal verify --database sqlite:///var/lib/refurb/refurb.sqlite --public-key journal.pub.pem

                --database ne prend pour l'instant que des fichiers SQLite (sqlite:///chemin/absolu ou
                sqlite:chemin/relatif) ; le journal sur PostgreSQL viendra avec son adaptateur.
                """,
            en: """
                Recomputes the SHA-256 chain from the first entry, then checks each closure: the entries it
                sealed, its totals by payment method and its Ed25519 signature. Exit codes: 0 intact, 1 altered
                (the first altered entry is named), 2 bad input (no such database, malformed --database).

                Examples:
                  refurb journal verify --db /var/lib/refurb/refurb.sqlite
                  refurb journal verify --database sqlite:///var/lib/refurb/refurb.sqlite --public-key journal.pub.pem

                --database takes only SQLite files for now (sqlite:///absolute/path or sqlite:relative/path);
                the journal on PostgreSQL comes with its adapter.
                """),
        "help.journalVerify.database": .init(
            fr: "La base sous forme d'adresse, au lieu de --db : seulement des fichiers SQLite pour l'instant (sqlite:///chemin/refurb.sqlite).",
            en: "The database as a URL, instead of --db: only SQLite files for now (sqlite:///path/refurb.sqlite)."),
        "help.journalVerify.publicKey": .init(
            fr: "La clé publique du journal (PEM) pour vérifier les clôtures (par défaut : celle gardée à côté de la base).",
            en: "The journal's public key (PEM) to check the closures with (default: the one kept beside the database)."),
        "help.journalExport.abstract": .init(
            fr: "Exporter le journal des ventes pour le comptable (CSV, ou les colonnes du FEC).",
            en: "Export the sales journal for the accountant (CSV, or the columns of the French FEC)."),
        "help.journalExport.discussion": .init(
            fr: """
                Les jours sont ceux de l'atelier ($REFURB_TZ, sinon Europe/Paris), tous deux inclus. `--format csv`
                donne une ligne par écriture avec son empreinte ; `--format fec` donne les 18 colonnes du « fichier des
                écritures comptables », deux lignes par écriture (le compte du paiement, 53 espèces, 5112 chèques,
                5115 cartes, 512 virements, 471 quand le paiement n'a pas été noté ; et 707 ventes), séparées par |.

                Exemple : refurb journal export --from 2026-11-01 --to 2026-11-30 --format fec --output ventes-novembre.txt
                """,
            en: """
                Days are the workshop's ($REFURB_TZ, else Europe/Paris), both included. `--format csv` gives one line
                per entry with its hash; `--format fec` gives the 18 columns of the « fichier des écritures
                comptables », two lines per entry (the payment's account, 53 cash, 5112 cheques, 5115 cards, 512
                transfers, 471 when the payment was not recorded; and 707 sales), separated by |.

                Example: refurb journal export --from 2026-11-01 --to 2026-11-30 --format fec --output ventes-novembre.txt
                """),
        "help.journalExport.format": .init(
            fr: "csv (par défaut) ou fec.",
            en: "csv (default) or fec."),
        "help.label.discussion": .init(
            fr: """
                Les modèles sont dans Labels/ (ou $REFURB_LABELS_DIR) : asset-tag-62x29, asset-tag-29, price-62x100,
                price-62, zebra-asset-tag-2x1, zebra-price-4x2. Les champs viennent de la base avec --tag, ou sont
                donnés avec --field clé=valeur ; clés : assetTag, price, grade, specs, workshop, date, lot, donor.
                Exemples :
                  refurb label render --template asset-tag-62x29 --tag R000001T --format png -o tag.png
                  refurb label print --template price-62x100 --tag R000001T --printer usb://auto
                Codes de sortie : 0 fait, 1 refusé (imprimante pas prête, mauvais rouleau chargé), 2 saisie incorrecte.
                """,
            en: """
                Templates live in Labels/ (or $REFURB_LABELS_DIR): asset-tag-62x29, asset-tag-29, price-62x100,
                price-62, zebra-asset-tag-2x1, zebra-price-4x2. Fields come from the store with --tag, or are given
                with --field key=value; keys: assetTag, price, grade, specs, workshop, date, lot, donor.
                Examples:
                  refurb label render --template asset-tag-62x29 --tag R000001T --format png -o tag.png
                  refurb label print --template price-62x100 --tag R000001T --printer usb://auto
                Exit codes: 0 done, 1 refused (printer not ready, wrong roll loaded), 2 bad input.
                """),
        "help.labelBench.abstract": .init(
            fr: "Mesurer le temps de dessin et d'encodage des étiquettes (utilisé par scripts/bench/labels).",
            en: "Time label rendering and encoding (used by scripts/bench/labels)."),
        "help.labelBench.baselineImage": .init(
            fr: "Écrire aussi ici l'image Brother du numéro d'inventaire, en PNG (la référence la convertit).",
            en: "Also write the asset tag's Brother bitmap here as PNG (the baseline converts it)."),
        "help.labelBench.iterations": .init(
            fr: "Passages mesurés par cas.",
            en: "Timed runs per case."),
        "help.labelBench.templates": .init(
            fr: "Dossier des modèles d'étiquettes.",
            en: "Folder of label templates."),
        "help.labelContentOptions.fieldPairs": .init(
            fr: "Une valeur de champ, à répéter : assetTag, price, grade, specs, workshop, date, lot, donor (date : aujourd'hui par défaut).",
            en: "A field value, repeatable: assetTag, price, grade, specs, workshop, date, lot, donor (date defaults to today)."),
        "help.labelContentOptions.tag": .init(
            fr: "Numéro d'inventaire d'un appareil de la base : ses champs remplissent l'étiquette.",
            en: "Asset tag of a device in the store: its fields fill the label."),
        "help.labelContentOptions.template": .init(
            fr: "Nom du modèle, par ex. asset-tag-62x29 (voir Labels/).",
            en: "Template name, e.g. asset-tag-62x29 (see Labels/)."),
        "help.labelContentOptions.templates": .init(
            fr: "Dossier des modèles d'étiquettes (par défaut : $REFURB_LABELS_DIR, sinon Labels/ trouvé depuis ici ou le programme).",
            en: "Folder of label templates (default: $REFURB_LABELS_DIR, else Labels/ found from here or the program)."),
        "help.labelPrint.abstract": .init(
            fr: "Imprimer une étiquette sur une imprimante d'étiquettes (USB, réseau ou fichier de périphérique).",
            en: "Print a label on a label printer (USB, network or device file)."),
        "help.labelPrint.copies": .init(
            fr: "Nombre d'étiquettes, envoyées en un seul travail.",
            en: "Number of labels, sent as one job."),
        "help.labelPrint.discussion": .init(
            fr: """
                Adresses d'imprimante : usb://auto, usb://04f9:2042[?serial=…], tcp://hôte:9100, file:/dev/usb/lp0, file:/chemin.
                En USB, l'imprimante dit quel langage elle parle ; ailleurs, donnez --format zpl ou --format brother:MODÈLE
                quand le modèle d'étiquette vise les deux familles.
                L'état de l'imprimante est lu d'abord : si elle signale une erreur ou un autre rouleau que celui du
                modèle, rien n'est imprimé et la commande sort avec le code 1.
                """,
            en: """
                Printer addresses: usb://auto, usb://04f9:2042[?serial=…], tcp://host:9100, file:/dev/usb/lp0, file:/path.
                On USB the printer says which language it speaks; elsewhere give --format zpl or --format brother:MODEL
                when the template has targets for both families.
                The printer's status is read first: if it reports an error or another roll than the template's, nothing
                is printed and the command exits with 1.
                """),
        "help.labelPrint.format": .init(
            fr: "Langage de l'imprimante quand elle ne peut pas le dire : zpl ou brother:MODÈLE.",
            en: "Printer language when the printer cannot tell: zpl or brother:MODEL."),
        "help.labelPrint.printer": .init(
            fr: "Où imprimer : usb://auto, usb://VVVV:PPPP[?serial=…], tcp://hôte:9100, file:/chemin.",
            en: "Where to print: usb://auto, usb://VVVV:PPPP[?serial=…], tcp://host:9100, file:/path."),
        "help.labelRender.abstract": .init(
            fr: "Écrire une étiquette dans un fichier : aperçu png, planche pdf (A4), zpl, ou trame brother:MODÈLE.",
            en: "Write a label to a file: png preview, pdf sheet (A4), zpl, or brother:MODEL raster."),
        "help.labelRender.copies": .init(
            fr: "Nombre d'étiquettes (pages d'un travail, ou étiquettes sur la planche PDF).",
            en: "Number of labels (pages of a job, or labels on the PDF sheet)."),
        "help.labelRender.discussion": .init(
            fr: """
                Exemple : refurb label render --template asset-tag-62x29 --field assetTag=R000001T --field workshop=Atelier \\
                           --format png -o tag.png
                Modèles Brother : {0}.
                """,
            en: """
                Example: refurb label render --template asset-tag-62x29 --field assetTag=R000001T --field workshop=Atelier \\
                           --format png -o tag.png
                Brother models: {0}.
                """),
        "help.labelRender.format": .init(
            fr: "png, pdf, zpl ou brother:MODÈLE (par ex. brother:QL-700).",
            en: "png, pdf, zpl or brother:MODEL (e.g. brother:QL-700)."),
        "help.labelRender.output": .init(
            fr: "Le fichier à écrire.",
            en: "The file to write."),
        "help.lotCorrect.abstract": .init(
            fr: "Corriger le donateur, le poids, le nombre annoncé ou le site d'un lot, en disant pourquoi.",
            en: "Correct a lot's donor, weight, declared count or site, saying why."),
        "help.lotCorrect.declared": .init(
            fr: "Le bon nombre d'appareils annoncé par le donateur.",
            en: "The right number of devices the donor declared."),
        "help.lotCorrect.discussion": .init(
            fr: """
                Chaque champ qui change est gardé dans l'historique du lot, avec son ancienne valeur, qui et pourquoi.
                Exemple : refurb lot correct LOT-2026-0001 --weight-kg 52,5 --reason "pesée refaite"
                """,
            en: """
                Each field that changes is kept in the lot's history with its old value, who and why.
                Example: refurb lot correct LOT-2026-0001 --weight-kg 52,5 --reason "pesée refaite"
                """),
        "help.lotCorrect.donor": .init(
            fr: "Le bon donateur.",
            en: "The right donor."),
        "help.lotCorrect.donorType": .init(
            fr: "Le bon type de donateur : public, company (entreprise), association ou individual (particulier).",
            en: "The right donor type: public, company, association or individual."),
        "help.lotCorrect.expectVersion": .init(
            fr: "Refuser si le lot a été corrigé depuis que vous avez vu cette version.",
            en: "Refuse if the lot was corrected since you saw this version."),
        "help.lotCorrect.site": .init(
            fr: "Le bon site de collecte.",
            en: "The right collection site."),
        "help.lotCorrect.weightKg": .init(
            fr: "Le bon poids en kg, par ex. 48 ou 48,5.",
            en: "The right weight in kg, e.g. 48 or 48,5."),
        "help.lotList.abstract": .init(
            fr: "Lister les lots, du plus récent au plus ancien, avec le nombre d'appareils enregistrés dans chacun.",
            en: "List the lots, newest first, with how many devices were recorded in each."),
        "help.lotOpen.abstract": .init(
            fr: "Ouvrir un lot pour un donateur et écrire son code.",
            en: "Open a lot for a donor and print its code."),
        "help.lotOpen.declared": .init(
            fr: "Combien d'appareils le donateur annonce dans le lot.",
            en: "How many devices the donor said are in the lot."),
        "help.lotOpen.discussion": .init(
            fr: """
                Le code (par ex. LOT-2026-0001) est ce que demande l'accueil ; écrivez-le sur la palette ou imprimez-le.
                Exemple : refurb lot open --donor "Mairie de Rennes" --donor-type public --weight-kg 48,5 --declared 12
                """,
            en: """
                The code (e.g. LOT-2026-0001) is what intake asks for; write it on the pallet or print it.
                Example: refurb lot open --donor "Mairie de Rennes" --donor-type public --weight-kg 48,5 --declared 12
                """),
        "help.lotOpen.donor": .init(
            fr: "Qui a donné le matériel (une entreprise, une mairie, une personne).",
            en: "Who gave the equipment (a company, a town hall, a person)."),
        "help.lotOpen.donorType": .init(
            fr: "Ce qu'est le donateur : public, company (entreprise), association ou individual (particulier). Les appareils d'un organisme public ont des prix plafonnés par la loi.",
            en: "What the donor is: public, company, association or individual. A public body's devices have legally capped prices."),
        "help.lotOpen.site": .init(
            fr: "Où le lot a été collecté ou est rangé.",
            en: "Where the lot was collected or is stored."),
        "help.lotOpen.weightKg": .init(
            fr: "Le poids du lot en kg, par ex. 48 ou 48,5.",
            en: "The lot's weight in kg, e.g. 48 or 48,5."),
        "help.printers.descriptors": .init(
            fr: "Écrire les descripteurs USB de chaque appareil vu, en JSON.",
            en: "Print the USB descriptors of every device seen, as JSON."),
        "help.printers.discussion": .init(
            fr: """
                Les imprimantes Brother QL, Zebra et DYMO sont reconnues. Une Brother en mode Editor Lite (vue comme
                un disque USB) est signalée. --descriptors écrit les descripteurs de chaque appareil USB en JSON, pour
                enregistrer une nouvelle imprimante pour les tests.
                """,
            en: """
                Brother QL, Zebra and DYMO printers are recognised. A Brother in Editor Lite mode (seen as a USB disk)
                is pointed out. --descriptors prints every USB device's descriptors as JSON, to record a new printer
                for the tests.
                """),
        "help.printers.noStatus": .init(
            fr: "Ne pas demander son état à chaque imprimante (plus rapide ; rien n'est envoyé aux imprimantes).",
            en: "Do not ask each printer for its status (faster; nothing is sent to the printers)."),
        "help.register.discussion": .init(
            fr: """
                Chaque appareil reçu à l'accueil, vendu, rendu, recyclé, donné ou rapporté est une ligne, dans
                l'ordre, avec son numéro de série, son donateur et son lot, et pour une vente son moyen de paiement
                (art. 321-7 du Code pénal). Chaque jour passé est scellé (numéroté, chaîné par SHA-256, signé avec la
                clé du journal) quand le registre est exporté, par le bureau ou par `refurb register export`, et quand
                le journal est clos (`refurb journal close`). Vérifiez-le avec `refurb register verify`.
                """,
            en: """
                Each device received at intake, sold, handed back, recycled, given away or brought back is a line,
                in order, with its serial number, its donor and lot, and for a sale how it was paid (art. 321-7 of
                the Code pénal). Every past day is sealed (numbered, chained by SHA-256, signed with the journal's
                key) when the register is exported, by the office or by `refurb register export`, and when the
                journal is closed (`refurb journal close`). Check it with `refurb register verify`.
                """),
        "help.registerExport.abstract": .init(
            fr: "Exporter le registre des objets mobiliers (CSV ou PDF), en scellant d'abord chaque jour passé.",
            en: "Export the register of second-hand goods (CSV or PDF), sealing every past day first."),
        "help.registerExport.discussion": .init(
            fr: """
                Les jours sont ceux de l'atelier ($REFURB_TZ, sinon Europe/Paris), tous deux inclus, un an au plus.
                Les lignes du jour portent « journée en cours, non scellée ». Comme la page du bureau /office/register.

                Exemple : refurb register export --from 2026-11-01 --to 2026-11-30 --format pdf --output registre-novembre.pdf
                """,
            en: """
                Days are the workshop's ($REFURB_TZ, else Europe/Paris), both included, one year at most. Today's
                lines are marked « journée en cours, non scellée ». The same as the office's page /office/register.

                Example: refurb register export --from 2026-11-01 --to 2026-11-30 --format pdf --output registre-novembre.pdf
                """),
        "help.registerExport.format": .init(
            fr: "csv (par défaut) ou pdf (qui demande --output).",
            en: "csv (default) or pdf (which needs --output)."),
        "help.registerVerify.abstract": .init(
            fr: "Vérifier qu'aucune ligne scellée du registre n'a été modifiée, retirée ou déplacée, et que chaque sceau est intact.",
            en: "Check that no sealed line of the register was changed, removed or moved, and that every seal is intact."),
        "help.registerVerify.discussion": .init(
            fr: """
                Recalcule la chaîne SHA-256 des lignes scellées depuis la première, puis vérifie le sceau de chaque
                jour : sa place après le précédent, l'empreinte qu'il a fixée et sa signature Ed25519 (la clé du journal).
                Codes de sortie : 0 intact, 1 altéré, 2 saisie incorrecte.

                Exemple : refurb register verify --db /var/lib/refurb/refurb.sqlite
                """,
            en: """
                Recomputes the SHA-256 chain of the sealed lines from the first, then checks each day's seal: its
                place after the previous one, the hash it pinned and its Ed25519 signature (the journal's key).
                Exit codes: 0 intact, 1 altered, 2 bad input.

                Example: refurb register verify --db /var/lib/refurb/refurb.sqlite
                """),
        "help.registerVerify.publicKey": .init(
            fr: "La clé publique du journal (PEM) pour vérifier les sceaux (par défaut : celle gardée à côté de la base).",
            en: "The journal's public key (PEM) to check the seals with (default: the one kept beside the database)."),
        "help.restore.discussion": .init(
            fr: """
                La sauvegarde est d'abord vérifiée (contrôle d'intégrité de SQLite, tables de Refurb) ; un fichier
                abîmé est refusé et rien ne change. La base remplacée est gardée sous <db>.before-restore-<heure> :
                restaurer ce fichier annule la restauration. Demande une confirmation, sauf avec --yes.
                """,
            en: """
                The backup is checked first (SQLite's integrity check, Refurb's tables); a damaged file is refused
                and nothing changes. The database it replaces is kept as <db>.before-restore-<time>, so a restore
                can be undone by restoring that file. Asks for confirmation unless --yes is given.
                """),
        "help.restore.from": .init(
            fr: "Le fichier de sauvegarde à remettre en place.",
            en: "The backup file to bring back."),
        "help.restore.yes": .init(
            fr: "Ne pas demander de confirmation.",
            en: "Do not ask for confirmation."),
        "help.serve.bcryptCost": .init(
            fr: "Coût bcrypt des mots de passe (4 à 31 ; chaque cran double le temps).",
            en: "bcrypt cost for passwords (4 to 31; each step doubles the time)."),
        "help.serve.discussion": .init(
            fr: """
                Au premier démarrage sur une base vide, un compte « admin » est créé et son mot de passe affiché
                une seule fois : notez-le. Créez ensuite les comptes avec `refurb user add` ou POST /api/users, et les
                jetons des machines du banc avec POST /api/tokens.
                Exemple : refurb serve --db /var/lib/refurb/refurb.sqlite --host 0.0.0.0 --port 8080
                """,
            en: """
                On the first start against an empty database an "admin" account is created and its password
                printed once: note it. Then create accounts with `refurb user add` or POST /api/users, and
                tokens for the bench machines with POST /api/tokens.
                Example: refurb serve --db /var/lib/refurb/refurb.sqlite --host 0.0.0.0 --port 8080
                """),
        "help.serve.database": .init(
            fr: "La base à servir : un fichier SQLite (chemin ou sqlite:///…, comme --db) ou un serveur PostgreSQL (postgres://utilisateur@hôte/base, postgres://utilisateur@/base?host=/run/postgresql). Sans elle : --db, sinon $REFURB_DATABASE_URL, sinon $REFURB_DB ou ./data/refurb.sqlite.",
            en: "The database to serve: an SQLite file (a path or sqlite:///…, as --db) or a PostgreSQL server (postgres://user@host/database, postgres://user@/database?host=/run/postgresql). Without it: --db, else $REFURB_DATABASE_URL, else $REFURB_DB or ./data/refurb.sqlite."),
        "help.serve.journalKeyDir": .init(
            fr: "Le dossier de la clé qui signe le journal des ventes et le registre (par défaut : $REFURB_JOURNAL_KEY_DIR, sinon journal-key/ à côté du fichier SQLite, ou ./data/journal-key avec PostgreSQL). Les services d'un même réseau doivent partager la même clé.",
            en: "The folder of the key that signs the sales journal and the register (default: $REFURB_JOURNAL_KEY_DIR, else journal-key/ beside the SQLite file, or ./data/journal-key with PostgreSQL). A network's services must share one key."),
        "help.serve.filePrinters": .init(
            fr: "Le seul dossier où les imprimantes file: peuvent écrire (par défaut : les imprimantes file: sont refusées).",
            en: "The only folder where file: printers may write (default: file: printers are refused)."),
        "help.serve.host": .init(
            fr: "Adresse d'écoute ; 0.0.0.0 pour tout le réseau de l'atelier.",
            en: "Address to listen on; 0.0.0.0 for the whole workshop network."),
        "help.serve.idleTimeout": .init(
            fr: "Fermer une connexion qui n'envoie rien pendant ce nombre de secondes : inutilisée, ou une requête bloquée (par défaut 30).",
            en: "Close a connection that sends nothing for this many seconds: an unused one, or a request that stalls (default 30)."),
        "help.serve.labels": .init(
            fr: "Dossier des modèles d'étiquettes (par défaut : Labels/ à côté du programme ou ici).",
            en: "Folder of label templates (default: Labels/ beside the program or here)."),
        "help.serve.maxConnections": .init(
            fr: "Au plus ce nombre de connexions à la fois ; les autres attendent leur tour (par défaut 256, et jamais plus que la limite de fichiers ouverts moins 128).",
            en: "At most this many connections at once; more wait their turn (default 256, and never more than the open-file limit less 128)."),
        "help.serve.port": .init(
            fr: "Port d'écoute.",
            en: "Port to listen on."),
        "help.serve.publicURL": .init(
            fr: "L'adresse où l'on joint le service, derrière un proxy inverse (par défaut : $REFURB_PUBLIC_URL) ; https rend les cookies Secure.",
            en: "The address people reach the service at, behind a reverse proxy (default: $REFURB_PUBLIC_URL); https makes cookies Secure."),
        "help.serve.trustedProxies": .init(
            fr: "L'adresse d'un proxy inverse devant le service, dont on croit l'en-tête X-Forwarded-For ; à répéter.",
            en: "The address of a reverse proxy in front of the service, whose X-Forwarded-For is believed; repeatable."),
        "help.serve.wipeQuietAfter": .init(
            fr: "Montrer le poste d'un effacement comme silencieux après ce nombre de secondes sans nouvelles (par défaut : $REFURB_WIPE_QUIET_AFTER, sinon 120).",
            en: "Show a wipe's station as gone quiet after this many seconds without news (default: $REFURB_WIPE_QUIET_AFTER, else 120)."),
        "help.serve.workshop": .init(
            fr: "Le nom de l'atelier, imprimé sur les étiquettes (par défaut : $REFURB_WORKSHOP, sinon Refurb).",
            en: "The workshop's name, printed on labels (default: $REFURB_WORKSHOP, else Refurb)."),
        "help.userAdd.abstract": .init(
            fr: "Créer un compte avec un ou plusieurs rôles.",
            en: "Create an account with one or several roles."),
        "help.userAdd.discussion": .init(
            fr: """
                Rôles : intake (accueil), technician (diagnostic, effacement, réparations), shop (notes, prix, ventes),
                admin (comptes, jetons, clés des postes, imprimantes). Donnez --role plusieurs fois ou en liste.
                Sans --password-stdin, un mot de passe est inventé et affiché une seule fois.
                Exemple : refurb user add camille --role technician --role shop
                """,
            en: """
                Roles: intake (reception), technician (diagnostics, wiping, repairs), shop (grading, pricing, sales),
                admin (accounts, tokens, station keys, printers). Give --role several times or as a list.
                Without --password-stdin a password is made up and printed once.
                Example: refurb user add camille --role technician --role shop
                """),
        "help.userAdd.name": .init(
            fr: "Le nom de compte tapé pour se connecter.",
            en: "The account name people type to sign in."),
        "help.userAdd.roles": .init(
            fr: "intake, technician, shop ou admin ; à répéter.",
            en: "intake, technician, shop or admin; repeatable."),
        "help.userDisable.abstract": .init(
            fr: "Désactiver un compte : il ne peut plus se connecter, ses sessions se ferment et ses jetons sont refusés.",
            en: "Disable an account: it can no longer sign in, its sessions end and its tokens are refused."),
        "help.userDisable.discussion": .init(
            fr: """
                Le compte reste dans la liste et dans l'historique ; `refurb user enable NOM` l'annule, jetons compris.
                Le dernier admin qui peut se connecter ne peut pas être désactivé. Un service en marche ferme aussitôt
                les sessions du compte et refuse ses jetons en 5 secondes au plus (désactiver par le service ou la page
                du bureau les refuse aussitôt).
                Exemple : refurb user disable camille
                """,
            en: """
                The account stays in the list and in the history; `refurb user enable NAME` undoes it, tokens included.
                The last admin who can sign in cannot be disabled. A running service ends the account's sessions at
                once and refuses its tokens within 5 seconds (disabling through the service or the office page
                refuses them at once).
                Example: refurb user disable camille
                """),
        "help.userEnable.abstract": .init(
            fr: "Réactiver un compte désactivé : il peut se connecter, et ses jetons non révoqués remarchent.",
            en: "Enable a disabled account again: it can sign in, and its tokens that were not revoked work again."),
        "help.userList.abstract": .init(
            fr: "Lister les comptes et leurs rôles.",
            en: "List the accounts and their roles."),
        "help.userPassword.abstract": .init(
            fr: "Donner un nouveau mot de passe à un compte (inventé et affiché, ou lu avec --password-stdin) ; ses sessions se ferment.",
            en: "Set a new password for an account (made up and printed, or read with --password-stdin); its sessions end."),
        "help.option.stick": .init(
            fr: "La partition REFURB de la clé du banc, là où elle est montée (ou un dossier organisé de la même façon) : refurb.conf, keys/, spool/, certificates/, logs/ (par défaut : $REFURB_STICK).",
            en: "The bench stick's REFURB partition, where it is mounted (or a folder laid out the same way): refurb.conf, keys/, spool/, certificates/, logs/ (default: $REFURB_STICK)."),
        "help.option.keys": .init(
            fr: "Dossier de la clé du poste (par défaut : $REFURB_KEYS, sinon ./keys).",
            en: "Folder of the station key (default: $REFURB_KEYS, else ./keys)."),
        "help.wipe.abstract": .init(
            fr: "Effacer des disques et signer un certificat pour chacun.",
            en: "Erase disks and sign a certificate for each one."),
        "help.wipe.discussion": .init(
            fr: """
                Méthodes : {0}.
                Pour envoyer chaque certificat au service de l'atelier dès qu'il est signé :
                  refurb wipe /dev/sdb --asset-tag R000123X \\
                    --submit http://192.168.1.10:8080 --token rft_…
                (ou réglez une fois REFURB_URL et REFURB_TOKEN). Enregistrez d'abord la clé
                publique du poste (keys/station-ed25519.pub.pem) sur le service. Les
                certificats attendent dans la file d'envoi tant que le service est
                injoignable : lancez `refurb sync`.
                Code de sortie : 0 chaque disque effacé (son certificat envoyé ou gardé pour
                plus tard) ; 1 un disque refusé, non confirmé ou pas entièrement effacé, ou
                un certificat refusé par le service ; 2 saisie incorrecte.
                """,
            en: """
                Methods: {0}.
                To send each certificate to the workshop's service as soon as it is signed:
                  refurb wipe /dev/sdb --asset-tag R000123X \\
                    --submit http://192.168.1.10:8080 --token rft_…
                (or set REFURB_URL and REFURB_TOKEN once). Register the station's public
                key (keys/station-ed25519.pub.pem) on the service first. Certificates
                wait in the spool while the service cannot be reached: run `refurb sync`.
                Exit status: 0 every disk erased (its certificate sent or kept for later);
                1 a disk was refused, not confirmed or not fully erased, or the service
                refused a certificate; 2 bad input.
                """),
        "help.wipe.devices": .init(fr: "Disques à effacer (/dev/sdb, /dev/disk/by-id/…).", en: "Disks to erase (/dev/sdb, /dev/disk/by-id/…)."),
        "help.wipe.list": .init(
            fr: "Lister les disques, avec ceux qui seraient refusés et pourquoi.",
            en: "List the disks, with those that would be refused and why."),
        "help.wipe.all": .init(
            fr: "Effacer tous les disques qui ne sont pas refusés, en parallèle.",
            en: "Erase every disk that is not refused, in parallel."),
        "help.wipe.method": .init(
            fr: "auto, zero, random, ou une méthode du micrologiciel (voir plus haut). Par défaut : auto.",
            en: "auto, zero, random, or a firmware method (see above). Default: auto."),
        "help.wipe.verify": .init(
            fr: "full, sample, sample:POURCENT ou none (par défaut : full pour les réécritures, sample:10 pour les méthodes du micrologiciel).",
            en: "full, sample, sample:PERCENT or none (default: full for overwrites, sample:10 for firmware methods)."),
        "help.wipe.restoreHPA": .init(
            fr: "Rendre au disque toute sa taille d'origine (retirer une zone protégée HPA) avant de l'effacer.",
            en: "Restore the drive's full native size (remove a Host Protected Area) before erasing."),
        "help.wipe.yes": .init(
            fr: "Ne pas demander le numéro de série avant d'effacer.",
            en: "Do not ask for the serial number before erasing."),
        "help.wipe.dryRun": .init(fr: "Dire ce qui se passerait, sans rien écrire.", en: "Say what would happen; write nothing."),
        "help.wipe.progress": .init(
            fr: "bar, json ou none (par défaut : bar dans un terminal).",
            en: "bar, json or none (default: bar on a terminal)."),
        "help.wipe.sendProgress": .init(
            fr: "Montrer aussi l'avancement de chaque disque au bureau : envoyé au service environ une fois par seconde (il faut --asset-tag, et --submit ou $REFURB_URL). Au mieux : cela ne ralentit ni n'arrête jamais un effacement.",
            en: "Also show each disk's progress to the office: sent to the service about once a second (needs --asset-tag and --submit or $REFURB_URL). Best effort: it never slows or stops a wipe."),
        "help.wipe.certificateDir": .init(
            fr: "Où vont les certificats (par défaut : ./certificates).", en: "Where certificates go (default: ./certificates)."),
        "help.wipe.workshop": .init(fr: "Nom de l'atelier (par défaut : $REFURB_WORKSHOP).", en: "Workshop name (default: $REFURB_WORKSHOP)."),
        "help.wipe.station": .init(
            fr: "Nom du poste (par défaut : $REFURB_STATION, sinon le nom de la machine).",
            en: "Station name (default: $REFURB_STATION or the host name)."),
        "help.wipe.operator": .init(
            fr: "Qui fait l'effacement (par défaut : $REFURB_OPERATOR).",
            en: "Who runs the erasure (default: $REFURB_OPERATOR)."),
        "help.wipe.lot": .init(fr: "Lot du don.", en: "Donation lot."),
        "help.wipe.assetTag": .init(
            fr: "Numéro d'inventaire de l'ordinateur d'où vient le disque (par ex. R000123X). Avec --submit (ou $REFURB_URL), chaque certificat est envoyé au service pour cet ordinateur.",
            en: "Asset tag of the computer the disk came from (e.g. R000123X). With --submit (or $REFURB_URL), each certificate is sent to the service for this computer."),
        "help.keys.abstract": .init(
            fr: "La clé de signature des certificats du poste.", en: "The station's certificate signing key."),
        "help.keys.init.abstract": .init(
            fr: "Créer la paire de clés du poste (clé privée en mode 0600). Ne remplace jamais une clé existante.",
            en: "Create the station key pair (private key mode 0600). Never replaces an existing key."),
        "help.certificate.abstract": .init(
            fr: "Vérifier les certificats d'effacement.", en: "Check erasure certificates."),
        "help.certificate.verify.abstract": .init(
            fr: "Vérifier qu'un certificat est intact et signé par la clé du poste.",
            en: "Check that a certificate is intact and signed by the station's key."),
        "help.certificate.verify.discussion": .init(
            fr: "Code de sortie : 0 certificat authentique ; 1 modifié ou signé par une autre clé ; 2 fichier ou clé illisible.",
            en: "Exit status: 0 the certificate is genuine; 1 changed or signed by another key; 2 the file or key cannot be read."),
        "help.certificate.verify.file": .init(fr: "Le certificat (<id>.json).", en: "The certificate (<id>.json)."),
        "help.certificate.verify.publicKey": .init(
            fr: "La clé publique du poste (PEM). Par défaut : celle de $REFURB_KEYS ou ./keys, si elle existe.",
            en: "The station's public key (PEM). Default: the one in $REFURB_KEYS or ./keys, if present."),
        "help.sync.abstract": .init(
            fr: "Envoyer au service Refurb les résultats qui attendent dans la file d'envoi (service injoignable sur le moment).",
            en: "Send the results waiting in the spool (service unreachable at the time) to the Refurb service."),
        "help.sync.discussion": .init(
            fr: """
                `refurb probe --device` et `refurb wipe --asset-tag` gardent leurs résultats
                dans la file d'envoi tant que le service est injoignable. Dès qu'il l'est :
                  refurb sync --submit http://192.168.1.10:8080 --token rft_…
                (ou réglez une fois REFURB_URL et REFURB_TOKEN, puis : refurb sync).
                Depuis toute machine où une clé du banc est montée :
                  refurb sync --stick /media/REFURB
                envoie ce qui attend dans son spool/, avec l'adresse et le jeton de son
                refurb.conf, sauf si --submit et --token disent autre chose ; les résultats
                d'un banc hors ligne sont d'abord rattachés à leur appareil par le numéro
                de série de la machine.
                Les résultats refusés par le service vont dans le dossier rejected/ de la
                file, chacun avec un fichier .reason.txt qui dit pourquoi. Rien n'est jamais
                envoyé deux fois, même si un envoi est interrompu ou si deux tournent à la fois.
                Code de sortie : 0 tout a été envoyé (ou rien n'attendait) ; 1 quelque chose
                a été refusé ou attend encore ; 2 saisie incorrecte.
                """,
            en: """
                `refurb probe --device` and `refurb wipe --asset-tag` keep their results
                in the spool while the service cannot be reached. Once it can:
                  refurb sync --submit http://192.168.1.10:8080 --token rft_…
                (or set REFURB_URL and REFURB_TOKEN once, then: refurb sync).
                From any machine where a bench stick is mounted:
                  refurb sync --stick /media/REFURB
                sends what waits in its spool/, with the address and token of its
                refurb.conf unless --submit and --token say otherwise; results of an
                offline bench are first linked to their device by the machine's serial.
                Results the service refuses go to the spool's rejected/ folder, each
                with a .reason.txt file saying why. Nothing is ever sent twice, even if
                a sync is interrupted or two run at once.
                Exit status: 0 everything was sent (or nothing waited); 1 something was
                refused or still waits; 2 bad input.
                """),
        "help.bench.abstract": .init(
            fr: "La console du banc : la machine, l'effacement de ses disques et sa preuve.",
            en: "The bench console: show the machine, erase its disks and prove it."),
        "help.bench.discussion": .init(
            fr: """
                Sur la clé : refurb bench --stick /run/refurb (sa partition REFURB).
                Les réglages viennent de son refurb.conf, en lignes clé = valeur : url, token,
                workshop, station, lang, keymap, mode = interactive|auto,
                offline = yes|no, poweroff = yes|no. La ligne de commande du noyau l'emporte
                sur lui : refurb.mode=auto refurb.offline=yes refurb.poweroff=yes. La langue :
                --lang, sinon lang dans refurb.conf, sinon $REFURB_LANG, sinon celle du système.
                En mode auto, rien n'est demandé : les disques qui ne sont pas refusés ne
                sont effacés que si le service connaît le numéro de série de la machine (sa
                fiche d'accueil), ou si offline = yes dit « banc hors ligne ».
                Le disque de la clé et tout disque dont un système de fichiers est monté sont
                toujours refusés. Les résultats qui ne peuvent pas être envoyés attendent sur
                la clé : refurb sync --stick DIR les envoie plus tard, depuis n'importe quelle
                machine. logs/last-run.json dit comment s'est terminée la dernière séance.
                Code de sortie : 0 chaque disque effacé et vérifié, résultats envoyés ou
                gardés ; 1 un disque non effacé (refusé, non confirmé, en échec), effacement
                retenu, ou résultat refusé ; 2 saisie incorrecte (refurb.conf, la clé).
                """,
            en: """
                On the stick: refurb bench --stick /run/refurb (its REFURB partition).
                Settings come from refurb.conf there, key = value lines: url, token,
                workshop, station, lang, keymap, mode = interactive|auto,
                offline = yes|no, poweroff = yes|no. The kernel command line wins
                over it: refurb.mode=auto refurb.offline=yes refurb.poweroff=yes. The
                language: --lang, else lang in refurb.conf, else $REFURB_LANG, else the
                system's.
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
                """),
        "help.bench.root": .init(
            fr: "Lire sysfs, procfs et la ligne de commande du noyau sous DIR au lieu de / (tests, images disque).",
            en: "Read sysfs, procfs and the kernel command line under DIR instead of / (tests, disk images)."),
        "help.bench.disk": .init(
            fr: "Seulement ce disque (à répéter pour plusieurs) : les autres sont laissés hors du banc, pas même listés.",
            en: "Only this disk (repeat for several): the others are left out of the bench, not even listed."),
        "help.bench.method": .init(
            fr: "auto, zero, random, ou une méthode du micrologiciel (voir refurb wipe --help). Par défaut : auto.",
            en: "auto, zero, random, or a firmware method (see refurb wipe --help). Default: auto."),
        "help.bench.mode": .init(
            fr: "interactive ou auto : l'emporte sur refurb.conf et la ligne de commande du noyau.",
            en: "interactive or auto: overrides refurb.conf and the kernel command line."),
    ]))

    static func text(_ key: String, _ arguments: String..., in language: Language) -> String {
        catalog.text(for: Message(key: key, arguments: arguments), in: language)
    }

    static func text(_ message: Message, in language: Language) -> String {
        catalog.text(for: message, in: language)
    }

    /// Words of `--help`, in the language chosen at start (`HelpLanguage`).
    static func help(_ key: String, _ arguments: String...) -> String {
        catalog.text(for: Message(key: key, arguments: arguments), in: HelpLanguage.current)
    }
}
