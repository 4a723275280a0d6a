extension MessageCatalog {
    /// The test checklists (their tests, the answers, what the report suggests, an admin's edit, the rules
    /// before `ready`) and the wording guard.
    public static let checklists = MessageCatalog([
        "checklist.outcome.pass": .init(fr: "Fonctionne", en: "Works"),
        "checklist.outcome.fail": .init(fr: "En panne", en: "Fails"),
        "checklist.outcome.not-applicable": .init(fr: "Sans objet", en: "Not applicable"),

        "checklist.item.keyboard": .init(fr: "Clavier", en: "Keyboard"),
        "checklist.item.touchpad": .init(fr: "Pavé tactile", en: "Touchpad"),
        "checklist.item.usb-ports": .init(fr: "Chaque port USB", en: "Each USB port"),
        "checklist.item.screen": .init(fr: "Écran et pixels morts", en: "Screen and dead pixels"),
        "checklist.item.webcam": .init(fr: "Webcam", en: "Webcam"),
        "checklist.item.audio": .init(fr: "Micro et haut-parleurs", en: "Microphone and speakers"),
        "checklist.item.wifi": .init(fr: "Wi-Fi", en: "Wi-Fi"),
        "checklist.item.ethernet": .init(fr: "Ethernet", en: "Ethernet"),
        "checklist.item.charger": .init(fr: "Chargeur ou alimentation", en: "Charger or power supply"),
        "checklist.item.battery": .init(fr: "Batterie (seuil de santé)", en: "Battery (health threshold)"),
        "checklist.item.card-reader": .init(fr: "Lecteur de cartes", en: "Card reader"),
        "checklist.item.case": .init(fr: "Charnières et coque", en: "Hinges and case"),
        "checklist.item.video-inputs": .init(fr: "Chaque entrée vidéo", en: "Each video input"),
        "checklist.item.print-test": .init(fr: "Page de test imprimée", en: "Printed test page"),
        "checklist.item.storage-health": .init(fr: "Santé des disques (SMART)", en: "Drive health (SMART)"),
        "checklist.item.memory": .init(fr: "Mémoire vive", en: "Memory"),
        "checklist.item.disks": .init(fr: "Disques présents", en: "Drives present"),

        "checklist.help.keyboard": .init(fr: "Chaque touche, dans un éditeur de texte.", en: "Every key, in a text editor."),
        "checklist.help.touchpad": .init(fr: "Déplacement, clics, défilement.", en: "Moving, clicks, scrolling."),
        "checklist.help.usb-ports": .init(fr: "Une clé dans chaque port, un par un.", en: "A stick in each port, one by one."),
        "checklist.help.screen": .init(fr: "Plein écran blanc, noir, rouge, vert, bleu : aucun pixel mort.",
                                       en: "Full-screen white, black, red, green, blue: no dead pixel."),
        "checklist.help.webcam": .init(fr: "Une image nette.", en: "A clear picture."),
        "checklist.help.audio": .init(fr: "Enregistrer sa voix et la réécouter.", en: "Record a voice and play it back."),
        "checklist.help.wifi": .init(fr: "Se connecter au réseau de l'atelier.", en: "Join the workshop's network."),
        "checklist.help.ethernet": .init(fr: "Un câble : une adresse obtenue.", en: "A cable: an address obtained."),
        "checklist.help.charger": .init(fr: "Le chargeur fourni charge l'appareil.", en: "The supplied charger charges the device."),
        "checklist.help.battery": .init(fr: "Santé mesurée par le diagnostic, contre le seuil.", en: "Health measured by the probe, against the threshold."),
        "checklist.help.card-reader": .init(fr: "Une carte SD lue.", en: "An SD card read."),
        "checklist.help.case": .init(fr: "Pas de fissure, de jeu ni de vis manquante.", en: "No crack, play or missing screw."),
        "checklist.help.video-inputs": .init(fr: "Une image par chaque entrée.", en: "A picture through each input."),
        "checklist.help.print-test": .init(fr: "Une page nette, sans traînée.", en: "A clean page, no streaks."),
        "checklist.help.storage-health": .init(fr: "Verdict SMART du diagnostic.", en: "The probe's SMART verdict."),
        "checklist.help.memory": .init(fr: "Mémoire relevée par le diagnostic.", en: "Memory read by the probe."),
        "checklist.help.disks": .init(fr: "Disques trouvés par le diagnostic.", en: "Drives found by the probe."),

        "checklist.prefill.battery": .init(fr: "Santé mesurée : {0} (seuil {1}\u{00A0}%)", en: "Measured health: {0} (threshold {1}%)"),
        "checklist.prefill.batteryUnread": .init(
            fr: "Santé illisible par le diagnostic ({0}) ; seuil {1}\u{00A0}% : à vérifier",
            en: "Health unreadable by the probe ({0}); threshold {1}%: to check"),
        "checklist.prefill.noBattery": .init(fr: "Aucune batterie trouvée par le diagnostic", en: "No battery found by the probe"),
        "checklist.prefill.noDrive": .init(fr: "Aucun disque trouvé par le diagnostic", en: "No drive found by the probe"),
        "checklist.prefill.smartPassed": .init(fr: "SMART bon : {0}", en: "SMART passed: {0}"),
        "checklist.prefill.smartFailed": .init(fr: "SMART en échec : {0}", en: "SMART failed: {0}"),
        "checklist.prefill.smartUnread": .init(fr: "SMART non lu : {0} : à vérifier", en: "SMART not read: {0}: to check"),
        "checklist.prefill.memory": .init(fr: "{0} relevés par le diagnostic", en: "{0} read by the probe"),
        "checklist.prefill.disks": .init(fr: "Trouvés : {0}", en: "Found: {0}"),

        "checklist.edit.noItems": .init(fr: "Une liste de tests a au moins un test.", en: "A checklist has at least one test."),
        "checklist.edit.tooManyItems": .init(fr: "Une liste de tests a {0} tests au plus.", en: "A checklist has at most {0} tests."),
        "checklist.edit.threshold": .init(
            fr: "Le seuil de la batterie est un pourcentage entre 1 et 100.",
            en: "The battery threshold is a percentage between 1 and 100."),
        "checklist.edit.unknownItem": .init(
            fr: "« {0} » n'est pas un test connu ; un test ajouté a une clé « custom-… » (lettres minuscules, chiffres, tirets).",
            en: "“{0}” is not a known test; an added test has a “custom-…” key (lower-case letters, digits, hyphens)."),
        "checklist.edit.labelMissing": .init(fr: "Le test ajouté « {0} » a besoin d'un nom.", en: "The added test “{0}” needs a name."),
        "checklist.edit.labelMalformed": .init(
            fr: "Le nom « {0} » tient sur une ligne de {1} caractères au plus, sans caractères invisibles.",
            en: "The name “{0}” fits on one line of {1} characters at most, with no invisible characters."),
        "checklist.edit.duplicate": .init(fr: "Le test « {0} » apparaît deux fois.", en: "The test “{0}” appears twice."),
        "checklist.record.noteMalformed": .init(
            fr: "La note du test « {0:tests} » tient en {1} caractères au plus, sans caractères de contrôle. Rien n'a été enregistré.",
            en: "The note of the test “{0:tests}” fits in {1} characters at most, with no control characters. Nothing was recorded."),

        "checklist.unknownOutcome": .init(
            fr: "« {0} » n'est pas un résultat de test ; les résultats sont : {1} (ou null, pas encore fait).",
            en: "“{0}” is not a test outcome; the outcomes are: {1} (or null, not done yet)."),
        "checklist.unknownTest": .init(
            fr: "Tests inconnus dans la liste de cet appareil : {0}. Rien n'a été enregistré. Ses tests sont : {1}.",
            en: "Tests not in this device's checklist: {0}. Nothing was recorded. Its tests are: {1}."),
        "checklist.pdf.title": .init(fr: "Fiche de tests — {0}", en: "Test record — {0}"),
        "checklist.pdf.device": .init(fr: "Appareil", en: "Device"),
        "checklist.pdf.serial": .init(fr: "N° de série", en: "Serial number"),
        "checklist.pdf.category": .init(fr: "Catégorie", en: "Category"),
        "checklist.pdf.version": .init(fr: "Liste de tests", en: "Checklist"),
        "checklist.pdf.versionValue": .init(fr: "version {0}, seuil de batterie {1}\u{00A0}%", en: "version {0}, battery threshold {1}%"),
        "checklist.pdf.printedOn": .init(fr: "Imprimée le", en: "Printed on"),
        "checklist.pdf.col.test": .init(fr: "Test", en: "Test"),
        "checklist.pdf.col.outcome": .init(fr: "Résultat", en: "Outcome"),
        "checklist.pdf.col.who": .init(fr: "Par, le", en: "By, on"),
        "checklist.pdf.mandatory": .init(fr: "obligatoire", en: "mandatory"),
        "checklist.pdf.notDone": .init(fr: "à faire", en: "to do"),
        "checklist.pdf.fromReport": .init(fr: "d'après le rapport, confirmé", en: "from the report, confirmed"),
        "checklist.pdf.none": .init(fr: "Aucun test enregistré pour cet appareil.", en: "No test recorded for this device."),
        "checklist.pdf.complete": .init(
            fr: "Tous les tests sont faits et aucun test obligatoire n'est en panne.",
            en: "Every test is done and no mandatory test failed."),
        "checklist.pdf.footer": .init(fr: "{0} · fiche de tests de {1} · page {2}", en: "{0} · test record of {1} · page {2}"),
        "checklist.pdf.fileName": .init(fr: "tests-{0}.pdf", en: "tests-{0}.pdf"),
        "rule.needsTestChecklist": .init(
            fr: "Il manque la liste de tests : passez chaque test de l'appareil au banc (Décret 2022-190 : tests de toutes ses fonctions).",
            en: "The test checklist is missing: go through each of the device's tests at the bench (Décret 2022-190: tests of all its functions)."),
        "rule.testsNotDone": .init(
            fr: "Tests à faire ({0}) : {1:tests}.",
            en: "Tests still to do ({0}): {1:tests}."),
        "rule.mandatoryTestsFailed": .init(
            fr: "Test obligatoire en panne : {0:tests}. Réparez puis refaites le test, ou orientez l'appareil vers les pièces.",
            en: "Mandatory test failed: {0:tests}. Repair and test again, or send the device for parts."),
        "change.checklistRecorded": .init(
            fr: "Tests passés (liste version {0}) : {1} sur {2}",
            en: "Tests done (checklist version {0}): {1} of {2}"),
        "change.checklistRecordedFailed": .init(
            fr: "Tests passés (liste version {0}) : {1} sur {2} ; en panne : {3:tests}",
            en: "Tests done (checklist version {0}): {1} of {2}; failed: {3:tests}"),

        "wording.field.listing-title": .init(fr: "Le titre de l'annonce", en: "The listing title"),
        "wording.field.display-name": .init(fr: "Le nom affiché", en: "The display name"),
        "wording.field.label": .init(fr: "L'étiquette", en: "The label"),
        "wording.field.receipt-line": .init(fr: "La ligne du ticket", en: "The receipt line"),
        "wording.field.workshop-name": .init(
            fr: "Le nom ou le contact de l'atelier (en tête de chaque ticket)",
            en: "The workshop's name or contact (at the head of every receipt)"),
        "wording.forbidden": .init(
            fr: "{0} dit « reconditionné » avec « {1} » : c'est interdit (Décret 2022-190, art. R122-4 et suivants du Code de la consommation). Rien n'a été enregistré : retirez « {1} » ; l'état se dit par la note (A, B, C).",
            en: "{0} says « reconditionné » with « {1} »: this is forbidden (Décret 2022-190, art. R122-4 ff. of the French Code de la consommation). Nothing was saved: remove « {1} »; the condition is told by the grade (A, B, C)."),
        "wording.madeInFrance": .init(
            fr: "{0} dit « reconditionné en France », permis seulement si chaque opération a eu lieu en France (Décret 2022-190, art. R122-4 et suivants du Code de la consommation) ; l'adresse de l'atelier ne dit pas « France ». Rien n'a été enregistré : ajoutez « France » à l'adresse de l'atelier (Bureau › Atelier) ou retirez « en France ».",
            en: "{0} says « reconditionné en France », allowed only when every operation happened in France (Décret 2022-190, art. R122-4 ff. of the French Code de la consommation); the workshop's address does not say “France”. Nothing was saved: add “France” to the workshop's address (Office › Workshop) or remove « en France »."),
    ])
}
