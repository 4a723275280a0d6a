extension MessageCatalog {
    /// The bench console's words (`refurb bench`, the bench stick): its steps, `refurb.conf`'s problems, what is
    /// decided and why. Written for the volunteer at the bench, French first.
    public static let benchConsole = MessageCatalog([
        // refurb.conf and the kernel command line
        "bench.conf.line": .init(fr: "{0}, ligne {1} : {2}", en: "{0}, line {1}: {2}"),
        "bench.conf.noEquals": .init(
            fr: "« {0} » n'est pas de la forme « clé = valeur » (une ligne de commentaire commence par #).",
            en: "“{0}” is not of the form “key = value” (a comment line starts with #)."),
        "bench.conf.unknownKey": .init(
            fr: "la clé « {0} » n'existe pas. Les clés possibles : {1}.",
            en: "there is no key “{0}”. The keys are: {1}."),
        "bench.conf.repeated": .init(
            fr: "la clé « {0} » est déjà donnée ligne {1} : gardez une seule des deux lignes.",
            en: "the key “{0}” is already given on line {1}: keep only one of the two lines."),
        "bench.conf.controlCharacter": .init(
            fr: "la valeur de « {0} » contient un caractère invisible : retapez-la.",
            en: "the value of “{0}” holds an invisible character: type it again."),
        "bench.conf.badURL": .init(
            fr: "« {0} » n'est pas une adresse de service : écrivez-la complète, comme http://192.168.1.10:8080.",
            en: "“{0}” is not a service address: write it in full, such as http://192.168.1.10:8080."),
        "bench.conf.badToken": .init(
            fr: "le jeton d'accès ne contient pas d'espace : recopiez-le tel que le bureau l'a donné (rft_…).",
            en: "an access token has no space in it: copy it as the office gave it (rft_…)."),
        "bench.conf.badValue": .init(
            fr: "« {1} » n'est pas une valeur possible pour « {0} » ; possibles : {2}.",
            en: "“{1}” is not a possible value for “{0}”; possible: {2}."),
        "bench.conf.badKeymap": .init(
            fr: "« {0} » n'est pas un nom de clavier (fr, be-latin1, us…).",
            en: "“{0}” is not a keyboard layout name (fr, be-latin1, us…)."),
        "bench.conf.unreadable": .init(
            fr: "Impossible de lire {0} : {1}.", en: "Cannot read {0}: {1}."),
        "bench.cmdline.unknownKey": .init(
            fr: "ce réglage n'existe pas ; possibles : {0}.", en: "there is no such setting; possible: {0}."),
        "bench.cmdline.ignored": .init(
            fr: "Ligne de commande du noyau, « {0} » ignoré : {1}",
            en: "Kernel command line, “{0}” ignored: {1}"),

        // The stick and the command
        "bench.stick.none": .init(
            fr: "Indiquez la clé du banc : --stick DOSSIER (la partition REFURB montée, ou un dossier), ou $REFURB_STICK.",
            en: "Say where the bench stick is: --stick FOLDER (the mounted REFURB partition, or a folder), or $REFURB_STICK."),
        "bench.stick.inMemory": .init(
            fr: "Pas de clé REFURB : les résultats restent en mémoire jusqu'à leur envoi au service, et l'arrêt de la machine les efface.",
            en: "No REFURB stick: the results stay in memory until they are sent to the service, and switching the machine off loses them."),
        "bench.stick.missing": .init(
            fr: "{0} n'est pas un dossier : la partition REFURB de la clé est-elle montée ?",
            en: "{0} is not a folder: is the stick's REFURB partition mounted?"),
        "bench.stick.cannotWrite": .init(
            fr: "Impossible d'écrire dans {0} : la clé est-elle verrouillée ou pleine ?",
            en: "Cannot write in {0}: is the stick locked or full?"),
        "bench.stick.leftOut": .init(
            fr: "La clé du banc ({0}) n'est pas comptée parmi les disques de la machine.",
            en: "The bench stick ({0}) is not counted among the machine's disks."),
        "bench.badMethod": .init(
            fr: "Méthode « {0} » inconnue ; possibles : {1}.", en: "Unknown method “{0}”; possible: {1}."),
        "bench.badMode": .init(
            fr: "Mode « {0} » inconnu ; possibles : interactive, auto.", en: "Unknown mode “{0}”; possible: interactive, auto."),
        "bench.title": .init(fr: "Refurb — banc {0} (clé : {1})", en: "Refurb — bench {0} (stick: {1})"),
        "bench.key.created": .init(
            fr: "Clé du poste créée, empreinte {0}. Faites-la enregistrer au bureau (Bureau › Clés des postes) avec le fichier {1}, sinon les certificats seront refusés.",
            en: "Station key created, fingerprint {0}. Have it registered at the office (Office › Station keys) with the file {1}, otherwise certificates will be refused."),
        "bench.key.known": .init(
            fr: "Clé du poste : empreinte {0} ({1}).", en: "Station key: fingerprint {0} ({1})."),
        "bench.key.unusable": .init(
            fr: "La clé du poste dans {0} est illisible ou ne peut pas être créée ({1}) : rien ne sera effacé sans elle.",
            en: "The station key in {0} is unreadable or cannot be created ({1}): nothing is erased without it."),

        "bench.keymap.failed": .init(
            fr: "Le clavier « {0} » n'a pas pu être chargé (loadkeys) : vérifiez keymap dans refurb.conf.",
            en: "The keyboard layout “{0}” could not be loaded (loadkeys): check keymap in refurb.conf."),

        // The steps
        "bench.step.machine": .init(fr: "La machine", en: "The machine"),
        "bench.step.device": .init(fr: "Quel appareil ?", en: "Which device?"),
        "bench.step.disks": .init(fr: "Les disques", en: "The disks"),
        "bench.step.erase": .init(fr: "Effacement", en: "Erasure"),
        "bench.step.end": .init(fr: "Résultat", en: "Result"),

        // 1. What the summary points out
        "bench.concerns.none": .init(fr: "Rien de manquant ni de suspect.", en: "Nothing missing or suspicious."),
        "bench.concerns.title": .init(fr: "À vérifier :", en: "To check:"),
        "bench.concern.noSerial": .init(
            fr: "Le micrologiciel ne donne pas de numéro de série : l'appareil ne peut pas être retrouvé par lui, tapez ou scannez son étiquette.",
            en: "The firmware gives no serial number: the device cannot be found by it, type or scan its label."),
        "bench.concern.noDisk": .init(
            fr: "Aucun disque trouvé : disque absent, débranché, ou contrôleur non reconnu.",
            en: "No disk found: missing, unplugged, or a controller that is not recognised."),
        "bench.concern.smartFailing": .init(
            fr: "Le disque {0} ({1}) est en fin de vie d'après SMART : à remplacer.",
            en: "Disk {0} ({1}) is failing according to SMART: replace it."),
        "bench.concern.smartWarning": .init(
            fr: "Le disque {0} ({1}) montre des signes d'usure d'après SMART : à surveiller.",
            en: "Disk {0} ({1}) shows signs of wear according to SMART: keep an eye on it."),
        "bench.concern.wornBattery": .init(
            fr: "La batterie {0} ne garde plus que {1} % de sa capacité d'origine : à remplacer avant la vente.",
            en: "Battery {0} keeps only {1} % of its design capacity: replace it before sale."),
        "bench.concern.noBattery": .init(
            fr: "Ordinateur portable sans batterie détectée.", en: "Laptop with no battery detected."),
        "bench.concern.noMemory": .init(
            fr: "La quantité de mémoire n'a pas pu être lue.", en: "The amount of memory could not be read."),

        // 2. Which device
        "bench.intake.found": .init(
            fr: "Fiche d'accueil trouvée au service : c'est l'appareil {0}.",
            en: "Intake record found at the service: this is device {0}."),
        "bench.intake.notFound": .init(
            fr: "Le service ne connaît aucun appareil au numéro de série {0} : il n'a pas été enregistré à l'accueil.",
            en: "The service knows no device with serial number {0}: it was not taken in at intake."),
        "bench.intake.noSerial": .init(
            fr: "Pas de numéro de série pour retrouver la fiche d'accueil.",
            en: "No serial number to find the intake record by."),
        "bench.intake.noService": .init(
            fr: "Pas d'adresse de service dans refurb.conf (url) : les résultats restent sur la clé.",
            en: "No service address in refurb.conf (url): the results stay on the stick."),
        "bench.intake.offline": .init(
            fr: "Banc hors ligne (offline = yes) : le service n'est pas interrogé, les résultats restent sur la clé.",
            en: "Offline bench (offline = yes): the service is not asked, the results stay on the stick."),
        "bench.intake.unreachable": .init(
            fr: "Service injoignable ({0}) : les résultats attendront sur la clé.",
            en: "Service unreachable ({0}): the results will wait on the stick."),
        "bench.intake.refused": .init(
            fr: "Le service refuse la question ({0}) : vérifiez le jeton (token) dans refurb.conf.",
            en: "The service refuses the question ({0}): check the token in refurb.conf."),
        "bench.device.ask": .init(
            fr: "Tapez ou scannez l'étiquette de l'appareil (R…), ou Entrée pour continuer sans :",
            en: "Type or scan the device's label (R…), or Enter to go on without:"),

        // 3. and 4. Disks and erasure
        "bench.disks.toErase": .init(fr: "à effacer", en: "to erase"),
        "bench.confirm.tag": .init(
            fr: "Pour effacer {0} disque(s), retapez ou scannez l'étiquette {1} (autre chose : rien n'est effacé) :",
            en: "To erase {0} disk(s), type or scan the label {1} again (anything else: nothing is erased):"),
        "bench.confirm.word": .init(fr: "EFFACER", en: "ERASE"),
        "bench.confirm.withoutTag": .init(
            fr: "Pour effacer {0} disque(s), tapez {1} (autre chose : rien n'est effacé) :",
            en: "To erase {0} disk(s), type {1} (anything else: nothing is erased):"),
        "bench.confirm.notGiven": .init(
            fr: "Effacement non confirmé : aucun disque n'a été touché.",
            en: "Erasure not confirmed: no disk was touched."),
        "bench.auto.erasing": .init(
            fr: "Mode automatique : effacement de {0} disque(s).", en: "Auto mode: erasing {0} disk(s)."),
        "bench.auto.noDisk": .init(
            fr: "Aucun disque à effacer (tous refusés, ou aucun).", en: "No disk to erase (all refused, or none)."),
        "bench.auto.noIntake": .init(
            fr: "Mode automatique : rien n'est effacé, car le service n'a pas de fiche d'accueil pour le numéro de série {0}. Enregistrez l'appareil à l'accueil, ou mettez offline = yes pour un banc hors ligne.",
            en: "Auto mode: nothing is erased, as the service has no intake record for serial number {0}. Take the device in at intake, or set offline = yes for an offline bench."),
        "bench.auto.noSerial": .init(
            fr: "Mode automatique : rien n'est effacé, car la machine n'a pas de numéro de série pour retrouver sa fiche d'accueil. Passez-la en mode interactif.",
            en: "Auto mode: nothing is erased, as the machine has no serial number to find its intake record by. Run it in interactive mode."),
        "bench.auto.noService": .init(
            fr: "Mode automatique : rien n'est effacé sans le service (url dans refurb.conf) ou sans offline = yes pour un banc hors ligne.",
            en: "Auto mode: nothing is erased without the service (url in refurb.conf) or offline = yes for an offline bench."),
        "bench.auto.nowhereToKeep": .init(
            fr: "Mode automatique hors ligne sans clé REFURB : les certificats ne seraient gardés qu'en mémoire et perdus à l'arrêt. Rien n'est effacé ; branchez une clé REFURB ou donnez l'adresse du service.",
            en: "Offline auto mode without a REFURB stick: the certificates would be kept only in memory and lost at power-off. Nothing is erased; plug in a REFURB stick or give the service's address."),
        "bench.auto.unreachable": .init(
            fr: "Mode automatique : rien n'est effacé, car le service est injoignable ({0}) et ne peut pas confirmer la fiche d'accueil. Mettez offline = yes pour un banc hors ligne.",
            en: "Auto mode: nothing is erased, as the service cannot be reached ({0}) to confirm the intake record. Set offline = yes for an offline bench."),
        "bench.auto.refused": .init(
            fr: "Mode automatique : rien n'est effacé, le service a refusé la question ({0}).",
            en: "Auto mode: nothing is erased, the service refused the question ({0})."),

        // Results
        "bench.submission.report": .init(fr: "rapport de diagnostic de {0}", en: "diagnostic report of {0}"),
        "bench.submission.certificate": .init(
            fr: "certificat d'effacement du disque {0} de {1}", en: "erasure certificate of drive {0} of {1}"),
        "bench.sent": .init(fr: "Envoyé au service : {0}.", en: "Sent to the service: {0}."),
        "bench.kept.spool": .init(
            fr: "Gardé sur la clé pour « refurb sync » : {0} ({1}).", en: "Kept on the stick for `refurb sync`: {0} ({1})."),
        "bench.kept.newKey": .init(
            fr: "Gardé sur la clé : {0}. La clé du poste vient d'être créée : faites-la enregistrer au bureau, les certificats partiront au prochain démarrage (ou avec « refurb sync --stick »).",
            en: "Kept on the stick: {0}. The station key was just created: have it registered at the office; the certificates will go at the next boot (or with `refurb sync --stick`)."),
        "bench.kept.awaitingSerial": .init(
            fr: "Gardé sur la clé : {0}. « refurb sync --stick » le rattachera à la fiche d'accueil du numéro de série {1}.",
            en: "Kept on the stick: {0}. `refurb sync --stick` will link it to the intake record of serial number {1}."),
        "bench.kept.unlinked": .init(
            fr: "Ni étiquette ni numéro de série : {0} reste seulement dans {1}, à rattacher à la main.",
            en: "Neither label nor serial number: {0} stays only in {1}, to be linked by hand."),
        "bench.kept.cannotWrite": .init(
            fr: "Impossible d'écrire dans {0} ({1}).", en: "Cannot write in {0} ({1})."),

        // 5. The end screen
        "bench.end.erased": .init(fr: "Effacé et vérifié", en: "Erased and verified"),
        "bench.end.notErased": .init(fr: "Non effacé", en: "Not erased"),
        "bench.end.failed": .init(fr: "Échec de l'effacement", en: "Erasure failed"),
        "bench.end.notDelivered": .init(fr: "Effacé, preuve non enregistrée", en: "Erased, proof not recorded"),
        "bench.end.confTitle": .init(fr: "refurb.conf à corriger", en: "refurb.conf to fix"),
        "bench.end.device": .init(fr: "Appareil : {0}", en: "Device: {0}"),
        "bench.end.reason": .init(fr: "Raison : {0}", en: "Reason: {0}"),
        "bench.end.certificate": .init(fr: "Certificat {0} — {1} : {2}", en: "Certificate {0} — {1}: {2}"),
        "bench.end.results": .init(
            fr: "Résultats : {0} envoyé(s) au service, {1} gardé(s) sur la clé.",
            en: "Results: {0} sent to the service, {1} kept on the stick."),
        "bench.end.pressEnter": .init(fr: "Entrée pour terminer.", en: "Enter to finish."),
        "bench.poweroff": .init(fr: "Extinction de la machine (poweroff = yes).", en: "Switching the machine off (poweroff = yes)."),
        "bench.poweroff.failed": .init(
            fr: "La machine n'a pas pu être éteinte : éteignez-la à la main.",
            en: "The machine could not be switched off: switch it off by hand."),

        // refurb sync --stick, and the next run that reaches the service
        "bench.backlog.title": .init(
            fr: "Des résultats d'un passage précédent attendaient sur la clé : envoi au service.",
            en: "Results of an earlier run were waiting on the stick: sending them to the service."),
        "bench.sync.linked": .init(
            fr: "Numéro de série {0} : c'est l'appareil {1}, {2} résultat(s) rattaché(s).",
            en: "Serial number {0}: this is device {1}, {2} result(s) linked."),
        "bench.sync.stillAwaiting": .init(
            fr: "Numéro de série {0} : {1} Les résultats restent sur la clé.",
            en: "Serial number {0}: {1} The results stay on the stick."),
    ])
}
