import RefurbCore

extension UIMessages {
    /// The words of the office's referral partners page and of the shop's referral code field.
    static let partnerPages = MessageCatalog([
        "ui.office.nav.partners": .init(fr: "Partenaires", en: "Partners"),
        "ui.office.partners.title": .init(fr: "Partenaires et codes d'orientation", en: "Partners and referral codes"),
        "ui.office.partners.heading": .init(fr: "Partenaires qui orientent vers la vente solidaire", en: "Partners who refer people to the solidarity sale"),
        "ui.office.partners.intro": .init(
            fr: "Un partenaire (service social, CCAS, association, point Les Bons Clics) reçoit des codes d'orientation. Il en donne un à chaque personne qu'il oriente ; la boutique le tape à la vente solidaire. Seul le nom du partenaire est gardé, jamais celui de la personne.",
            en: "A partner (social services, a council's welfare office, an association, a Les Bons Clics point) is given referral codes. It hands one to each person it refers; the shop types it at the solidarity sale. Only the partner's name is kept, never the person's."),
        "ui.office.partners.none": .init(fr: "Aucun partenaire pour l'instant : ajoutez-en un ci-dessous.", en: "No partner yet: add one below."),
        "ui.office.partners.sales": .init(fr: "Ventes solidaires :", en: "Solidarity sales:"),
        "ui.office.partners.lastSale": .init(fr: "dernière le", en: "latest on"),
        "ui.office.partners.since": .init(fr: "partenaire depuis le", en: "partner since"),
        "ui.office.partners.codesOf": .init(fr: "Codes d'orientation de", en: "Referral codes of"),
        "ui.office.partners.noCode": .init(fr: "Pas encore de code.", en: "No code yet."),
        "ui.office.partners.col.code": .init(fr: "Code", en: "Code"),
        "ui.office.partners.col.used": .init(fr: "Utilisé", en: "Used"),
        "ui.office.partners.col.lastDay": .init(fr: "Valable jusqu'au", en: "Valid until"),
        "ui.office.partners.col.state": .init(fr: "État", en: "State"),
        "ui.office.partners.col.actions": .init(fr: "Actions", en: "Actions"),
        "ui.office.partners.usedOf": .init(fr: "{0} sur {1}", en: "{0} of {1}"),
        "ui.office.partners.issue": .init(fr: "Donner un nouveau code", en: "Issue a new code"),
        "ui.office.partners.quota": .init(fr: "Nombre de ventes permises", en: "Number of sales allowed"),
        "ui.office.partners.quotaHelp": .init(
            fr: "En général 1 : un code par personne orientée. Plus pour une association qui achète pour plusieurs familles (100 au plus).",
            en: "Usually 1: one code per person referred. More for an association buying for several families (100 at most)."),
        "ui.office.partners.lastDay": .init(fr: "Valable jusqu'au (inclus)", en: "Valid until (included)"),
        "ui.office.partners.issueSubmit": .init(fr: "Créer le code", en: "Create the code"),
        "ui.office.partners.add": .init(fr: "Ajouter un partenaire", en: "Add a partner"),
        "ui.office.partners.name": .init(fr: "Nom de l'organisme", en: "Organisation's name"),
        "ui.office.partners.nameHelp": .init(
            fr: "Le nom tel qu'il sera imprimé sur les reçus (« orienté par … »), par exemple « CCAS d'Arras ».",
            en: "The name as receipts will print it (“referred by …”), for example “CCAS d'Arras”."),
        "ui.office.partners.addSubmit": .init(fr: "Ajouter le partenaire", en: "Add the partner"),
        "ui.office.partners.revoke": .init(fr: "Annuler le code", en: "Revoke the code"),
        "ui.office.partners.revokeQuestion": .init(fr: "Annuler le code {0} ?", en: "Revoke code {0}?"),
        "ui.office.partners.revokeDetail": .init(
            fr: "Le code {0} de {1} a servi {2} fois sur {3}. Annulé, il ne permettra plus aucune vente solidaire ; les ventes déjà faites le gardent.",
            en: "Code {0} of {1} has been used {2} times out of {3}. Once revoked, it allows no further solidarity sale; the sales already made keep it."),
        "ui.office.done.partner-added": .init(fr: "Partenaire « {0} » ajouté.", en: "Partner “{0}” added."),
        "ui.office.done.referral-code-issued": .init(
            fr: "Code {0} créé. Donnez-le au partenaire (par écrit : il se tape à la caisse).",
            en: "Code {0} created. Give it to the partner (in writing: it is typed at the till)."),
        "ui.office.done.referral-code-revoked": .init(fr: "Code {0} annulé.", en: "Code {0} revoked."),

        "ui.shop.sale.referralCode": .init(fr: "Code d'orientation", en: "Referral code"),
        "ui.shop.sale.orPartner": .init(fr: "ou, sans code, le partenaire", en: "or, without a code, the partner"),
        "ui.shop.confirm.referralCode": .init(fr: "Code d'orientation :", en: "Referral code:"),
        "ui.shop.confirm.referralUse": .init(fr: "vente {0} sur {1} permises, valable jusqu'au {2}", en: "sale {0} of {1} allowed, valid until {2}"),
    ])
}
