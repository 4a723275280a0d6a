extension MessageCatalog {
    /// The words of receipts, invoices, guarantees and claims: the mention every receipt carries, the states and outcomes
    /// of a claim, and why a step is refused.
    public static let sales = MessageCatalog([
        // Art. D211-7 of the Code de la consommation (décret 2022-946): the receipt of IT goods states the
        // legal guarantee of conformity and its length; printed in French and English on every receipt.
        "guarantee.mention": .init(
            fr: "Le consommateur bénéficie de la garantie légale de conformité de deux ans (articles L. 217-3 à L. 217-20 du Code de la consommation) et de la garantie des vices cachés (articles 1641 à 1649 du Code civil). Pour un bien d'occasion, le défaut qui apparaît dans les douze mois suivant la vente est présumé exister au moment de la vente (article L. 217-7). Mention prévue par l'article D. 211-7 du Code de la consommation.",
            en: "The consumer benefits from the two-year legal guarantee of conformity (articles L. 217-3 to L. 217-20 of the French Consumer Code) and from the guarantee against hidden defects (articles 1641 to 1649 of the Civil Code). For second-hand goods, a defect that appears within twelve months of the sale is presumed to have existed at the sale (article L. 217-7). Mention required by article D. 211-7 of the Consumer Code."),
        "guarantee.marginScheme": .init(fr: "Régime particulier – Biens d'occasion", en: "Régime particulier – Biens d'occasion (margin scheme for second-hand goods)"),
        "guarantee.legalEnds": .init(fr: "Garantie légale de conformité jusqu'au {0}", en: "Legal guarantee of conformity until {0}"),
        "guarantee.presumptionEnds": .init(fr: "Défaut présumé exister à la vente jusqu'au {0}", en: "Defect presumed to exist at the sale until {0}"),
        "guarantee.commercialEnds": .init(fr: "Garantie commerciale de l'atelier ({0} mois) jusqu'au {1}", en: "The workshop's commercial warranty ({0} months) until {1}"),

        "claim.state.received": .init(fr: "Reçu", en: "Received"),
        "claim.state.diagnosed": .init(fr: "Diagnostiqué", en: "Diagnosed"),
        "claim.state.repaired": .init(fr: "Réparé", en: "Repaired"),
        "claim.state.replaced": .init(fr: "Remplacé", en: "Replaced"),
        "claim.state.refunded": .init(fr: "Remboursé", en: "Refunded"),
        "claim.state.store-credit": .init(fr: "Avoir", en: "Store credit"),
        "claim.state.rejected": .init(fr: "Refusé", en: "Rejected"),
        "claim.outcome.repaired": .init(fr: "Réparé et rendu", en: "Repaired and handed back"),
        "claim.outcome.replaced": .init(fr: "Remplacé par un autre appareil", en: "Replaced by another device"),
        "claim.outcome.refunded": .init(fr: "Remboursé", en: "Refunded"),
        "claim.outcome.store-credit": .init(fr: "Avoir en boutique", en: "Store credit"),
        "claim.outcome.rejected": .init(fr: "Refusé (avec la raison)", en: "Rejected (with the reason)"),
        "claim.refused.settled": .init(
            fr: "Ce retour est déjà réglé : rien n'a été changé.",
            en: "This return is already settled: nothing was changed."),
        "claim.refused.notDiagnosed": .init(
            fr: "Ce retour n'est pas encore diagnostiqué : notez d'abord le diagnostic, puis la solution.",
            en: "This return is not diagnosed yet: record the diagnosis first, then the outcome."),
        "claim.refused.alreadyDiagnosed": .init(
            fr: "Ce retour est déjà diagnostiqué : choisissez maintenant la solution.",
            en: "This return is already diagnosed: choose the outcome now."),
        "claim.refused.reasonMissing": .init(
            fr: "Un refus doit dire pourquoi : écrivez la raison, elle est donnée au client.",
            en: "A rejection must say why: write the reason, it is given to the customer."),

        "invoice.nameMissing": .init(fr: "Une facture est faite au nom d'une association ou d'une entreprise : écrivez son nom.",
                                     en: "An invoice is made out to an association or a company: write its name."),
        "invoice.nameMalformed": .init(fr: "Le nom de l'acheteur tient en {0} caractères au plus, sans caractère invisible.",
                                       en: "The buyer's name fits in {0} characters at most, with no invisible character."),
        "invoice.addressMalformed": .init(fr: "L'adresse tient en {0} lignes de {1} caractères au plus.",
                                          en: "The address fits in {0} lines of {1} characters at most."),
        "invoice.siretMalformed": .init(
            fr: "Ce numéro SIRET n'est pas valable : il a 14 chiffres (espaces permis), comme sur l'avis de situation ou le Kbis. Laissez vide si vous ne l'avez pas.",
            en: "This SIRET number is not valid: it has 14 digits (spaces allowed), as on the registration notice. Leave it empty if you do not have it."),
        "invoice.already": .init(fr: "Cette vente a déjà sa facture, n° {0} : une vente n'a qu'une facture.",
                                 en: "This sale already has its invoice, no. {0}: a sale has only one invoice."),
        "receipt.notFound": .init(fr: "Aucun reçu n° {0}.", en: "No receipt no. {0}."),
        "receipt.noneForDevice": .init(fr: "L'appareil {0} n'a pas de ticket de vente : seul un appareil vendu peut revenir.",
                                       en: "Device {0} has no sales receipt: only a sold device can come back."),
        "claim.notFound": .init(fr: "Aucun retour n° {0}.", en: "No return no. {0}."),
        "claim.notSold": .init(
            fr: "L'appareil {0} n'est pas chez un client (il est à l'étape « {1} ») : un retour s'enregistre pour un appareil vendu.",
            en: "Device {0} is not with a customer (it is at stage “{1}”): a return is recorded for a sold device."),
        "claim.alreadyOpen": .init(fr: "L'appareil {0} a déjà un retour en cours, n° {1}.", en: "Device {0} already has a return under way, no. {1}."),
        "claim.complaintMissing": .init(fr: "Écrivez ce que le client signale (la panne, le défaut).",
                                        en: "Write what the customer reports (the fault, the defect)."),
        "claim.diagnosisMissing": .init(fr: "Écrivez le diagnostic : ce que l'établi a trouvé.", en: "Write the diagnosis: what the bench found."),
        "claim.replacementMissing": .init(
            fr: "Scannez l'appareil donné en remplacement : il doit être prêt à la vente.",
            en: "Scan the device given as a replacement: it must be ready for sale."),
        "claim.replacementNotReady": .init(
            fr: "L'appareil {0} n'est pas prêt à la vente (étape « {1} ») : il ne peut pas remplacer l'appareil rendu.",
            en: "Device {0} is not ready for sale (stage “{1}”): it cannot replace the returned device."),
        "claim.cannotHandBack": .init(
            fr: "L'appareil {0} est à l'étape « {1} » : il ne peut pas être rendu au client tel quel.",
            en: "Device {0} is at stage “{1}”: it cannot be handed back to the customer as it is."),
        "claim.amountTooHigh": .init(fr: "On ne rembourse pas plus que le prix payé ({0}).", en: "A refund cannot exceed the price paid ({0})."),
        "claim.moveReceived": .init(fr: "Retour n° {0} : {1}", en: "Return no. {0}: {1}"),
        "claim.moveHandedBack": .init(fr: "Rendu au client, retour n° {0} ({1})", en: "Handed back to the customer, return no. {0} ({1})"),
        "claim.moveReplacement": .init(fr: "Remplace l'appareil {0}, retour n° {1}", en: "Replaces device {0}, return no. {1}"),
        "warranty.monthsRange": .init(fr: "Une garantie commerciale dure de {0} à {1} mois.", en: "A commercial warranty lasts {0} to {1} months."),
        "warranty.dayMalformed": .init(fr: "Écrivez le jour sous la forme AAAA-MM-JJ (par exemple 2027-01-01).",
                                       en: "Write the day as YYYY-MM-DD (for example 2027-01-01)."),
        "warranty.untilBeforeFrom": .init(fr: "La fin de la garantie commerciale ne peut pas précéder son début.",
                                          en: "The warranty's end cannot come before its start."),
        "warranty.unknownCategory": .init(fr: "Catégorie inconnue « {0} » : les catégories sont {1}.", en: "Unknown category “{0}”: the categories are {1}."),
        "warranty.unknownChannel": .init(fr: "Tarif inconnu « {0} » : les tarifs sont {1}.", en: "Unknown rate “{0}”: the rates are {1}."),
        "claim.outcomeUnknown": .init(fr: "Solution inconnue « {0} » : les solutions sont {1}.", en: "Unknown outcome “{0}”: the outcomes are {1}."),
        "invoice.missing": .init(fr: "La vente du reçu n° {0} n'a pas de facture.", en: "The sale of receipt no. {0} has no invoice."),
        "warranty.notFound": .init(fr: "Aucune garantie commerciale n° {0}.", en: "No commercial warranty no. {0}."),

        "referral.state.active": .init(fr: "valable", en: "valid"),
        "referral.state.used-up": .init(fr: "épuisé", en: "used up"),
        "referral.state.expired": .init(fr: "expiré", en: "expired"),
        "referral.state.revoked": .init(fr: "annulé", en: "revoked"),
        "referral.codeMalformed": .init(
            fr: "« {0} » n'est pas un code d'orientation : un code a {1} caractères, lettres et chiffres, comme 7K3Q-9FMB.",
            en: "“{0}” is not a referral code: a code has {1} characters, letters and digits, like 7K3Q-9FMB."),
        "referral.codeUnknown": .init(
            fr: "Le code d'orientation {0} n'existe pas. Vérifiez-le sur le papier du partenaire ; rien n'a été vendu.",
            en: "Referral code {0} does not exist. Check it on the partner's slip; nothing was sold."),
        "referral.codeRevoked": .init(
            fr: "Le code d'orientation {0} a été annulé par le bureau : il ne permet plus de vente solidaire.",
            en: "Referral code {0} was revoked by the office: it no longer allows a solidarity sale."),
        "referral.codeUsedUp": .init(
            fr: "Le code d'orientation {0} ({1}) a déjà servi {2} fois, tout son quota : demandez un nouveau code au partenaire. Rien n'a été vendu.",
            en: "Referral code {0} ({1}) has already been used {2} times, its whole quota: ask the partner for a new code. Nothing was sold."),
        "referral.codeExpired": .init(
            fr: "Le code d'orientation {0} était valable jusqu'au {1} : demandez un nouveau code au partenaire. Rien n'a été vendu.",
            en: "Referral code {0} was valid until {1}: ask the partner for a new code. Nothing was sold."),
        "referral.quotaRange": .init(
            fr: "Le nombre de ventes permises ({0}) doit être entre {1} et {2}.",
            en: "The number of sales allowed ({0}) must be between {1} and {2}."),
        "referral.lastDayMalformed": .init(fr: "Écrivez le dernier jour sous la forme AAAA-MM-JJ (par exemple 2027-06-30).",
                                           en: "Write the last day as YYYY-MM-DD (for example 2027-06-30)."),
        "referral.lastDayPast": .init(fr: "Le dernier jour ({0}) est déjà passé.", en: "The last day ({0}) has already passed."),
        "referral.lastDayTooFar": .init(fr: "Le dernier jour ({0}) est trop loin : un code vaut au plus {1} jours.",
                                        en: "The last day ({0}) is too far: a code is valid for {1} days at most."),
        "referral.partnerNameMissing": .init(fr: "Écrivez le nom de l'organisme partenaire.", en: "Write the partner organisation's name."),
        "referral.partnerNameMalformed": .init(
            fr: "Le nom du partenaire contient des caractères invisibles ou dépasse {0} caractères.",
            en: "The partner's name holds invisible characters or is longer than {0} characters."),
        "referral.partnerNameTaken": .init(fr: "Le partenaire « {0} » existe déjà.", en: "Partner “{0}” already exists."),
        "referral.partnerUnknown": .init(fr: "Aucun partenaire n° {0}.", en: "No partner no. {0}."),
    ])
}
