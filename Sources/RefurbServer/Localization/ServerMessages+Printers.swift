import RefurbCore

/// What the service says about printers and labels: the languages and labels a printer is set up with, as a
/// person reads them, and the refusals of a print that has no printer to go to.
extension ServerMessages {
    static let printers = MessageCatalog([
        "api.printer.format.auto": .init(fr: "L'imprimante le dit elle-même (USB)", en: "The printer says it itself (USB)"),
        "api.printer.format.zpl": .init(fr: "Zebra (ZPL)", en: "Zebra (ZPL)"),
        "api.printer.format.notPrinter": .init(
            fr: "« {0} » n'est pas le langage d'une imprimante d'étiquettes : choisissez un modèle Brother QL ou Zebra (ZPL).",
            en: "“{0}” is not a label printer's language: choose a Brother QL model or Zebra (ZPL)."),
        "api.printer.template.unknown": .init(
            fr: "Aucune étiquette d'inventaire « {0} » parmi les modèles d'étiquettes.",
            en: "No asset-tag label “{0}” among the label templates."),
        "api.printer.template.misfit": .init(
            fr: "L'étiquette « {0} » ne s'imprime pas sur une imprimante {1} : choisissez une étiquette faite pour elle.",
            en: "The label “{0}” cannot be printed on a {1} printer: choose a label made for it."),
        "api.printer.none": .init(
            fr: "Aucune imprimante d'étiquettes n'est enregistrée : un administrateur l'ajoute dans Bureau › Imprimantes.",
            en: "No label printer is registered: an admin adds one in Office › Printers."),
        "api.printer.formatNeeded": .init(
            fr: "L'imprimante « {0} » ne peut pas dire quel modèle elle est : un administrateur le choisit dans Bureau › Imprimantes (Brother QL-… ou Zebra).",
            en: "The printer “{0}” cannot say which model it is: an admin chooses it in Office › Printers (Brother QL-… or Zebra)."),
        "api.printer.label.tag": .init(fr: "Étiquette {0} × {1} mm ({2})", en: "Label {0} × {1} mm ({2})"),
        "api.printer.label.tagEndless": .init(
            fr: "Ruban continu {0} mm, coupé à {1} mm ({2})", en: "Continuous tape {0} mm, cut at {1} mm ({2})"),
        "api.printer.label.price": .init(fr: "Étiquette de prix {0} × {1} mm ({2})", en: "Price label {0} × {1} mm ({2})"),
        "api.printer.label.priceEndless": .init(
            fr: "Étiquette de prix, ruban continu {0} mm, coupé à {1} mm ({2})",
            en: "Price label, continuous tape {0} mm, cut at {1} mm ({2})"),
        "api.printer.label.or": .init(fr: " ou ", en: " or "),
        "api.printer.label.unknown": .init(fr: "Étiquette introuvable", en: "Label not found"),
        "api.printer.testPage.tag": .init(fr: "ESSAI", en: "TEST"),
        "api.label.lot.donor": .init(fr: "Lot · {0}", en: "Lot · {0}"),
        // Said in a page: the command line's wording names its option (--templates).
        "api.label.noTemplates": .init(
            fr: "Le service ne trouve pas ses modèles d'étiquettes (le dossier Labels) : prévenez la personne qui l'a installé.",
            en: "The service cannot find its label templates (the Labels folder): tell the person who installed it."),
        "api.label.lot.noTemplate": .init(
            fr: "Aucune étiquette de lot ne va sur le rouleau de l'imprimante {0} ({1}) : chargez le rouleau des étiquettes d'inventaire, ou choisissez une autre imprimante dans Bureau › Imprimantes.",
            en: "No lot label fits the roll of printer {0} ({1}): load the asset tags' roll, or choose another printer in Office › Printers."),
        "api.label.lot.date": .init(fr: "reçu le {0}", en: "received {0}"),
        "api.label.lot.dateDeclared": .init(fr: "reçu le {0} · {1} appareils annoncés", en: "received {0} · {1} devices declared"),
    ])
}
