extension MessageCatalog {
    /// Sites and the roles held at them (`SiteCode`, `SiteInput`, `NetworkRole`), and the store's refusals
    /// about them.
    public static let sites = MessageCatalog([
        "site.codeMissing": .init(fr: "Indiquez le code du site (par exemple LYON).", en: "Give the site's code (for example LYON)."),
        "site.codeMalformed": .init(
            fr: "« {0} » n'est pas un code de site : de {1} à {2} caractères, lettres A à Z sans accent, chiffres et tirets, en commençant par une lettre (par exemple LYON ou NANTES-2).",
            en: "“{0}” is not a site code: {1} to {2} characters, letters A to Z without accents, digits and hyphens, starting with a letter (for example LYON or NANTES-2)."),
        "site.nameMissing": .init(fr: "Indiquez le nom du site.", en: "Give the site's name."),
        "site.nameMalformed": .init(
            fr: "Le nom du site contient des caractères invisibles ou est trop long ({0} caractères au plus).",
            en: "The site's name holds invisible characters or is too long ({0} characters at most)."),
        "site.addressMalformed": .init(
            fr: "L'adresse du site tient en {0} lignes au plus, de {1} caractères au plus chacune, sans caractères invisibles.",
            en: "The site's address fits in {0} lines at most, of {1} characters at most each, with no invisible characters."),
        "site.siteNotFound": .init(fr: "Aucun site « {0} ».", en: "No site “{0}”."),
        "site.siteCodeTaken": .init(
            fr: "Le code de site {0} est déjà celui de « {1} » : choisissez-en un autre.",
            en: "Site code {0} is already used by “{1}”: choose another."),
        "networkRole.viewer": .init(fr: "lecture sur tout le réseau", en: "network viewer"),
        "networkRole.admin": .init(fr: "administration du réseau", en: "network admin"),
    ])
}
