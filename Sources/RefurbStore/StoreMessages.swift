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
        "store.dayMalformed": .init(
            fr: "« {0} » n'est pas une date lisible (AAAA-MM-JJ).",
            en: "“{0}” is not a readable date (YYYY-MM-DD)."),
        "store.importNeedsReception": .init(
            fr: "Chaque appareil importé doit avoir un historique qui commence par sa réception.",
            en: "Every imported device needs a history that starts with its reception."),
    ])
}
