import RefurbCore

extension UIMessages {
    /// The words of the shop station, and pricing's own (the lines explaining a suggested price, the
    /// rules' fields and problems, the kinds of sale), which the shop pages show.
    static let shop = MessageCatalog.pricing.merging(MessageCatalog([
        "ui.shop.title": .init(fr: "Boutique", en: "Shop"),
        "ui.shop.scan.heading": .init(fr: "Scanner un appareil", en: "Scan a device"),
        "ui.shop.scan.label": .init(fr: "Étiquette d'inventaire ou numéro de série", en: "Asset tag or serial number"),
        "ui.shop.scan.help": .init(
            fr: "Scannez l'étiquette Refurb (R000042T) ou le numéro de série du fabricant, ou tapez-le puis Entrée.",
            en: "Scan the Refurb label (R000042T) or the maker's serial number, or type it then Enter."),
        "ui.shop.scan.submit": .init(fr: "Ouvrir", en: "Open"),
        "ui.shop.scan.next": .init(fr: "Scanner un autre appareil", en: "Scan another device"),
        "ui.shop.scan.isLot": .init(
            fr: "« {0} » est un lot, pas un appareil : scannez l'étiquette d'un appareil.",
            en: "“{0}” is a lot, not a device: scan a device's label."),

        "ui.shop.list.ready": .init(fr: "Prêts à la vente", en: "Ready for sale"),
        "ui.shop.list.toPrice": .init(fr: "Effacés, à noter et à mettre en vente", en: "Wiped, to grade and put up for sale"),
        "ui.shop.list.tag": .init(fr: "Étiquette", en: "Tag"),
        "ui.shop.list.what": .init(fr: "Appareil", en: "Device"),
        "ui.shop.list.grade": .init(fr: "Note", en: "Grade"),
        "ui.shop.list.price": .init(fr: "Prix", en: "Price"),
        "ui.shop.list.noneReady": .init(fr: "Aucun appareil prêt à la vente pour l'instant.", en: "No device is ready for sale yet."),
        "ui.shop.list.noneToPrice": .init(fr: "Aucun appareil en attente.", en: "No device waiting."),

        "ui.shop.settings.heading": .init(fr: "Réglages du poste", en: "Station settings"),
        "ui.shop.settings.help": .init(
            fr: "Ces choix sont gardés par ce navigateur, pour ce poste seulement.",
            en: "These choices are kept by this browser, for this station only."),
        "ui.shop.settings.printer": .init(fr: "Imprimante des étiquettes de prix", en: "Price label printer"),
        "ui.shop.settings.noPrinter": .init(fr: "Aucune (aperçu seulement)", en: "None (preview only)"),
        "ui.shop.settings.format": .init(fr: "Langage de l'imprimante", en: "Printer language"),
        "ui.shop.settings.formatHelp": .init(
            fr: "Une imprimante USB le dit d'elle-même ; une imprimante réseau ou un fichier a besoin qu'on le choisisse.",
            en: "A USB printer tells by itself; a network printer or a file needs it chosen."),
        "ui.shop.settings.formatAuto": .init(fr: "Automatique (imprimante USB)", en: "Automatic (USB printer)"),
        "ui.shop.settings.formatZPL": .init(fr: "Zebra (ZPL)", en: "Zebra (ZPL)"),
        "ui.shop.settings.template": .init(fr: "Modèle d'étiquette de prix", en: "Price label template"),
        "ui.shop.settings.noPrinters": .init(
            fr: "Aucune imprimante n'est déclarée : un administrateur peut en ajouter dans le bureau.",
            en: "No printer is set up: an administrator can add one in the office."),

        "ui.shop.device.title": .init(fr: "Boutique — {0}", en: "Shop — {0}"),
        "ui.shop.device.heading": .init(fr: "Appareil", en: "Device"),
        "ui.shop.device.tag": .init(fr: "Étiquette", en: "Asset tag"),
        "ui.shop.device.what": .init(fr: "Appareil", en: "Device"),
        "ui.shop.device.name": .init(fr: "Nom affiché, marque, modèle…", en: "Display name, maker, model…"),
        "ui.shop.device.serial": .init(fr: "N° de série", en: "Serial number"),
        "ui.shop.device.lot": .init(fr: "Lot", en: "Lot"),
        "ui.shop.device.stage": .init(fr: "Étape", en: "Stage"),
        "ui.shop.device.grade": .init(fr: "Note", en: "Grade"),
        "ui.shop.device.notGraded": .init(fr: "pas encore notée", en: "not graded yet"),
        "ui.shop.device.price": .init(fr: "Prix affiché", en: "Labelled price"),
        "ui.shop.device.notPriced": .init(fr: "pas encore de prix", en: "no price yet"),

        "ui.shop.specs.heading": .init(fr: "Ce qu'il contient", en: "What is inside"),
        "ui.shop.specs.report": .init(fr: "Rapport matériel", en: "Hardware report"),
        "ui.shop.specs.noReport": .init(
            fr: "pas encore reçu (lancez « refurb probe » à l'établi)",
            en: "not received yet (run “refurb probe” at the bench)"),
        "ui.shop.specs.unknown": .init(fr: "non indiqué", en: "not reported"),
        "ui.shop.specs.cpu": .init(fr: "Processeur", en: "Processor"),
        "ui.shop.specs.cores": .init(fr: "{0} cœurs", en: "{0} cores"),
        "ui.shop.specs.threads": .init(fr: "{0} fils d'exécution", en: "{0} threads"),
        "ui.shop.specs.memory": .init(fr: "Mémoire", en: "Memory"),
        "ui.shop.specs.gib": .init(fr: "{0} Gio", en: "{0} GiB"),
        "ui.shop.specs.drive": .init(fr: "Disque principal", en: "Main drive"),
        "ui.shop.specs.driveValue": .init(fr: "{0}, {1} Go", en: "{0}, {1} GB"),
        "ui.shop.specs.kind.nvme": .init(fr: "SSD NVMe", en: "NVMe SSD"),
        "ui.shop.specs.kind.ssd": .init(fr: "SSD", en: "SSD"),
        "ui.shop.specs.kind.emmc": .init(fr: "mémoire eMMC", en: "eMMC storage"),
        "ui.shop.specs.kind.hdd": .init(fr: "disque dur mécanique", en: "hard disk drive"),
        "ui.shop.specs.kind.unknown": .init(fr: "type inconnu", en: "unknown type"),
        "ui.shop.specs.noDrive": .init(fr: "aucun", en: "none"),
        "ui.shop.specs.battery": .init(fr: "Batterie", en: "Battery"),
        "ui.shop.specs.batteryValue": .init(fr: "{0} % de sa capacité d'origine", en: "{0}% of its original capacity"),
        "ui.shop.specs.noBattery": .init(fr: "aucune détectée", en: "none found"),

        "ui.shop.suggestion.heading": .init(fr: "Prix suggéré", en: "Suggested price"),
        "ui.shop.suggestion.price": .init(fr: "Prix public suggéré :", en: "Suggested public price:"),
        "ui.shop.suggestion.solidarity": .init(fr: "prix solidaire :", en: "solidarity price:"),
        "ui.shop.suggestion.how": .init(fr: "Comment ce prix est calculé", en: "How this price is reached"),
        "ui.shop.suggestion.note": .init(fr: "Prix suggéré :", en: "Suggested price:"),
        "ui.shop.suggestion.gapAbove": .init(
            fr: "Écart important : le prix affiché ({0}) est {1} % au-dessus du prix suggéré ({2}). Vérifiez la note et le prix.",
            en: "Large gap: the labelled price ({0}) is {1}% above the suggested price ({2}). Check the grade and the price."),
        "ui.shop.suggestion.gapBelow": .init(
            fr: "Écart important : le prix affiché ({0}) est {1} % au-dessous du prix suggéré ({2}). Vérifiez la note et le prix.",
            en: "Large gap: the labelled price ({0}) is {1}% below the suggested price ({2}). Check the grade and the price."),

        "ui.shop.price.heading": .init(fr: "Note et prix", en: "Grade and price"),
        "ui.shop.price.grade": .init(fr: "Note de l'état", en: "Condition grade"),
        "ui.shop.price.label": .init(fr: "Prix de vente public", en: "Public sale price"),
        "ui.shop.price.help": .init(
            fr: "En euros, par exemple 120 ou 89,90. Le prix solidaire en est déduit.",
            en: "In euros, for example 120 or 89.90. The solidarity price follows from it."),
        "ui.shop.price.save": .init(fr: "Enregistrer la note et ce prix", en: "Save the grade and this price"),
        "ui.shop.price.useSuggested": .init(fr: "Enregistrer au prix suggéré", en: "Save at the suggested price"),
        "ui.shop.price.locked": .init(
            fr: "Cet appareil a quitté l'atelier : sa note et son prix ne changent plus.",
            en: "This device has left the workshop: its grade and price no longer change."),
        "ui.shop.price.gradeMissing": .init(fr: "Choisissez une note : A, B ou C.", en: "Choose a grade: A, B or C."),
        "ui.shop.ready.help": .init(
            fr: "Noté, prix fixé et disques effacés : l'appareil peut passer en vente.",
            en: "Graded, priced and its drives erased: the device can go on sale."),
        "ui.shop.ready.submit": .init(fr: "Mettre en vente", en: "Put up for sale"),
        "ui.shop.publicDonor": .init(
            fr: "Don d'un organisme public : prix plafonné à {0:cents} TTC ({1}) ; vente solidaire uniquement, à une personne orientée par un partenaire ou à une association partenaire.",
            en: "Given by a public body: price capped at {0:cents} all taxes included ({1}); solidarity sale only, to a person a partner referred or to a partner association."),
        "ui.shop.publicDonorNoCap": .init(
            fr: "Don d'un organisme public : vente solidaire uniquement, à une personne orientée par un partenaire ou à une association partenaire (loi 3DS).",
            en: "Given by a public body: solidarity sale only, to a person a partner referred or to a partner association (loi 3DS)."),
        "ui.shop.done.priced": .init(fr: "Note et prix enregistrés.", en: "Grade and price saved."),
        "ui.shop.done.ready": .init(fr: "L'appareil est prêt à la vente.", en: "The device is ready for sale."),
        "ui.shop.done.sold": .init(fr: "Vente enregistrée.", en: "Sale recorded."),
        "ui.shop.next.price": .init(
            fr: "Étape suivante : choisir la note et le prix, plus bas.",
            en: "Next step: choose the grade and the price, below."),
        "ui.shop.changed.heading": .init(
            fr: "Cet appareil a changé depuis que la page a été ouverte :",
            en: "This device changed since the page was opened:"),
        "ui.shop.changed.line": .init(fr: "{0} — {1}, le {2}", en: "{0} — {1}, on {2}"),
        "ui.shop.changed.after": .init(
            fr: "La page montre maintenant l'appareil tel qu'il est : vérifiez avant de continuer.",
            en: "The page now shows the device as it is: check before going on."),
        "ui.shop.changed.notRecorded": .init(
            fr: "Votre dernière action n'a pas été enregistrée : refaites-la si elle est toujours voulue.",
            en: "Your last action was not recorded: do it again if it is still wanted."),

        "ui.shop.label.heading": .init(fr: "Étiquette de prix", en: "Price label"),
        "ui.shop.label.previewAlt": .init(fr: "Aperçu de l'étiquette de prix", en: "Preview of the price label"),
        "ui.shop.label.printer": .init(fr: "Imprimante :", en: "Printer:"),
        "ui.shop.label.noPrinter": .init(fr: "aucune choisie", en: "none chosen"),
        "ui.shop.label.change": .init(fr: "changer dans les réglages du poste", en: "change in the station settings"),
        "ui.shop.label.print": .init(fr: "Imprimer l'étiquette", en: "Print the label"),
        "ui.shop.label.needsScript": .init(
            fr: "L'impression des étiquettes a besoin de JavaScript.",
            en: "Printing labels needs JavaScript."),
        "ui.shop.label.noTemplate": .init(
            fr: "Aucun modèle d'étiquette de prix n'est installé (dossier Labels/).",
            en: "No price label template is installed (Labels/ folder)."),

        "ui.shop.sale.heading": .init(fr: "Vente", en: "Sale"),
        "ui.shop.sale.kind": .init(fr: "Prix de vente", en: "Sale price"),
        "ui.shop.sale.public": .init(fr: "Prix public", en: "Public price"),
        "ui.shop.sale.solidarity": .init(fr: "Prix solidaire", en: "Solidarity price"),
        "ui.shop.sale.partner": .init(fr: "Qui oriente la personne", en: "Who referred the buyer"),
        "ui.shop.sale.partnerRequired": .init(fr: "obligatoire pour le prix solidaire", en: "required for the solidarity price"),
        "ui.shop.sale.partnerHelp": .init(
            fr: "Le code que le partenaire a donné (comme 7K3Q-9FMB), ou le nom de l'organisme (CCAS, association…), jamais celui de la personne.",
            en: "The code the partner gave (like 7K3Q-9FMB), or the organisation's name (social services, a charity…), never the person's."),
        "ui.shop.sale.sellPublic": .init(fr: "Vendre au prix public…", en: "Sell at the public price…"),
        "ui.shop.sale.sellSolidarity": .init(fr: "Vendre au prix solidaire…", en: "Sell at the solidarity price…"),
        "ui.shop.sale.charged": .init(fr: "Prix à payer", en: "Price to pay"),
        "ui.shop.sale.rounding": .init(
            fr: "{0} moins {1} % font {2}, arrondi au multiple de {3} le plus proche : {4}.",
            en: "{0} less {1}% is {2}, rounded to the nearest multiple of {3}: {4}."),
        "ui.shop.sale.roundingNone": .init(fr: "{0} moins {1} % font {2}.", en: "{0} less {1}% is {2}."),
        "ui.shop.sale.roundingCapped": .init(
            fr: "{0} moins {1} % font {2} ; arrondi, il ne dépasse pas le prix public : {3}.",
            en: "{0} less {1}% is {2}; rounded, it stays at most the public price: {3}."),
        "ui.shop.sale.cannotSell": .init(
            fr: "Votre compte ne peut pas enregistrer de vente : demandez à une personne de la boutique.",
            en: "Your account cannot record a sale: ask someone from the shop."),
        "ui.shop.sale.sold": .init(fr: "Vendu le {0} à {1}, au {2}.", en: "Sold on {0} at {1}, at the {2}."),
        "ui.shop.sale.staleForm": .init(
            fr: "Ce formulaire de vente est périmé : vérifiez la vente sur la page rechargée, puis confirmez-la à nouveau.",
            en: "This sale form is out of date: check the sale on the reloaded page, then confirm it again."),
        "ui.shop.sale.notReady": .init(
            fr: "Pas encore en vente : l'appareil est à l'étape « {0} ». Il doit être « prêt à la vente ».",
            en: "Not on sale yet: the device is “{0}”. It must be “ready”."),
        "ui.shop.confirm.heading": .init(fr: "Confirmer la vente", en: "Confirm the sale"),
        "ui.shop.confirm.question": .init(
            fr: "Vendre {0} ({1}) pour {2}, au {3} ?",
            en: "Sell {0} ({1}) for {2}, at the {3}?"),
        "ui.shop.confirm.partner": .init(fr: "Orienté par :", en: "Referred by:"),
        "ui.shop.confirm.submit": .init(fr: "Confirmer la vente", en: "Confirm the sale"),
        "ui.shop.confirm.payment": .init(fr: "Payé en", en: "Paid by"),
        "ui.shop.confirm.paymentUnspecified": .init(fr: "— non précisé —", en: "— not recorded —"),
        "ui.shop.confirm.paymentCash": .init(fr: "espèces", en: "cash"),
        "ui.shop.confirm.paymentCard": .init(fr: "carte bancaire", en: "card"),
        "ui.shop.confirm.paymentCheque": .init(fr: "chèque", en: "cheque"),
        "ui.shop.confirm.paymentTransfer": .init(fr: "virement", en: "bank transfer"),

        "ui.shop.receipt.title": .init(fr: "Reçu de vente", en: "Sales receipt"),
        "ui.shop.receipt.open": .init(fr: "Voir le reçu", en: "See the receipt"),
        "ui.shop.receipt.heading": .init(fr: "Appareil reconditionné", en: "Refurbished device"),
        "ui.shop.receipt.number": .init(fr: "Reçu n°", en: "Receipt no."),
        "ui.shop.receipt.date": .init(fr: "du", en: "of"),
        "ui.shop.receipt.device": .init(fr: "Appareil", en: "Device"),
        "ui.shop.receipt.kind": .init(fr: "Tarif", en: "Rate"),
        "ui.shop.receipt.publicPrice": .init(fr: "Prix public", en: "Public price"),
        "ui.shop.receipt.partner": .init(fr: "Orienté par", en: "Referred by"),
        "ui.shop.receipt.paid": .init(fr: "Montant payé", en: "Amount paid"),
        "ui.shop.receipt.erasureHeading": .init(fr: "Effacement des données", en: "Data erasure"),
        "ui.shop.receipt.erasureText": .init(
            fr: "Avant la vente, les données de chaque disque ont été effacées et vérifiées, ou le disque a été retiré et détruit. Les certificats d'effacement sont conservés par l'atelier.",
            en: "Before the sale, each drive's data was erased and checked, or the drive was removed and destroyed. The workshop keeps the erasure certificates."),
        "ui.shop.receipt.drive": .init(fr: "Disque", en: "Drive"),
        "ui.shop.receipt.outcome": .init(fr: "Traitement", en: "Treatment"),
        "ui.shop.receipt.certificate": .init(fr: "Certificat", en: "Certificate"),
        "ui.shop.receipt.erased": .init(fr: "effacé et vérifié", en: "erased and checked"),
        "ui.shop.receipt.destroyed": .init(fr: "retiré et détruit", en: "removed and destroyed"),
        "ui.shop.receipt.noDrive": .init(fr: "aucun disque", en: "no drive"),
        "ui.shop.receipt.noDriveConfirmed": .init(fr: "l'appareil ne contient aucun disque", en: "the device holds no drive"),
        "ui.shop.receipt.thanks": .init(
            fr: "Merci d'avoir choisi un appareil reconditionné : il évite un déchet et la fabrication d'un appareil neuf.",
            en: "Thank you for choosing a refurbished device: it avoids waste and the making of a new one."),
        "ui.shop.receipt.print": .init(fr: "Imprimer le reçu", en: "Print the receipt"),
        "ui.shop.receipt.back": .init(fr: "Retour à l'appareil", en: "Back to the device"),
        "ui.shop.receipt.next": .init(fr: "Appareil suivant", en: "Next device"),
        "ui.shop.receipt.notSold": .init(
            fr: "Pas de reçu : l'appareil {0} n'est pas vendu (étape « {1} »).",
            en: "No receipt: device {0} is not sold (stage “{1}”)."),

        "ui.shop.pricing.link": .init(fr: "Règles de prix", en: "Pricing rules"),
        "ui.shop.pricing.title": .init(fr: "Règles de prix de la boutique", en: "Shop pricing rules"),
        "ui.shop.pricing.intro": .init(
            fr: "Le prix suggéré part du prix de base de la catégorie, ajoute ou retire un montant pour le processeur, la mémoire, le disque et la batterie, applique la part gardée selon la note, puis arrondit. Les montants sont en euros ; un montant négatif (−20) baisse le prix.",
            en: "The suggested price starts from the category's base price, adds or takes off an amount for the processor, memory, drive and battery, applies the share kept for the grade, then rounds. Amounts are in euros; a negative amount (−20) lowers the price."),
        "ui.shop.pricing.notCertifiedTill": .init(
            fr: "Refurb n'est pas une caisse certifiée (NF525 ou LNE) : un atelier assujetti à la TVA doit enregistrer ses ventes dans une caisse certifiée. Le journal des ventes de Refurb est chaîné et signé, mais il n'est pas certifié.",
            en: "Refurb is not a certified till (NF525 or LNE): a workshop liable for VAT must record its sales in a certified till. Refurb's sales journal is chained and signed, but it is not certified."),
        "ui.shop.pricing.shipped": .init(fr: "Règles d'origine de Refurb (jamais modifiées ici).", en: "Refurb's original rules (never changed here)."),
        "ui.shop.pricing.savedBy": .init(fr: "Modifiées le {0} par {1}.", en: "Changed on {0} by {1}."),
        "ui.shop.pricing.saved": .init(fr: "Règles de prix enregistrées.", en: "Pricing rules saved."),
        "ui.shop.pricing.bases": .init(fr: "Prix de base par catégorie", en: "Base price per category"),
        "ui.shop.pricing.basesHint": .init(
            fr: "Le prix d'un appareil moyen de la catégorie en bon état, avant ajustements.",
            en: "The price of an average device of the category in good condition, before adjustments."),
        "ui.shop.pricing.cpu": .init(fr: "Processeur", en: "Processor"),
        "ui.shop.pricing.cpuHint": .init(
            fr: "La classe du processeur vient du nombre de fils d'exécution qu'il mène de front : sous le seuil milieu de gamme, il est d'entrée de gamme ; à partir du seuil haut de gamme, il est haut de gamme. Un nom contenant un des mots ci-dessous le classe d'entrée de gamme quoi qu'il en soit.",
            en: "The processor's class comes from how many threads it runs at once: below the mid-range threshold it is entry-level; from the high-end threshold, high-end. A name holding one of the words below makes it entry-level whatever its count."),
        "ui.shop.pricing.wordsHint": .init(fr: "Séparés par des virgules.", en: "Separated by commas."),
        "ui.shop.pricing.midThreads": .init(fr: "Milieu de gamme à partir de (fils)", en: "Mid-range from (threads)"),
        "ui.shop.pricing.highThreads": .init(fr: "Haut de gamme à partir de (fils)", en: "High-end from (threads)"),
        "ui.shop.pricing.storage": .init(fr: "Disque et batterie", en: "Drive and battery"),
        "ui.shop.pricing.scaleHint.ramGiB": .init(
            fr: "À partir de chaque quantité de mémoire (en Gio), le montant indiqué s'applique, jusqu'au palier suivant.",
            en: "From each amount of memory (in GiB), the amount given applies, up to the next step."),
        "ui.shop.pricing.scaleHint.storageGB": .init(
            fr: "Selon la taille du disque principal en Go (256, 500, 1000…). Lignes vides ignorées.",
            en: "By the size of the main drive in GB (256, 500, 1000…). Empty rows are left out."),
        "ui.shop.pricing.scaleHint.batteryPercent": .init(
            fr: "Selon la santé de la batterie, en % de sa capacité d'origine.",
            en: "By the battery's health, in % of its original capacity."),
        "ui.shop.pricing.from.ramGiB": .init(fr: "À partir de (Gio)", en: "From (GiB)"),
        "ui.shop.pricing.from.storageGB": .init(fr: "À partir de (Go)", en: "From (GB)"),
        "ui.shop.pricing.from.batteryPercent": .init(fr: "À partir de (%)", en: "From (%)"),
        "ui.shop.pricing.amount": .init(fr: "Montant (€)", en: "Amount (€)"),
        "ui.shop.pricing.grades": .init(fr: "Notes", en: "Grades"),
        "ui.shop.pricing.gradesHint": .init(
            fr: "La part du prix que garde chaque note : 100 ne change rien, 90 retire 10 %.",
            en: "The share of the price each grade keeps: 100 changes nothing, 90 takes off 10%."),
        "ui.shop.pricing.final": .init(fr: "Arrondi, plancher et prix solidaire", en: "Rounding, minimum and solidarity price"),
        "ui.shop.pricing.roundingHint": .init(
            fr: "Le prix suggéré est arrondi au multiple le plus proche : 5 pour un prix rond à 5 € près.",
            en: "The suggestion is rounded to the nearest multiple: 5 for a price to the nearest €5."),
        "ui.shop.pricing.solidarityHint": .init(
            fr: "La réduction accordée aux personnes orientées par un partenaire, en % du prix public.",
            en: "The reduction for people a partner refers, in % of the public price."),
        "ui.shop.pricing.save": .init(fr: "Enregistrer les règles", en: "Save the rules"),
        "ui.shop.pricing.reset": .init(fr: "Revenir aux règles d'origine", en: "Go back to the original rules"),
        "ui.shop.pricing.back": .init(fr: "Retour à la boutique", en: "Back to the shop"),
        "ui.shop.pricing.notAnAmount": .init(
            fr: "« {0} » n'est pas un montant lisible (par exemple −20 ou 15,50).",
            en: "“{0}” is not a readable amount (for example −20 or 15.50)."),
        "ui.shop.pricing.notANumber": .init(fr: "« {0} » n'est pas un nombre entier.", en: "“{0}” is not a whole number."),
        "ui.shop.pricing.tierIncomplete": .init(
            fr: "chaque palier a besoin d'un seuil et d'un montant.",
            en: "each step needs a threshold and an amount."),

        "ui.shop.js.printing": .init(fr: "Impression en cours…", en: "Printing…"),
        "ui.shop.js.printed": .init(fr: "Étiquette envoyée à l'imprimante {0}.", en: "Label sent to printer {0}."),
        "ui.shop.js.noPrinter": .init(
            fr: "Choisissez d'abord une imprimante dans les réglages du poste (page Boutique).",
            en: "First choose a printer in the station settings (Shop page)."),
        "ui.shop.js.printFailed": .init(fr: "Impression impossible : {0}", en: "Could not print: {0}"),
        "ui.shop.js.saved": .init(fr: "Réglage enregistré pour ce poste.", en: "Setting saved for this station."),
        "ui.shop.js.suggestionFor": .init(fr: "Prix suggéré recalculé pour la note {0}.", en: "Suggested price worked out again for grade {0}."),
        "ui.shop.js.failed": .init(fr: "Le serveur ne répond pas : réessayez.", en: "The server does not answer: try again."),
    ]))
}
