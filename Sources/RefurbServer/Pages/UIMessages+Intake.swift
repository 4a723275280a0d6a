import RefurbCore

extension UIMessages {
    /// The words of the intake station. `ui.intake.js.*` are the script's, handed to it as JSON.
    static let intake = MessageCatalog([
        "ui.intake.title": .init(fr: "Accueil des dons", en: "Intake"),

        // The scan card
        "ui.intake.scan.heading": .init(fr: "Scanner", en: "Scan"),
        "ui.intake.scan.label": .init(
            fr: "Scanner le n° de série (ou un n° d'inventaire, un code de lot)",
            en: "Scan the serial number (or an asset tag, a lot code)"),
        "ui.intake.scan.help": .init(
            fr: "Chaque n° de série scanné crée un appareil dans le lot choisi et imprime son étiquette. Entrée valide le scan.",
            en: "Each serial number scanned creates a device in the chosen lot and prints its label. Enter confirms the scan."),
        "ui.intake.scan.submit": .init(fr: "Valider le scan", en: "Record the scan"),
        "ui.intake.scan.empty": .init(fr: "Scannez ou tapez un code.", en: "Scan or type a code."),
        "ui.intake.scan.noLot": .init(
            fr: "Aucun lot choisi : ouvrez un lot ou choisissez-en un plus haut (ou scannez un code de lot) avant de scanner les appareils.",
            en: "No lot chosen: open a lot or choose one above (or scan a lot code) before scanning devices."),
        "ui.intake.lot.current": .init(fr: "Lot en cours", en: "Current lot"),
        "ui.intake.lot.printLabel": .init(fr: "Imprimer l'étiquette du lot", en: "Print the lot's label"),
        "ui.intake.lot.printLabelHelp": .init(
            fr: "pour la palette : scannée ici, elle rouvre ce lot", en: "for the pallet: scanned here, it opens this lot again"),
        "ui.intake.lot.labelPrinted": .init(fr: "Étiquette du lot {0} imprimée : collez-la sur la palette.", en: "Label of lot {0} printed: stick it on the pallet."),
        "ui.intake.lot.counted": .init(fr: "appareils scannés", en: "devices scanned"),
        "ui.intake.lot.declared": .init(fr: "annoncés", en: "declared"),
        "ui.intake.lot.receivedOn": .init(fr: "reçu le", en: "received on"),
        "ui.intake.lot.correctDeclared": .init(fr: "Corriger le nombre annoncé", en: "Correct the declared number"),
        "ui.intake.lots.firstHeading": .init(fr: "Ouvrir un lot pour commencer", en: "Open a lot to begin"),
        "ui.intake.lots.firstHelp": .init(
            fr: "Aucun lot n'est ouvert. Ouvrez le lot du don qui arrive, reprenez un lot déjà ouvert, ou scannez l'étiquette d'un lot dans le champ de scan.",
            en: "No lot is open. Open the lot of the donation that arrives, take up a lot already open, or scan a lot's label in the scan field."),
        "ui.intake.js.overCount": .init(
            fr: "{0} appareils scannés pour {1} annoncés : {2} de plus que le nombre annoncé. Vérifiez qu'un autre don n'est pas mélangé à ce lot.",
            en: "{0} devices scanned for {1} declared: {2} more than the declared number. Check that no other donation is mixed into this lot."),

        // Categories
        "ui.intake.category.legend": .init(
            fr: "Catégorie — une touche de 1 à 8 quand le champ de scan est vide",
            en: "Category — one key from 1 to 8 while the scan field is empty"),
        "ui.intake.keys.undo": .init(fr: "Ctrl+Z (champ vide) : annuler le dernier scan", en: "Ctrl+Z (empty field): undo the last scan"),
        "ui.intake.keys.clear": .init(fr: "Échap : vider le champ", en: "Escape: clear the field"),

        // The scans of the lot
        "ui.intake.scans.heading": .init(fr: "Scans du lot", en: "Scans of the lot"),
        "ui.intake.scans.caption": .init(fr: "Appareils scannés dans ce lot, du plus récent au plus ancien", en: "Devices scanned into this lot, newest first"),
        "ui.intake.scans.tag": .init(fr: "N° d'inventaire", en: "Asset tag"),
        "ui.intake.scans.serial": .init(fr: "N° de série", en: "Serial number"),
        "ui.intake.scans.category": .init(fr: "Catégorie", en: "Category"),
        "ui.intake.scans.time": .init(fr: "Heure", en: "Time"),
        "ui.intake.scans.label": .init(fr: "Étiquette", en: "Label"),
        "ui.intake.scans.empty": .init(fr: "Aucun appareil scanné dans ce lot pour l'instant.", en: "No device scanned into this lot yet."),
        "ui.intake.scans.undo": .init(fr: "Annuler le dernier scan", en: "Undo the last scan"),
        "ui.intake.scans.undoHelp": .init(
            fr: "Possible pendant 10 minutes, pour vos propres scans, tant que rien d'autre n'a été enregistré sur l'appareil.",
            en: "Possible for 10 minutes, for your own scans, as long as nothing else was recorded on the device."),

        // The device shown
        "ui.intake.device.heading": .init(fr: "Appareil", en: "Device"),
        "ui.intake.device.none": .init(
            fr: "Le dernier appareil scanné s'affiche ici, avec l'aperçu de son étiquette.",
            en: "The last device scanned shows here, with a preview of its label."),
        "ui.intake.device.lot": .init(fr: "Lot", en: "Lot"),
        "ui.intake.device.stage": .init(fr: "Étape", en: "Stage"),
        "ui.intake.device.model": .init(fr: "Modèle", en: "Model"),
        "ui.intake.device.preview": .init(fr: "Aperçu de l'étiquette de {0}", en: "Preview of the label of {0}"),
        "ui.intake.device.reprint": .init(fr: "Réimprimer l'étiquette", en: "Print the label again"),
        "ui.intake.device.created": .init(fr: "Appareil {0} créé. Collez son étiquette.", en: "Device {0} created. Stick its label on."),
        "ui.intake.device.duplicate": .init(
            fr: "Ce n° de série est déjà enregistré : c'est l'appareil {0}. Aucun nouvel appareil n'a été créé.",
            en: "This serial number is already recorded: it is device {0}. No new device was created."),
        "ui.intake.device.voided": .init(
            fr: "Scan de {0} annulé. Jetez son étiquette ; son n° de série peut être scanné à nouveau.",
            en: "Scan of {0} undone. Throw its label away; its serial number may be scanned again."),

        // Lots
        "ui.intake.lots.heading": .init(fr: "Lots", en: "Lots"),
        "ui.intake.lots.choose": .init(fr: "Choisir un lot", en: "Choose a lot"),
        "ui.intake.lots.chooseLabel": .init(fr: "Lot (le plus récent en premier)", en: "Lot (most recent first)"),
        "ui.intake.lots.chooseSubmit": .init(fr: "Prendre ce lot", en: "Use this lot"),
        "ui.intake.lots.none": .init(fr: "Aucun lot pour l'instant : ouvrez le premier.", en: "No lot yet: open the first one."),
        "ui.intake.lots.open": .init(fr: "Ouvrir un nouveau lot", en: "Open a new lot"),
        "ui.intake.lots.donor": .init(fr: "Donateur", en: "Donor"),
        "ui.intake.lots.donorType": .init(fr: "Type de donateur", en: "Donor type"),
        "ui.intake.lots.donorTypeUnsaid": .init(fr: "Non précisé", en: "Not said"),
        "ui.intake.lots.donorTypeHelp": .init(
            fr: "Organisme public (mairie, État, hôpital…) : ses appareils ont des prix plafonnés par la loi (portable 180 €, fixe 150 €, tablette et smartphone 100 €, écran 30 €, TTC).",
            en: "Public body (town hall, state, hospital…): its devices have prices capped by law (laptop €180, desktop €150, tablet and smartphone €100, screen €30, all taxes included)."),
        "ui.intake.lots.weight": .init(fr: "Poids (kg)", en: "Weight (kg)"),
        "ui.intake.lots.declaredCount": .init(fr: "Nombre d'appareils annoncé", en: "Declared number of devices"),
        "ui.intake.lots.site": .init(fr: "Site de collecte", en: "Collection site"),
        "ui.intake.lots.openSubmit": .init(fr: "Ouvrir le lot", en: "Open the lot"),
        "ui.intake.lots.optional": .init(fr: "(facultatif)", en: "(optional)"),
        "ui.intake.lots.declaredMalformed": .init(
            fr: "« {0} » n'est pas un nombre d'appareils : écrivez un nombre entier, par exemple 12.",
            en: "“{0}” is not a number of devices: write a whole number, for example 12."),

        // Station settings
        "ui.intake.settings.heading": .init(fr: "Réglages du poste (enregistrés dans ce navigateur)", en: "Station settings (kept in this browser)"),
        "ui.intake.settings.printer": .init(fr: "Imprimante d'étiquettes", en: "Label printer"),
        "ui.intake.settings.noPrinter": .init(fr: "Aucune : ne pas imprimer", en: "None: do not print"),
        "ui.intake.settings.noPrinters": .init(
            fr: "Aucune imprimante n'est déclarée : un administrateur peut en ajouter dans le bureau.",
            en: "No printer is set up: an admin can add one in the office."),
        "ui.intake.settings.format": .init(fr: "Langage de l'imprimante", en: "Printer language"),
        "ui.intake.settings.formatAuto": .init(fr: "Automatique (imprimante USB)", en: "Automatic (USB printer)"),
        "ui.intake.settings.formatHelp": .init(
            fr: "Une imprimante réseau ou un fichier ne peut pas dire quel modèle elle est : choisissez-le.",
            en: "A network printer or a file cannot tell which model it is: choose it."),
        "ui.intake.settings.template": .init(fr: "Modèle d'étiquette", en: "Label template"),
        "ui.intake.settings.prefix": .init(fr: "Préfixe ajouté par le scanner", en: "Prefix the scanner adds"),
        "ui.intake.settings.suffix": .init(fr: "Suffixe ajouté par le scanner", en: "Suffix the scanner adds"),
        "ui.intake.settings.affixHelp": .init(
            fr: "Ces caractères sont retirés du début et de la fin de chaque code scanné.",
            en: "These characters are taken off the start and the end of each code scanned."),
        "ui.intake.settings.saved": .init(fr: "Réglages enregistrés.", en: "Settings saved."),

        // Words the script shows
        "ui.intake.scanner.heading": .init(
            fr: "Le scanner tape des &é\"'(-è_çà au lieu des chiffres ? Régler le scanner sur le clavier français",
            en: "Scanner typing &é\"'(-è_çà instead of digits? Set the scanner to the French keyboard"),
        "ui.intake.scanner.explain": .init(
            fr: "Un scanner réglé sur un clavier américain (QWERTY) branché sur un ordinateur français (AZERTY) remplace chaque chiffre par &é\"'(-è_çà. Scannez ce code de réglage une fois avec le scanner : il passera en clavier français. Rien n'est enregistré tant que le scanner n'est pas réglé.",
            en: "A scanner set to a US keyboard (QWERTY) plugged into a French computer (AZERTY) turns every digit into &é\"'(-è_çà. Scan this setup code once with the scanner: it switches to the French keyboard. Nothing is recorded until the scanner is set."),
        "ui.intake.scanner.alt": .init(
            fr: "Code-barres de réglage : clavier français (commande Honeywell KBDCTY3.)",
            en: "Setup barcode: French keyboard (Honeywell command KBDCTY3.)"),
        "ui.intake.scanner.caption": .init(
            fr: "Commande Honeywell « pays du clavier : France » (KBDCTY3.), d'après les guides Honeywell Voyager, Xenon et Granit.",
            en: "Honeywell command “keyboard country: France” (KBDCTY3.), from the Honeywell Voyager, Xenon and Granit user guides."),
        "ui.intake.scanner.otherMakes": .init(
            fr: "Scanner d'une autre marque (Zebra/Symbol, Datalogic…) : cherchez « clavier français » ou « keyboard country France » dans son guide de programmation et scannez le code qui y est imprimé.",
            en: "Scanner of another make (Zebra/Symbol, Datalogic…): look for “French keyboard” or “keyboard country France” in its programming guide and scan the code printed there."),
        "ui.intake.scanner.confirmUnusual": .init(
            fr: "Confirmer un numéro de série inhabituel (très court, ou sans lettre ni chiffre) tel qu'il est sur l'étiquette",
            en: "Confirm an unusual serial number (very short, or without letters or digits) as it is on the sticker"),
        "ui.intake.js.scannerLayout": .init(
            fr: "Scanner mal réglé : scannez le code de réglage « clavier français » ci-dessous.",
            en: "Scanner wrongly set: scan the “French keyboard” setup code below."),
        "ui.intake.js.correct": .init(fr: "Corriger", en: "Correct"),
        "ui.intake.js.created": .init(fr: "{0} créé : {1}, n° de série {2}.", en: "{0} created: {1}, serial {2}."),
        "ui.intake.js.duplicateLink": .init(fr: "Voir l'appareil {0}", en: "See device {0}"),
        "ui.intake.js.doubleRead": .init(fr: "Lecture en double de {0} ignorée.", en: "Double read of {0} ignored."),
        "ui.intake.js.needLot": .init(
            fr: "Choisissez d'abord un lot (ou scannez son code) : {0} n'a pas été enregistré.",
            en: "Choose a lot first (or scan its code): {0} was not recorded."),
        "ui.intake.js.found": .init(fr: "Appareil {0} : {1}, lot {2}, étape « {3} ».", en: "Device {0}: {1}, lot {2}, stage “{3}”."),
        "ui.intake.js.lotSwitch": .init(fr: "Lot {0} choisi : les scans suivants y sont enregistrés.", en: "Lot {0} chosen: the next scans go into it."),
        "ui.intake.js.offline": .init(
            fr: "Le serveur ne répond pas : {0} n'a pas été enregistré. Scannez-le à nouveau.",
            en: "The server does not answer: {0} was not recorded. Scan it again."),
        "ui.intake.js.printing": .init(fr: "Impression…", en: "Printing…"),
        "ui.intake.js.printed": .init(fr: "Imprimée", en: "Printed"),
        "ui.intake.js.printedOn": .init(fr: "Étiquette de {0} envoyée à {1}.", en: "Label of {0} sent to {1}."),
        "ui.intake.js.printFailed": .init(fr: "Étiquette de {0} non imprimée ({1}) : {2}", en: "Label of {0} not printed ({1}): {2}"),
        "ui.intake.js.printFailedShort": .init(fr: "Échec", en: "Failed"),
        "ui.intake.js.noPrinter": .init(
            fr: "Pas d'imprimante choisie : ouvrez les réglages du poste pour en choisir une.",
            en: "No printer chosen: open the station settings to choose one."),
        "ui.intake.js.formatNeeded": .init(
            fr: "Étiquette de {0} non imprimée : choisissez le langage de l'imprimante {1} dans les réglages du poste (Brother QL-… ou Zebra).",
            en: "Label of {0} not printed: choose the language of printer {1} in the station settings (Brother QL-… or Zebra)."),
        "ui.intake.js.notPrinted": .init(fr: "Non imprimée", en: "Not printed"),
        "ui.intake.js.category": .init(fr: "Catégorie : {0}", en: "Category: {0}"),
        "ui.intake.js.nothingToUndo": .init(fr: "Aucun scan à annuler.", en: "No scan to undo."),
        "ui.intake.js.voided": .init(
            fr: "Scan de {0} annulé. Jetez son étiquette ; son n° de série peut être scanné à nouveau.",
            en: "Scan of {0} undone. Throw its label away; its serial number may be scanned again."),
        "ui.intake.js.sameLot": .init(fr: "Le lot {0} est déjà le lot en cours.", en: "Lot {0} is already the current lot."),
        "ui.intake.js.undoing": .init(fr: "Annulation du scan de {0}…", en: "Undoing the scan of {0}…"),
    ])
}
