extension MessageCatalog {
    /// The domain's words: stages, grades, categories, the lifecycle rules and input problems.
    public static let core = MessageCatalog([
        "stage.received": .init(fr: "reçu", en: "received"),
        "stage.diagnosed": .init(fr: "diagnostiqué", en: "diagnosed"),
        "stage.in-repair": .init(fr: "en réparation", en: "in repair"),
        "stage.wiped": .init(fr: "effacé", en: "wiped"),
        "stage.ready": .init(fr: "prêt à la vente", en: "ready"),
        "stage.sold": .init(fr: "vendu", en: "sold"),
        "stage.for-parts": .init(fr: "pour pièces", en: "for parts"),
        "stage.recycled": .init(fr: "recyclé", en: "recycled"),
        "stage.donated": .init(fr: "donné à un partenaire", en: "donated to a partner"),

        // Not « comme neuf »: beside « reconditionné » on a receipt or a label it is forbidden (Décret 2022-190).
        "grade.A": .init(fr: "A — très bon état", en: "A — very good"),
        "grade.B": .init(fr: "B — bon état", en: "B — good"),
        "grade.C": .init(fr: "C — état correct, usure visible", en: "C — fair, visible wear"),

        "category.laptop": .init(fr: "ordinateur portable", en: "laptop"),
        "category.desktop": .init(fr: "ordinateur fixe", en: "desktop"),
        "category.all-in-one": .init(fr: "tout-en-un", en: "all-in-one"),
        "category.tablet": .init(fr: "tablette", en: "tablet"),
        "category.phone": .init(fr: "téléphone", en: "phone"),
        "category.monitor": .init(fr: "écran", en: "monitor"),
        "category.printer": .init(fr: "imprimante", en: "printer"),
        "category.other": .init(fr: "autre", en: "other"),
        // A label's title when maker and model are not known (DeviceTitle).
        "title.category.other": .init(fr: "appareil", en: "device"),
        "title.drive.ssd": .init(fr: "SSD", en: "SSD"),
        "title.drive.nvme": .init(fr: "SSD", en: "SSD"),
        "title.drive.emmc": .init(fr: "eMMC", en: "eMMC"),
        "title.drive.hdd": .init(fr: "disque dur", en: "HDD"),
        "title.drive.unknown": .init(fr: "stockage", en: "storage"),

        "identifier.notAnAssetTag": .init(
            fr: "« {0} » n'est pas un numéro d'inventaire Refurb (ils ressemblent à R000042T).",
            en: "“{0}” is not a Refurb asset tag (they look like R000042T)."),
        "identifier.assetTagCheckFailed": .init(
            fr: "Le numéro d'inventaire « {0} » est mal lu ou mal tapé : sa lettre de contrôle ne correspond pas. Scannez l'étiquette à nouveau ou vérifiez chaque caractère.",
            en: "Asset tag “{0}” was misread or mistyped: its check character does not match. Scan the label again or check each character."),
        "identifier.notALotCode": .init(
            fr: "« {0} » n'est pas un code de lot (ils ressemblent à LOT-2026-0007).",
            en: "“{0}” is not a lot code (they look like LOT-2026-0007)."),
        "identifier.serialHasControlCharacters": .init(
            fr: "Le numéro de série scanné contient des caractères invisibles : vérifiez le réglage du scanner et scannez à nouveau.",
            en: "The scanned serial number holds invisible characters: check the scanner's settings and scan again."),
        "identifier.invisibleCharacter": .init(
            fr: "« {0} » contient un caractère invisible ({1}, de largeur nulle) en position {2}, sans doute venu d'un texte copié-collé. Tapez le numéro à la main ou scannez l'étiquette.",
            en: "“{0}” holds an invisible character ({1}, zero-width) at position {2}, probably from copied text. Type the number by hand or scan the label."),
        "identifier.directionMark": .init(
            fr: "« {0} » contient un caractère invisible qui change le sens d'écriture ({1}) en position {2}, sans doute venu d'un texte copié-collé. Tapez le numéro à la main ou scannez l'étiquette.",
            en: "“{0}” holds an invisible character that changes the writing direction ({1}) at position {2}, probably from copied text. Type the number by hand or scan the label."),
        "identifier.serialTooLong": .init(
            fr: "Ce numéro de série fait plus de {0} caractères : ce n'est sans doute pas un numéro de série. Scannez l'autre code-barres de l'étiquette.",
            en: "This serial number is longer than {0} characters: it is probably not a serial. Scan the other barcode on the sticker."),

        "role.intake": .init(fr: "accueil", en: "intake"),
        "role.technician": .init(fr: "technicien", en: "technician"),
        "role.shop": .init(fr: "boutique", en: "shop"),
        "role.admin": .init(fr: "administration", en: "admin"),
        "role.unknown": .init(fr: "Rôle « {0} » inconnu. Choisissez parmi : {1}.", en: "Unknown role “{0}”. Choose among: {1}."),
        "role.none": .init(fr: "Indiquez au moins un rôle parmi : {0}.", en: "Give at least one role among: {0}."),

        "money.empty": .init(fr: "Indiquez un prix, par exemple 120 ou 89,90.", en: "Give a price, for example 120 or 89.90."),
        "money.negative": .init(fr: "Le prix « {0} » est négatif.", en: "The price “{0}” is negative."),
        "money.malformed": .init(
            fr: "« {0} » n'est pas un prix lisible. Écrivez par exemple 120 ou 89,90.",
            en: "“{0}” is not a readable price. Write for example 120 or 89.90."),

        "lot.donorMissing": .init(fr: "Indiquez le nom du donateur.", en: "Give the donor's name."),
        "lot.donorMalformed": .init(
            fr: "Le nom du donateur contient des caractères invisibles ou est trop long (200 caractères au plus).",
            en: "The donor's name holds invisible characters or is too long (200 characters at most)."),
        "lot.weightMalformed": .init(
            fr: "« {0} » n'est pas un poids en kg lisible. Écrivez par exemple 12 ou 12,5.",
            en: "“{0}” is not a readable weight in kg. Write for example 12 or 12.5."),

        "intake.unknownCategory": .init(
            fr: "Catégorie « {0} » inconnue. Choisissez parmi : {1}.",
            en: "Unknown category “{0}”. Choose one of: {1}."),
        "intake.textMalformed": .init(
            fr: "Le champ « {0} » contient des caractères invisibles ou dépasse {1} caractères.",
            en: "The field “{0}” holds invisible characters or is longer than {1} characters."),

        "rule.alreadyThere": .init(fr: "L'appareil est déjà à l'étape « {0} ».", en: "The device is already “{0}”."),
        "rule.moveNotAllowed": .init(
            fr: "Un appareil « {0} » ne peut pas passer à « {1} ». Étapes possibles depuis « {0} » : {2}.",
            en: "A device that is “{0}” cannot become “{1}”. Possible next steps from “{0}”: {2}."),
        "rule.moveNotAllowed.final": .init(
            fr: "Un appareil « {0} » ne peut plus changer d'étape : son parcours à l'atelier est terminé.",
            en: "A device that is “{0}” cannot change stage any more: its time at the workshop is over."),
        "rule.mustBeReadyFirst": .init(
            fr: "Un appareil doit être « prêt à la vente » avant d'être « {0} » : diagnostic, effacement, note et prix d'abord.",
            en: "A device must be “ready” before it can be “{0}”: diagnostic, erasure, grade and price first."),
        "rule.needsDiagnosticReport": .init(
            fr: "Il manque le rapport de diagnostic : lancez « refurb probe » sur l'appareil.",
            en: "The diagnostic report is missing: run “refurb probe” on the device."),
        "rule.needsGrade": .init(
            fr: "Il manque la note (A, B ou C) : notez l'état de l'appareil.",
            en: "The grade (A, B or C) is missing: grade the device's condition."),
        "rule.needsPrice": .init(fr: "Il manque le prix de vente.", en: "The sale price is missing."),
        "rule.storageNotErased": .init(
            fr: "Ces disques n'ont pas de certificat d'effacement réussi : {0}. Effacez-les avec « refurb wipe », ou enregistrez leur destruction.",
            en: "These drives have no passing erasure certificate: {0}. Wipe them with “refurb wipe”, or record their destruction."),
        "rule.noStorageNotConfirmed": .init(
            fr: "Le diagnostic n'a trouvé aucun disque. Confirmez que l'appareil n'en contient pas (ou enregistrez la destruction du disque retiré) avant de continuer.",
            en: "The diagnostic found no drive. Confirm that the device has none (or record the destruction of the removed drive) before going on."),

        "change.lotOpened": .init(fr: "Lot {0} ouvert pour {1}", en: "Lot {0} opened for {1}"),
        "change.received": .init(fr: "Reçu dans le lot {0} : {1}, n° de série {2}", en: "Received in lot {0}: {1}, serial {2}"),
        "change.moved": .init(fr: "Passé de « {0} » à « {1} »", en: "Moved from “{0}” to “{1}”"),
        "change.graded": .init(fr: "Noté {0}", en: "Graded {0}"),
        "change.priced": .init(fr: "Prix fixé à {0}", en: "Priced at {0}"),
        "change.diagnosticRecorded": .init(fr: "Rapport de diagnostic enregistré ({0} disque(s))", en: "Diagnostic report recorded ({0} drive(s))"),
        "change.erasurePassed": .init(fr: "Disque {0} effacé (certificat valide)", en: "Drive {0} erased (valid certificate)"),
        "change.erasureFailed": .init(fr: "Effacement du disque {0} échoué", en: "Erasure of drive {0} failed"),
        "change.storageDestroyed": .init(fr: "Disque {0} retiré et détruit", en: "Drive {0} removed and destroyed"),
        "change.noStorageConfirmed": .init(fr: "Confirmé : aucun disque dans l'appareil", en: "Confirmed: no drive in the device"),
        "change.removableMediaFound": .init(fr: "Support amovible branché, hors appareil : {0}", en: "Removable medium plugged in, not part of the device: {0}"),
        "change.removableMediaSet": .init(fr: "Support amovible {0} : {1} ({2})", en: "Removable medium {0}: {1} ({2})"),
        "removable.workshop-stick": .init(fr: "clé de l'atelier", en: "the workshop's stick"),
        "removable.returned-or-removed": .init(fr: "rendue ou retirée", en: "returned or removed"),
        "change.corrected": .init(fr: "Correction de {0} : {1} → {2}", en: "Corrected {0}: {1} → {2}"),
        "change.repairLogged": .init(fr: "Réparation : {0}", en: "Repair: {0}"),
        "change.sold": .init(fr: "Vendu {0}", en: "Sold for {0}"),
        "change.administered": .init(fr: "Administration : {0} ({1})", en: "Administration: {0} ({1})"),
        "change.intakeVoided": .init(
            fr: "Scan d'accueil annulé : l'appareil n'a pas été gardé, n° de série {0} libéré",
            en: "Intake scan undone: the device was not kept, serial {0} freed"),

        "intake.voidNotReceived": .init(
            fr: "L'appareil {0} n'est plus à l'étape « reçu » : son scan d'accueil ne peut plus être annulé.",
            en: "Device {0} is no longer “received”: its intake scan can no longer be undone."),
        "intake.voidAfterOtherEvents": .init(
            fr: "D'autres informations ont déjà été enregistrées sur l'appareil {0} depuis son scan : il ne peut plus être annulé.",
            en: "More has been recorded on device {0} since it was scanned: the scan can no longer be undone."),
        "intake.voidByAnotherUser": .init(
            fr: "L'appareil {0} a été scanné par {1} : seule cette personne peut annuler ce scan.",
            en: "Device {0} was scanned by {1}: only they can undo that scan."),
        "intake.voidTooLate": .init(
            fr: "L'appareil {0} a été scanné il y a plus de {1} minutes : ce scan ne peut plus être annulé.",
            en: "Device {0} was scanned more than {1} minutes ago: that scan can no longer be undone."),
    ]).merging(.quantities).merging(.scansAndCorrections).merging(.workshop).merging(.checklists).merging(.publicDonors)
        .merging(.sites)
}
