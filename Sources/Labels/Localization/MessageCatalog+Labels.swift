import RefurbCore

extension MessageCatalog {
    /// Everything the Labels module says to a person, in French and English.
    public static let labels = MessageCatalog([
        // Template files
        "labels.template.error": .init(
            fr: "Modèle d'étiquette {0} : {1}",
            en: "Label template {0}: {1}"),
        "labels.template.errorInElement": .init(
            fr: "Modèle d'étiquette {0}, élément « {1} » : {2}",
            en: "Label template {0}, element \"{1}\": {2}"),
        "labels.template.unreadable": .init(
            fr: "fichier illisible.",
            en: "the file cannot be read."),
        "labels.template.invalidJSON": .init(
            fr: "JSON invalide à la ligne {0}, colonne {1}.",
            en: "invalid JSON at line {0}, column {1}."),
        "labels.template.unknownKey": .init(
            fr: "clé inconnue « {0} » (clés possibles : {1}).",
            en: "unknown key \"{0}\" (allowed keys: {1})."),
        "labels.template.missingKey": .init(
            fr: "la clé « {0} » manque.",
            en: "the key \"{0}\" is missing."),
        "labels.template.wrongType": .init(
            fr: "« {0} » doit être de type {1}, pas {2}.",
            en: "\"{0}\" must be a {1}, not a {2}."),
        "labels.template.badValue": .init(
            fr: "« {0} » vaut « {1} », valeurs possibles : {2}.",
            en: "\"{0}\" is \"{1}\", allowed values: {2}."),
        "labels.template.notPositive": .init(
            fr: "« {0} » doit être supérieur à zéro.",
            en: "\"{0}\" must be greater than zero."),
        "labels.template.negative": .init(
            fr: "« {0} » ne peut pas être négatif.",
            en: "\"{0}\" cannot be negative."),
        "labels.template.nameMismatch": .init(
            fr: "le nom « {0} » ne correspond pas au fichier ; il doit être « {1} ».",
            en: "the name \"{0}\" does not match the file; it must be \"{1}\"."),
        "labels.template.noMedia": .init(
            fr: "« media » doit indiquer au moins une cible : brother ou zebra.",
            en: "\"media\" must name at least one target: brother or zebra."),
        "labels.template.unknownBrotherMedia": .init(
            fr: "rouleau Brother inconnu « {0} » (rouleaux connus : {1}).",
            en: "unknown Brother media \"{0}\" (known media: {1})."),
        "labels.template.mediaSizeMismatch": .init(
            fr: "une étiquette de {0} ne correspond pas au rouleau {1} ({2}) avec une rotation de {3}°.",
            en: "a {0} label does not match the {1} media ({2}) with a {3}° rotation."),
        "labels.template.noElements": .init(
            fr: "le modèle n'a aucun élément.",
            en: "the template has no elements."),
        "labels.template.duplicateID": .init(
            fr: "l'identifiant « {0} » est déjà utilisé par un autre élément.",
            en: "the id \"{0}\" is already used by another element."),
        "labels.template.unknownType": .init(
            fr: "type d'élément inconnu « {0} » (types possibles : {1}).",
            en: "unknown element type \"{0}\" (allowed types: {1})."),
        "labels.template.minSizeAboveSize": .init(
            fr: "la taille minimale ({0} pt) doit être positive et ne pas dépasser la taille ({1} pt).",
            en: "the minimum size ({0} pt) must be positive and not above the size ({1} pt)."),
        "labels.template.lineNotStraight": .init(
            fr: "un trait doit être horizontal (y1 = y2) ou vertical (x1 = x2).",
            en: "a line must be horizontal (y1 = y2) or vertical (x1 = x2)."),
        "labels.template.lineEmpty": .init(
            fr: "le trait a une longueur nulle.",
            en: "the line has zero length."),
        "labels.template.emptyText": .init(
            fr: "« {0} » est vide.",
            en: "\"{0}\" is empty."),
        "labels.template.unknownField": .init(
            fr: "champ inconnu « {{0}} » (champs possibles : {1}).",
            en: "unknown field \"{{0}}\" (allowed fields: {1})."),
        "labels.template.unclosedBrace": .init(
            fr: "accolade non fermée dans « {0} ».",
            en: "unclosed brace in \"{0}\"."),
        "labels.template.outsideLabel": .init(
            fr: "l'élément dépasse de l'étiquette ({0} × {1} mm).",
            en: "the element goes beyond the label ({0} × {1} mm)."),
        "labels.template.outsidePrintable": .init(
            fr: "l'élément sort de la zone imprimable du rouleau {0} : x de {1} à {2} mm, y de {3} à {4} mm.",
            en: "the element leaves the printable area of the {0} media: x from {1} to {2} mm, y from {3} to {4} mm."),
        "labels.template.unknown": .init(
            fr: "Modèle d'étiquette inconnu « {0} ». Modèles disponibles : {1}.",
            en: "Unknown label template \"{0}\". Available templates: {1}."),

        // Fields
        "labels.field.unknown": .init(
            fr: "Champ inconnu « {0} ». Champs possibles : {1}.",
            en: "Unknown field \"{0}\". Allowed fields: {1}."),
        // Shown in pages too: the label's words, never the command line's (`--field price=…`).
        "labels.field.missing.assetTag": .init(
            fr: "Cette étiquette a besoin du numéro d'inventaire de l'appareil.",
            en: "This label needs the device's asset tag."),
        "labels.field.missing.price": .init(
            fr: "Cette étiquette a besoin d'un prix, et l'appareil n'en a pas encore : fixez d'abord son prix.",
            en: "This label needs a price, and the device has none yet: set its price first."),
        "labels.field.missing.grade": .init(
            fr: "Cette étiquette a besoin de l'état de l'appareil, qui n'est pas encore noté : notez-le d'abord.",
            en: "This label needs the device's condition, which is not graded yet: grade it first."),
        "labels.field.missing.specs": .init(
            fr: "Cette étiquette a besoin de la description de l'appareil.",
            en: "This label needs the device's description."),
        "labels.field.missing.workshop": .init(
            fr: "Cette étiquette a besoin du nom de l'atelier.",
            en: "This label needs the workshop's name."),
        "labels.field.missing.date": .init(
            fr: "Cette étiquette a besoin de la date.",
            en: "This label needs the date."),
        "labels.field.missing.lot": .init(
            fr: "Cette étiquette est celle d'un lot : elle a besoin du code du lot.",
            en: "This is a lot's label: it needs the lot's code."),
        "labels.field.missing.donor": .init(
            fr: "Cette étiquette a besoin du donateur du lot.",
            en: "This label needs the lot's donor."),

        // Barcodes
        "labels.barcode.empty": .init(
            fr: "Le code-barres « {0} » n'a rien à coder.",
            en: "The barcode \"{0}\" has nothing to encode."),
        "labels.barcode.failed": .init(
            fr: "Impossible de coder « {0} » en code-barres : {1}.",
            en: "Cannot encode \"{0}\" as a barcode: {1}."),
        "labels.barcode.tooWide": .init(
            fr: "Le code-barres « {0} » pour « {1} » demande {2} mm avec ses marges, la place prévue n'en fait que {3}. Raccourcissez la donnée ou agrandissez l'élément.",
            en: "The barcode \"{0}\" for \"{1}\" needs {2} mm with its quiet zones, the space given is only {3}. Shorten the data or enlarge the element."),
        "labels.barcode.tooDense": .init(
            fr: "Le code 2D « {0} » pour « {1} » demande au moins {2} mm pour rester lisible, la place prévue n'en fait que {3}.",
            en: "The 2D code \"{0}\" for \"{1}\" needs at least {2} mm to stay readable, the space given is only {3}."),

        // Brother raster
        "labels.brother.mediaNotSupported": .init(
            fr: "Le rouleau {0} ne passe pas dans une {1}.",
            en: "The {0} media does not fit a {1}."),
        "labels.brother.badWidth": .init(
            fr: "Image de {0} points de large, le rouleau {2} en imprime {1}.",
            en: "Image {0} dots wide, the {2} media prints {1}."),
        "labels.brother.badLength": .init(
            fr: "Image de {0} lignes, une étiquette {2} en compte {1}.",
            en: "Image of {0} lines, a {2} label has {1}."),
        "labels.brother.tooLong": .init(
            fr: "Étiquette trop longue : {0} lignes, la {2} en accepte {1} au plus.",
            en: "Label too long: {0} lines, the {2} takes at most {1}."),

        // Formats and options
        "labels.format.unknown": .init(
            fr: "Format inconnu « {0} ». Formats possibles : png, pdf, zpl, brother:MODÈLE (par exemple brother:QL-700).",
            en: "Unknown format \"{0}\". Allowed formats: png, pdf, zpl, brother:MODEL (for example brother:QL-700)."),
        "labels.format.unknownModel": .init(
            fr: "Modèle Brother inconnu « {0} ». Modèles pris en charge : {1}.",
            en: "Unknown Brother model \"{0}\". Supported models: {1}."),
        "labels.format.noZebraMedia": .init(
            fr: "Le modèle « {0} » n'est pas prévu pour une imprimante Zebra (pas de section media.zebra).",
            en: "The template \"{0}\" is not made for a Zebra printer (no media.zebra section)."),
        "labels.format.noBrotherMedia": .init(
            fr: "Le modèle « {0} » n'est pas prévu pour une imprimante Brother (pas de section media.brother).",
            en: "The template \"{0}\" is not made for a Brother printer (no media.brother section)."),
        "labels.copies.invalid": .init(
            fr: "Nombre d'exemplaires incorrect : {0} (au moins 1).",
            en: "Invalid number of copies: {0} (at least 1)."),
        "labels.format.pdfFailed": .init(
            fr: "Le PDF des étiquettes n'a pas pu être dessiné : {0}.",
            en: "The labels' PDF could not be drawn: {0}."),
        // Command line
        "labels.cli.noTemplateFolder": .init(
            fr: "Dossier des modèles d'étiquettes introuvable : donnez --templates DOSSIER ou définissez REFURB_LABELS_DIR.",
            en: "Label template folder not found: give --templates DIR or set REFURB_LABELS_DIR."),
        "labels.cli.tagOrFields": .init(
            fr: "Donnez soit --tag ÉTIQUETTE (l'appareil enregistré), soit des --field clé=valeur, pas les deux.",
            en: "Give either --tag TAG (the recorded device) or --field key=value pairs, not both."),
        "labels.cli.badFieldPair": .init(
            fr: "« {0} » n'est pas de la forme clé=valeur (par exemple --field price=149,00 €).",
            en: "\"{0}\" is not of the form key=value (for example --field price=149,00 €)."),
        "labels.cli.cannotWrite": .init(
            fr: "Impossible d'écrire {0} : {1}.",
            en: "Cannot write {0}: {1}."),
        "labels.cli.written": .init(
            fr: "Étiquette {0} écrite dans {1} ({2} octets).",
            en: "Label {0} written to {1} ({2} bytes)."),
        "labels.cli.printed": .init(
            fr: "Étiquette {0} envoyée à {1} ({2} exemplaire(s)).",
            en: "Label {0} sent to {1} (copies: {2})."),
        "labels.cli.completion.confirmed": .init(
            fr: "L'imprimante confirme l'impression.",
            en: "The printer confirms it printed."),
        "labels.cli.completion.unconfirmed": .init(
            fr: "L'imprimante n'a pas confirmé l'impression : vérifiez l'étiquette.",
            en: "The printer did not confirm printing: check the label."),
        "labels.cli.completion.not-checked": .init(
            fr: "État non vérifié : cette connexion ne permet pas de lire l'imprimante.",
            en: "Status not checked: this connection cannot read from the printer."),
        "labels.cli.unknownBrotherModel": .init(
            fr: "Modèle Brother non pris en charge : {0}. Donnez --format brother:MODÈLE.",
            en: "Unsupported Brother model: {0}. Give --format brother:MODEL."),
        "labels.cli.unsupportedPrinter": .init(
            fr: "Refurb ne sait pas encore imprimer sur {0}.",
            en: "Refurb cannot print on {0} yet."),
        "labels.cli.formatNeeded": .init(
            fr: "Indiquez la langue de l'imprimante {0} : --format zpl ou --format brother:MODÈLE.",
            en: "Say which language the printer {0} speaks: --format zpl or --format brother:MODEL."),
    ])
}
