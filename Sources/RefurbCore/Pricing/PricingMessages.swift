extension MessageCatalog {
    /// The words of pricing: the lines that explain a suggested price, the names of the rules' fields
    /// and what can be wrong with them, and the kinds of sale.
    public static let pricing = MessageCatalog([
        // French puts a no-break space before the colon.
        "pricing.colon": .init(fr: "{0}\u{00A0}: {1}", en: "{0}: {1}"),
        "pricing.percentWithAmount": .init(fr: "{0}\u{00A0}% ({1})", en: "{0}% ({1})"),

        "pricing.line.base.laptop": .init(fr: "Prix de base, ordinateur portable", en: "Base price, laptop"),
        "pricing.line.base.desktop": .init(fr: "Prix de base, ordinateur fixe", en: "Base price, desktop"),
        "pricing.line.base.all-in-one": .init(fr: "Prix de base, tout-en-un", en: "Base price, all-in-one"),
        "pricing.line.base.tablet": .init(fr: "Prix de base, tablette", en: "Base price, tablet"),
        "pricing.line.base.phone": .init(fr: "Prix de base, téléphone", en: "Base price, phone"),
        "pricing.line.base.monitor": .init(fr: "Prix de base, écran", en: "Base price, monitor"),
        "pricing.line.base.printer": .init(fr: "Prix de base, imprimante", en: "Base price, printer"),
        "pricing.line.base.other": .init(fr: "Prix de base, autre matériel", en: "Base price, other equipment"),
        "pricing.line.noReport": .init(
            fr: "Pas de rapport matériel : seules la catégorie et la note comptent",
            en: "No hardware report: only the category and the grade count"),
        "pricing.line.cpu.basic.word": .init(
            fr: "Processeur d'entrée de gamme (« {0} » dans son nom)",
            en: "Entry-level processor (“{0}” in its name)"),
        "pricing.line.cpu.basic.threads": .init(
            fr: "Processeur d'entrée de gamme ({0} fils d'exécution)",
            en: "Entry-level processor ({0} threads)"),
        "pricing.line.cpu.mid.threads": .init(
            fr: "Processeur milieu de gamme ({0} fils d'exécution)",
            en: "Mid-range processor ({0} threads)"),
        "pricing.line.cpu.high.threads": .init(
            fr: "Processeur haut de gamme ({0} fils d'exécution)",
            en: "High-end processor ({0} threads)"),
        "pricing.line.cpu.unknown": .init(
            fr: "Processeur non identifié : pas d'ajustement",
            en: "Processor not identified: no adjustment"),
        "pricing.line.ram": .init(fr: "Mémoire {0} Gio", en: "Memory {0} GiB"),
        "pricing.line.ram.unknown": .init(fr: "Mémoire non mesurée : pas d'ajustement", en: "Memory not measured: no adjustment"),
        "pricing.line.storage.nvme": .init(fr: "Disque SSD NVMe", en: "NVMe SSD"),
        "pricing.line.storage.ssd": .init(fr: "Disque SSD", en: "SSD"),
        "pricing.line.storage.emmc": .init(fr: "Mémoire flash eMMC", en: "eMMC flash storage"),
        "pricing.line.storage.hdd": .init(fr: "Disque dur mécanique", en: "Hard disk drive"),
        "pricing.line.storage.unknown": .init(
            fr: "Type de disque inconnu : pas d'ajustement",
            en: "Drive type unknown: no adjustment"),
        "pricing.line.storage.none": .init(fr: "Aucun disque dans l'appareil", en: "No drive in the device"),
        "pricing.line.storageSize": .init(fr: "Disque de {0} Go", en: "{0} GB drive"),
        "pricing.line.battery": .init(
            fr: "Batterie à {0} % de sa capacité d'origine",
            en: "Battery at {0}% of its original capacity"),
        "pricing.line.battery.missing": .init(fr: "Aucune batterie détectée", en: "No battery found"),
        "pricing.line.grade": .init(fr: "Note {0}", en: "Grade {0}"),
        "pricing.line.grade.none": .init(
            fr: "Pas encore de note : pas d'ajustement",
            en: "Not graded yet: no adjustment"),
        "pricing.line.rounding": .init(fr: "Arrondi pour l'étiquette", en: "Rounded for the label"),
        "pricing.line.minimum": .init(fr: "Prix plancher", en: "Minimum price"),

        "pricing.field.baseUnknown": .init(fr: "Prix de base « {0} »", en: "Base price “{0}”"),
        "pricing.field.cpuWords": .init(fr: "Mots des processeurs d'entrée de gamme", en: "Words of entry-level processors"),
        "pricing.field.cpuThresholds": .init(fr: "Seuils des processeurs", en: "Processor thresholds"),
        "pricing.field.cpu.basic": .init(fr: "Processeur d'entrée de gamme", en: "Entry-level processor"),
        "pricing.field.cpu.mid": .init(fr: "Processeur milieu de gamme", en: "Mid-range processor"),
        "pricing.field.cpu.high": .init(fr: "Processeur haut de gamme", en: "High-end processor"),
        "pricing.field.ramTiers": .init(fr: "Paliers de mémoire (Gio)", en: "Memory steps (GiB)"),
        "pricing.field.storage.solidState": .init(fr: "Disque SSD, NVMe ou eMMC", en: "SSD, NVMe or eMMC drive"),
        "pricing.field.storage.hdd": .init(fr: "Disque dur mécanique", en: "Hard disk drive"),
        "pricing.field.storage.none": .init(fr: "Aucun disque", en: "No drive"),
        "pricing.field.storageTiers": .init(fr: "Paliers de taille de disque (Go)", en: "Drive size steps (GB)"),
        "pricing.field.batteryTiers": .init(fr: "Paliers de santé de batterie (%)", en: "Battery health steps (%)"),
        "pricing.field.batteryMissing": .init(fr: "Batterie absente (portable, tablette, téléphone)", en: "Missing battery (laptop, tablet, phone)"),
        "pricing.field.grade": .init(fr: "Part du prix gardée pour la note {0}", en: "Share of the price kept for grade {0}"),
        "pricing.field.rounding": .init(fr: "Arrondi", en: "Rounding"),
        "pricing.field.minimum": .init(fr: "Prix plancher", en: "Minimum price"),
        "pricing.field.solidarity": .init(fr: "Réduction solidaire", en: "Solidarity reduction"),

        "pricing.problem.notSaved": .init(
            fr: "Les règles de prix n'ont pas été enregistrées :",
            en: "The pricing rules were not saved:"),
        "pricing.problem.missing": .init(fr: "manquant.", en: "missing."),
        "pricing.problem.negative": .init(fr: "ne peut pas être négatif.", en: "cannot be negative."),
        "pricing.problem.baseTooHigh": .init(fr: "doit rester sous 10 000 €.", en: "must stay under €10,000."),
        "pricing.problem.unknownCategory": .init(
            fr: "n'est pas une catégorie connue (catégories : {0}).",
            en: "is not a known category (categories: {0})."),
        "pricing.problem.unknownGrade": .init(
            fr: "n'est pas une note connue (notes : {0}).",
            en: "is not a known grade (grades: {0})."),
        "pricing.problem.adjustmentRange": .init(
            fr: "chaque montant doit rester entre −1 000 € et +1 000 €.",
            en: "each amount must stay between −€1,000 and +€1,000."),
        "pricing.problem.percentRange": .init(
            fr: "doit être entre {0} % et {1} %.",
            en: "must be between {0}% and {1}%."),
        "pricing.problem.roundingRange": .init(
            fr: "doit être entre 0,01 € et 100 €.",
            en: "must be between €0.01 and €100."),
        "pricing.problem.minimumRange": .init(
            fr: "doit être entre 0 € et 1 000 €.",
            en: "must be between €0 and €1,000."),
        "pricing.problem.words": .init(
            fr: "chaque mot fait de 1 à {0} caractères visibles, {1} mots au plus.",
            en: "each word is 1 to {0} visible characters long, {1} words at most."),
        "pricing.problem.thresholds": .init(
            fr: "le seuil haut de gamme ({1} fils) doit dépasser le seuil milieu de gamme ({0} fils), tous deux entre 1 et 1024.",
            en: "the high-end threshold ({1} threads) must be above the mid-range threshold ({0} threads), both between 1 and 1024."),
        "pricing.problem.tierCount": .init(
            fr: "donnez de 1 à {0} paliers.",
            en: "give 1 to {0} steps."),
        "pricing.problem.tierThreshold": .init(
            fr: "le seuil {0} doit être entre 0 et {1}.",
            en: "the threshold {0} must be between 0 and {1}."),
        "pricing.problem.tierDuplicate": .init(
            fr: "le seuil {0} est donné deux fois.",
            en: "the threshold {0} is given twice."),

        "pricing.saleKind.public": .init(fr: "prix public", en: "public price"),
        "pricing.saleKind.solidarity": .init(fr: "prix solidaire", en: "solidarity price"),
        "pricing.sale.unknownKind": .init(
            fr: "Type de vente « {0} » inconnu. Choisissez parmi : {1}.",
            en: "Unknown kind of sale “{0}”. Choose one of: {1}."),
        "pricing.sale.partnerMissing": .init(
            fr: "Pour une vente au prix solidaire, donnez le code d'orientation, ou sans code le partenaire qui oriente la personne (le nom de l'organisme, pas celui de la personne).",
            en: "For a sale at the solidarity price, give the referral code, or without a code the partner that referred the buyer (the organisation's name, not the person's)."),
        "pricing.sale.partnerMalformed": .init(
            fr: "Le nom du partenaire contient des caractères invisibles ou dépasse {0} caractères.",
            en: "The partner's name holds invisible characters or is longer than {0} characters."),
        "pricing.sale.partnerOnPublicSale": .init(
            fr: "Un partenaire ne s'indique que pour une vente au prix solidaire.",
            en: "A partner is only given for a sale at the solidarity price."),
        "pricing.sale.referralCodeOnPublicSale": .init(
            fr: "Un code d'orientation ne s'utilise que pour une vente au prix solidaire.",
            en: "A referral code is only used for a sale at the solidarity price."),
        "pricing.sale.partnerAndReferralCode": .init(
            fr: "Donnez le code d'orientation ou le nom du partenaire, pas les deux : le code dit déjà qui oriente.",
            en: "Give the referral code or the partner's name, not both: the code already says who referred the buyer."),
        "pricing.change.soldSolidarity": .init(
            fr: "Vendu {0} au prix solidaire (orienté par {1})",
            en: "Sold for {0} at the solidarity price (referred by {1})"),
    ])
}
