extension MessageCatalog {
    /// The workshop's identity as an admin types it (`WorkshopIdentity`).
    public static let workshop = MessageCatalog([
        "workshop.nameMissing": .init(fr: "Indiquez le nom de l'atelier.", en: "Give the workshop's name."),
        "workshop.nameMalformed": .init(
            fr: "Le nom de l'atelier contient des caractères invisibles ou est trop long ({0} caractères au plus).",
            en: "The workshop's name holds invisible characters or is too long ({0} characters at most)."),
        "workshop.addressMalformed": .init(
            fr: "L'adresse tient en {0} lignes au plus, de {1} caractères au plus chacune, sans caractères invisibles.",
            en: "The address fits in {0} lines at most, of {1} characters at most each, with no invisible characters."),
        "workshop.contactMalformed": .init(
            fr: "Le contact tient sur une ligne de {0} caractères au plus, sans caractères invisibles.",
            en: "The contact fits on one line of {0} characters at most, with no invisible characters."),
    ])
}
