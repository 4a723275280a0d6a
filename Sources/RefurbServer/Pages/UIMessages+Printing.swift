import RefurbCore

/// The words of printing on the pages: the office's printers (language, label, default, test page) and, at
/// intake, the print state of each label, the missing labels and the choice asked when there is no printer.
extension UIMessages {
    static let printing = MessageCatalog([
        // Office › Printers
        "ui.office.printers.listHelp": .init(
            fr: "Les postes impriment sur l'imprimante par défaut, avec son langage et son étiquette : rien à régler dans les navigateurs.",
            en: "The stations print on the default printer, in its language and on its label: nothing to set in the browsers."),
        "ui.office.printers.setting": .init(fr: "Adresse, modèle et étiquette", en: "Address, model and label"),
        "ui.office.printers.default": .init(fr: "Par défaut", en: "Default"),
        "ui.office.printers.testPage": .init(fr: "Page de test", en: "Test page"),
        "ui.office.printers.makeDefault": .init(fr: "Choisir par défaut", en: "Make default"),
        "ui.office.printers.makeDefaultCheck": .init(
            fr: "Imprimante par défaut : tous les postes impriment dessus", en: "Default printer: every station prints on it"),
        "ui.office.printers.edit": .init(fr: "Modifier", en: "Change"),
        "ui.office.printers.editTitle": .init(fr: "Modifier l'imprimante", en: "Change the printer"),
        "ui.office.printers.format": .init(fr: "Modèle ou langage de l'imprimante", en: "Printer model or language"),
        "ui.office.printers.formatHelp": .init(
            fr: "Une imprimante USB dit elle-même quel modèle elle est ; une imprimante réseau ou un fichier ne le peut pas : choisissez son modèle Brother QL, ou Zebra (ZPL).",
            en: "A USB printer says which model it is; a network printer or a file cannot: choose its Brother QL model, or Zebra (ZPL)."),
        "ui.office.printers.template": .init(fr: "Étiquette chargée pour les numéros d'inventaire", en: "Label loaded for the asset tags"),
        "ui.office.printers.templateHelp": .init(
            fr: "Le rouleau ou les étiquettes dans l'imprimante. La page de test l'imprime, pour vérifier.",
            en: "The roll or the labels in the printer. The test page prints on it, to check."),
        "ui.office.printers.templateAuto": .init(
            fr: "Celle qui va avec le modèle (62 × 29 mm chez Brother, 50,8 × 25,4 mm chez Zebra)",
            en: "The one that goes with the model (62 × 29 mm on a Brother, 50.8 × 25.4 mm on a Zebra)"),
        "ui.office.printers.removeDefaultDetail": .init(
            fr: "« {0} » ({1}) est l'imprimante par défaut : les postes imprimeront sur la plus ancienne des autres, s'il en reste une.",
            en: "“{0}” ({1}) is the default printer: the stations will print on the oldest of the others, if one is left."),
        "ui.office.printers.testFailed": .init(
            fr: "La page de test n'est pas sortie de « {0} » : {1}", en: "The test page did not come out of “{0}”: {1}"),
        "ui.office.done.printer-default": .init(
            fr: "« {0} » est l'imprimante par défaut : tous les postes impriment dessus.",
            en: "“{0}” is the default printer: every station prints on it."),
        "ui.office.done.printer-tested": .init(
            fr: "Page de test envoyée à « {0} ». Vérifiez qu'elle est sortie entière et lisible.",
            en: "Test page sent to “{0}”. Check that it came out whole and readable."),

        // Intake
        "ui.intake.settings.defaultPrinter": .init(fr: "L'imprimante par défaut : « {0} »", en: "The default printer: “{0}”"),
        "ui.intake.settings.printerHelp": .init(
            fr: "Son modèle et son étiquette se règlent dans Bureau › Imprimantes ({0}, {1}).",
            en: "Its model and label are set in Office › Printers ({0}, {1})."),
        "ui.intake.printing.missing": .init(fr: "Imprimer les {0} étiquettes manquantes", en: "Print the {0} missing labels"),
        "ui.intake.printing.missingOne": .init(fr: "Imprimer l'étiquette manquante", en: "Print the missing label"),
        "ui.intake.printing.printedAt": .init(fr: "Imprimée {0} · {1}", en: "Printed {0} · {1}"),
        "ui.intake.noPrinter.title": .init(fr: "Aucune imprimante d'étiquettes", en: "No label printer"),
        "ui.intake.noPrinter.explain": .init(
            fr: "Aucune imprimante n'est enregistrée : les appareils scannés n'auront pas d'étiquette. Que faire ?",
            en: "No printer is registered: the devices scanned will get no label. What now?"),
        "ui.intake.noPrinter.add": .init(fr: "Ajouter une imprimante (administrateur)", en: "Add a printer (admin)"),
        "ui.intake.noPrinter.askAdmin": .init(
            fr: "Seul un administrateur peut ajouter une imprimante : demandez-lui.", en: "Only an admin can add a printer: ask one."),
        "ui.intake.noPrinter.continue": .init(fr: "Continuer sans étiquettes pour l'instant", en: "Continue without labels for now"),
        "ui.intake.noPrinter.later": .init(
            fr: "Les étiquettes manquantes pourront être imprimées d'un coup une fois l'imprimante ajoutée.",
            en: "The missing labels can be printed in one go once the printer is added."),
        "ui.intake.js.printedAt": .init(fr: "Imprimée {0} · {1}", en: "Printed {0} · {1}"),
        "ui.intake.js.missing": .init(fr: "Imprimer les {0} étiquettes manquantes", en: "Print the {0} missing labels"),
        "ui.intake.js.missingOne": .init(fr: "Imprimer l'étiquette manquante", en: "Print the missing label"),
        "ui.intake.js.missingDone": .init(fr: "{0} étiquettes imprimées sur {1}.", en: "{0} labels printed on {1}."),
        "ui.intake.js.printerOff": .init(
            fr: "Ce poste n'imprime pas (réglages du poste) : {0} n'a pas d'étiquette.",
            en: "This station does not print (station settings): {0} has no label."),
        "ui.intake.js.noPrinterYet": .init(
            fr: "Pas d'imprimante : {0} n'a pas d'étiquette. Elle pourra être imprimée avec les autres manquantes.",
            en: "No printer: {0} has no label. It can be printed with the other missing ones."),
        "ui.intake.js.defaultPrinter": .init(fr: "l'imprimante par défaut", en: "the default printer"),
    ])
}
