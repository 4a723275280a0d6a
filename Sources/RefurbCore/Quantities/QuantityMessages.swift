extension MessageCatalog {
    /// Numbers out of their range, and the fields they were given in (`{0:field}` reads
    /// `range.field.<name>`). Part of `.core`, so that every catalog that reads the domain's words has them.
    public static let quantities = MessageCatalog([
        "range.cents": .init(
            fr: "Valeur hors limites pour {0:field} : elle doit être comprise entre {1:cents} et {2:cents}. Rien n'a été enregistré.",
            en: "Out-of-range value for {0:field}: it must be between {1:cents} and {2:cents}. Nothing was saved."),
        "range.grams": .init(
            fr: "Valeur hors limites pour {0:field} : elle doit être comprise entre {1:grams} et {2:grams}. Rien n'a été enregistré.",
            en: "Out-of-range value for {0:field}: it must be between {1:grams} and {2:grams}. Nothing was saved."),
        "range.count": .init(
            fr: "Valeur hors limites pour {0:field} : elle doit être comprise entre {1:count} et {2:count}. Rien n'a été enregistré.",
            en: "Out-of-range value for {0:field}: it must be between {1:count} and {2:count}. Nothing was saved."),
        "range.percent": .init(
            fr: "Valeur hors limites pour {0:field} : elle doit être comprise entre {1:percent} et {2:percent}. Rien n'a été enregistré.",
            en: "Out-of-range value for {0:field}: it must be between {1:percent} and {2:percent}. Nothing was saved."),
        "range.seconds": .init(
            fr: "Valeur hors limites pour {0:field} : elle doit être comprise entre {1:seconds} et {2:seconds}. Rien n'a été enregistré.",
            en: "Out-of-range value for {0:field}: it must be between {1:seconds} and {2:seconds}. Nothing was saved."),
        "range.stored": .init(fr: "valeur hors limites ({0})", en: "out of range ({0})"),
        "range.outOfRange": .init(fr: "hors limites", en: "out of range"),
        "range.storedPrice": .init(
            fr: "Le prix enregistré pour {0} est hors limites ({1:cents}) : fixez un nouveau prix avant de continuer. Rien n'a été enregistré.",
            en: "The price stored for {0} is out of range ({1:cents}): set a new price before going on. Nothing was saved."),
        "range.solidarityStored": .init(
            fr: "La réduction solidaire enregistrée dans les règles de prix est hors limites ({0:percent}) : un administrateur doit enregistrer les règles de prix à nouveau. Rien n'a été enregistré.",
            en: "The solidarity reduction stored in the pricing rules is out of range ({0:percent}): an admin must save the pricing rules again. Nothing was saved."),
        "range.storedRules": .init(
            fr: "Les règles de prix enregistrées sont hors limites (écrites par un autre programme ?) : elles ne donnent pas de prix suggéré. Un administrateur doit les corriger et les enregistrer à nouveau.",
            en: "The stored pricing rules are out of range (written by another program?): they give no suggested price. An admin must correct them and save them again."),
        "range.lotsOutOfRange": .init(
            fr: "Lots au poids enregistré hors limites, comptés comme non pesés : {0}.",
            en: "Lots whose stored weight is out of range, counted as not weighed: {0}."),
        "range.storedSum": .init(
            fr: "incalculable, un montant ci-dessus est hors limites",
            en: "cannot be added up: an amount above is out of range"),

        "range.field.priceCents": .init(fr: "le prix (priceCents, en centimes)", en: "the price (priceCents, in cents)"),
        "range.field.partsCents": .init(fr: "le coût des pièces (partsCents, en centimes)", en: "the parts' cost (partsCents, in cents)"),
        "range.field.price": .init(fr: "le prix", en: "the price"),
        "range.field.parts": .init(fr: "le coût des pièces", en: "the parts' cost"),
        "range.field.weightKg": .init(fr: "le poids du lot", en: "the lot's weight"),
        "range.field.weightGrams": .init(fr: "le poids du lot (weightGrams, en grammes)", en: "the lot's weight (weightGrams, in grams)"),
        "range.field.declaredCount": .init(fr: "le nombre d'appareils annoncé", en: "the declared number of devices"),
        "range.field.copies": .init(fr: "le nombre d'exemplaires", en: "the number of copies"),
    ])
}
