import RefurbCore

extension MessageCatalog {
    /// The words of the documents handed to donors (the certificate's PDF, the donor report): each method
    /// named as a person would say it, the standard's name in brackets.
    public static let erasureDocuments = MessageCatalog([
        "erasure.methodName.auto": .init(fr: "choix automatique", en: "automatic choice"),
        "erasure.methodName.zero": .init(fr: "écrasement par des zéros, 1 passe", en: "overwrite with zeros, 1 pass"),
        "erasure.methodName.random": .init(fr: "écrasement par des données aléatoires, 1 passe", en: "overwrite with random data, 1 pass"),
        "erasure.methodName.ata-secure-erase": .init(
            fr: "effacement sécurisé par le disque (ATA Secure Erase)", en: "secure erase by the drive (ATA Secure Erase)"),
        "erasure.methodName.ata-secure-erase-enhanced": .init(
            fr: "effacement sécurisé renforcé par le disque (ATA Secure Erase, mode renforcé)",
            en: "enhanced secure erase by the drive (ATA Secure Erase, enhanced)"),
        "erasure.methodName.ata-sanitize-crypto": .init(
            fr: "effacement cryptographique par le disque (ATA Sanitize)", en: "cryptographic erase by the drive (ATA Sanitize)"),
        "erasure.methodName.ata-sanitize-block": .init(
            fr: "effacement de tous les blocs par le disque (ATA Sanitize)", en: "block erase by the drive (ATA Sanitize)"),
        "erasure.methodName.ata-sanitize-overwrite": .init(
            fr: "écrasement par le disque lui-même (ATA Sanitize)", en: "overwrite by the drive itself (ATA Sanitize)"),
        "erasure.methodName.nvme-sanitize-crypto": .init(
            fr: "effacement cryptographique par le disque (NVMe Sanitize)", en: "cryptographic erase by the drive (NVMe Sanitize)"),
        "erasure.methodName.nvme-sanitize-block": .init(
            fr: "effacement de tous les blocs par le disque (NVMe Sanitize)", en: "block erase by the drive (NVMe Sanitize)"),
        "erasure.methodName.nvme-format-ses1": .init(
            fr: "effacement des données par formatage (NVMe Format)", en: "user data erase by formatting (NVMe Format)"),
        "erasure.methodName.nvme-format-ses2": .init(
            fr: "effacement cryptographique par formatage (NVMe Format)", en: "cryptographic erase by formatting (NVMe Format)"),
        "erasure.pdf.reference": .init(fr: "Référence de vérification", en: "Verification reference"),
        "erasure.pdf.fingerprint": .init(fr: "empreinte {0}", en: "fingerprint {0}"),
        "erasure.pdf.assetTag": .init(fr: "N° d'inventaire de l'appareil", en: "Device's asset tag"),
        "erasure.pdf.localTime": .init(fr: "heure de {0}", en: "{0} time"),
        "erasure.pdf.theDrive": .init(fr: "le disque", en: "the drive"),
    ])
}

extension WipeMethod {
    /// The method in plain words («écrasement par des zéros, 1 passe»).
    public var name: Message { Message("erasure.methodName.\(rawValue)") }
}
