extension MessageCatalog {
    /// Lots given by public bodies and the legal caps on their devices' prices (`DonorType`, `PublicDonorPriceCap`).
    public static let publicDonors = MessageCatalog([
        "lot.donorTypeUnknown": .init(
            fr: "Type de donateur « {0} » inconnu. Choisissez parmi : {1} (public : un organisme public, dont les appareils ont des prix plafonnés).",
            en: "Unknown donor type “{0}”. Choose one of: {1} (public: a public body, whose devices have capped prices)."),
        "publicDonor.publicSaleRefused": .init(
            fr: "Vente refusée : cet appareil vient d'un organisme public ; il ne peut être vendu qu'en vente solidaire, à une personne orientée par un partenaire ou à une association partenaire (loi 3DS, décret n° 2023-266). Choisissez la vente solidaire et indiquez le partenaire.",
            en: "Sale refused: this device comes from a public body; it may only be sold in a solidarity sale, to a person a partner referred or to a partner association (loi 3DS, décret n° 2023-266). Choose the solidarity sale and give the partner."),
        "donorType.public": .init(fr: "organisme public", en: "public body"),
        "donorType.company": .init(fr: "entreprise", en: "company"),
        "donorType.association": .init(fr: "association", en: "association"),
        "donorType.individual": .init(fr: "particulier", en: "individual"),
    ].merging(PublicDonorPriceCap.messages) { old, _ in old })
}

extension PublicDonorPriceCap {
    /// One refusal and one note per capped category, each naming the device's kind as French says it.
    static var messages: [String: MessageCatalog.Entry] {
        let kinds: [(DeviceCategory, fr: String, en: String)] = [
            (.laptop, "un ordinateur portable donné", "a laptop"),
            (.desktop, "un ordinateur fixe (avec écran, clavier et souris) donné", "a desktop (with screen, keyboard and mouse)"),
            (.allInOne, "un ordinateur tout-en-un (plafond de l'ordinateur fixe avec écran) donné", "an all-in-one (the cap of a desktop with its screen)"),
            (.tablet, "une tablette donnée", "a tablet"),
            (.phone, "un smartphone donné", "a smartphone"),
            (.monitor, "un écran donné", "a screen"),
        ]
        var entries: [String: MessageCatalog.Entry] = [:]
        for (category, fr, en) in kinds {
            entries["publicDonor.priceAboveCap.\(category.rawValue)"] = .init(
                fr: "Prix refusé : {2:cents} dépasse le plafond légal de {0:cents} TTC pour \(fr) par un organisme public ({1}).",
                en: "Price refused: {2:cents} is above the legal cap of {0:cents} all taxes included for \(en) given by a public body ({1}).")
            entries["publicDonor.suggestionCapped.\(category.rawValue)"] = .init(
                fr: "Ramené au plafond légal de {0:cents} TTC pour \(fr) par un organisme public ({1})",
                en: "Brought down to the legal cap of {0:cents} all taxes included for \(en) given by a public body ({1})")
        }
        return entries
    }
}
