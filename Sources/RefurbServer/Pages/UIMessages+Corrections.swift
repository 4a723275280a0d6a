import RefurbCore

extension UIMessages {
    /// The words of the correction forms (a device's or a lot's), reached from intake, the bench and the office.
    static let corrections = MessageCatalog([
        "ui.correct.link": .init(fr: "Corriger", en: "Correct"),
        "ui.correct.deviceHeading": .init(fr: "Corriger l'appareil {0}", en: "Correct device {0}"),
        "ui.correct.lotHeading": .init(fr: "Corriger le lot {0}", en: "Correct lot {0}"),
        "ui.correct.help": .init(
            fr: "Changez ce qui est faux, puis dites pourquoi : l'ancienne valeur, la nouvelle, votre nom et le motif restent dans l'historique.",
            en: "Change what is wrong, then say why: the old value, the new one, your name and the reason stay in the history."),
        "ui.correct.recorded": .init(fr: "enregistré :", en: "recorded:"),
        "ui.correct.reason": .init(fr: "Motif de la correction (obligatoire)", en: "Reason for the correction (required)"),
        "ui.correct.reasonExample": .init(fr: "par exemple : faute de frappe à l'accueil", en: "for example: typo at intake"),
        "ui.correct.submit": .init(fr: "Enregistrer la correction", en: "Save the correction"),
        "ui.correct.confirmUnusual": .init(
            fr: "Je confirme ce numéro de série tel qu'il est sur l'étiquette, même s'il paraît inhabituel",
            en: "I confirm this serial number as it is on the sticker, even though it looks unusual"),
        "ui.correct.field.serial": .init(fr: "Numéro de série", en: "Serial number"),
        "ui.correct.field.category": .init(fr: "Catégorie", en: "Category"),
        "ui.correct.field.manufacturer": .init(fr: "Marque", en: "Maker"),
        "ui.correct.field.model": .init(fr: "Modèle", en: "Model"),
        "ui.correct.field.displayName": .init(
            fr: "Nom affiché (étiquette de prix et fiche boutique, à la place de la marque et du modèle)",
            en: "Display name (price label and shop card, instead of the maker and model)"),
        "ui.correct.field.donor": .init(fr: "Donateur", en: "Donor"),
        "ui.correct.field.donorType": .init(fr: "Type de donateur", en: "Donor type"),
        "ui.correct.field.site": .init(fr: "Site de collecte", en: "Collection site"),
        "ui.correct.field.declaredCount": .init(fr: "Nombre d'appareils annoncé", en: "Declared number of devices"),
        "ui.correct.field.weightKg": .init(fr: "Poids (kg)", en: "Weight (kg)"),
        "ui.correct.reportSerialOffer": .init(
            fr: "Le rapport de diagnostic envoyé pour cet appareil donne le numéro de série {0} (lu dans le micrologiciel), mais l'accueil a enregistré {1}. Si l'étiquette dit {0}, remplacez le numéro d'accueil : le même rapport sera ensuite accepté.",
            en: "The diagnostic report sent for this device gives serial {0} (read from the firmware), but intake recorded {1}. If the sticker says {0}, replace the intake serial: the same report will then be accepted."),
        "ui.correct.reportSerialReason": .init(
            fr: "numéro de série du micrologiciel ({0}) différent de celui saisi à l'accueil",
            en: "firmware serial ({0}) differs from the one typed at intake"),
        "ui.correct.reportSerialButton": .init(fr: "Remplacer par le numéro du rapport", en: "Replace with the report's serial"),
        "ui.correct.declaredMalformed": .init(
            fr: "« {0} » n'est pas un nombre d'appareils : écrivez un nombre entier, par exemple 12.",
            en: "“{0}” is not a number of devices: write a whole number, for example 12."),
    ])
}
