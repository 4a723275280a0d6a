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
        "help.register.abstract": .init(
            fr: "Le registre des objets mobiliers : chaque appareil entré et sorti, scellé jour par jour.",
            en: "The register of second-hand goods (« registre des objets mobiliers »): every device in and out, sealed day by day."),
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
