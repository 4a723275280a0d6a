extension MessageCatalog {
    /// Bad scans (a scanner on the wrong keyboard, a serial that does not look like one) and corrections.
    public static let scansAndCorrections = MessageCatalog([
        "identifier.scannerKeyboardLayout": .init(
            fr: "« {0} » n'est pas un numéro de série : le scanner est réglé sur un clavier américain (QWERTY) au lieu du clavier français (AZERTY), et les chiffres sortent en &é\"'(-è_çà. Il voulait sans doute dire « {1} ». Rien n'a été enregistré : scannez le code de réglage « clavier français » affiché à l'accueil, puis scannez l'étiquette à nouveau.",
            en: "“{0}” is not a serial number: the scanner is set to a US keyboard (QWERTY) instead of the French one (AZERTY), so digits come out as &é\"'(-è_çà. It probably meant “{1}”. Nothing was recorded: scan the “French keyboard” setup barcode shown at intake, then scan the sticker again."),
        "identifier.serialTooShort": .init(
            fr: "« {0} » est bien court pour un numéro de série (moins de {1} caractères) : l'étiquette a sans doute été mal lue. Scannez-la à nouveau, ou confirmez ce numéro s'il est vraiment ainsi sur l'étiquette.",
            en: "“{0}” is very short for a serial number (fewer than {1} characters): the sticker was probably misread. Scan it again, or confirm this number if the sticker really says so."),
        "identifier.serialWithoutLetterOrDigit": .init(
            fr: "« {0} » ne contient ni lettre ni chiffre : ce n'est sans doute pas un numéro de série. Scannez l'étiquette à nouveau, ou confirmez ce numéro s'il est vraiment ainsi sur l'étiquette.",
            en: "“{0}” holds no letter or digit: it is probably not a serial number. Scan the sticker again, or confirm this number if the sticker really says so."),

        "range.field.serial": .init(fr: "le numéro de série", en: "the serial number"),
        "range.field.category": .init(fr: "la catégorie", en: "the category"),
        "range.field.manufacturer": .init(fr: "la marque", en: "the maker"),
        "range.field.model": .init(fr: "le modèle", en: "the model"),
        "range.field.displayName": .init(fr: "le nom affiché", en: "the display name"),
        "range.field.donor": .init(fr: "le donateur", en: "the donor"),
        "range.field.site": .init(fr: "le site de collecte", en: "the collection site"),
        "range.field.weight": .init(fr: "le poids", en: "the weight"),

        "change.correctedBecause": .init(
            fr: "Corrigé {0:field} : {1} → {2} (motif : {3})", en: "Corrected {0:field}: {1} → {2} (reason: {3})"),

        "correction.soldAdminOnly": .init(
            fr: "L'appareil {0} a été vendu : seule l'administration peut encore le corriger.",
            en: "Device {0} has been sold: only admin can still correct it."),
        "correction.donatedAdminOnly": .init(
            fr: "L'appareil {0} a été donné à un partenaire : seule l'administration peut encore le corriger.",
            en: "Device {0} has been donated to a partner: only admin can still correct it."),
        "correction.recycledAdminOnly": .init(
            fr: "L'appareil {0} a été recyclé : seule l'administration peut encore le corriger.",
            en: "Device {0} has been recycled: only admin can still correct it."),
        "correction.afterReady": .init(
            fr: "L'appareil {0} est prêt à la vente : l'accueil et les techniciens ne le corrigent plus. La boutique peut corriger la marque et le modèle ; pour le reste, demandez à l'administration.",
            en: "Device {0} is ready for sale: intake and technicians no longer correct it. The shop can correct the maker and the model; for the rest, ask admin."),
        "correction.shopMakerModelOnly": .init(
            fr: "La boutique corrige la marque, le modèle et le nom affiché, pas {1:field} de l'appareil {0} : demandez à un technicien (avant la mise en vente) ou à l'administration.",
            en: "The shop corrects the maker, the model and the display name, not {1:field} of device {0}: ask a technician (before it is ready for sale) or admin."),
        "correction.notYourRole": .init(
            fr: "Votre rôle ne permet pas de corriger l'appareil {0}.", en: "Your role does not allow correcting device {0}."),
        "correction.reasonMissing": .init(
            fr: "Indiquez le motif de la correction (par exemple « faute de frappe à l'accueil »).",
            en: "Give the reason for the correction (for example “typo at intake”)."),
        "correction.lotVersionConflict": .init(
            fr: "Le lot {0} a été corrigé entre-temps (vous aviez la version {1}, il en est à la {2}) : rechargez la page et refaites la correction.",
            en: "Lot {0} was corrected meanwhile (you had version {1}, it is now at {2}): reload the page and make the correction again."),
        "correction.nothingToChange": .init(
            fr: "Rien à corriger : indiquez au moins un champ dont la valeur change.",
            en: "Nothing to correct: give at least one field whose value changes."),
    ])
}
