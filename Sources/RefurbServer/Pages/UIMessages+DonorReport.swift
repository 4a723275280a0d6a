import RefurbCore

extension UIMessages {
    /// The words of the donor report (the lot's page in the office and its PDF) and of the workshop's
    /// identity that heads it.
    static let donorReport = MessageCatalog([
        "ui.report.reuse.title": .init(fr: "Attestation de réemploi", en: "Reuse certificate (attestation de réemploi)"),
        "ui.report.reuse.intro": .init(
            fr: "{0} atteste que les appareils ci-dessous, donnés par {1}, organisme public, ont eu le devenir indiqué à la date indiquée ; un appareil réemployé n'est vendu qu'en vente solidaire, à une personne orientée par un partenaire ou à une association partenaire, à un prix au plus égal au plafond légal (loi 3DS ; arrêté du 7 novembre 2022 ; décret n° 2023-266).",
            en: "{0} certifies that the devices below, given by {1}, a public body, had the outcome shown on the date shown; a reused device is sold only in a solidarity sale, to a person a partner referred or to a partner association, at a price no higher than the legal cap (loi 3DS; arrêté du 7 novembre 2022; décret n° 2023-266)."),
        "ui.report.reuse.outcome.sold": .init(fr: "Réemployé : vendu en vente solidaire", en: "Reused: sold in a solidarity sale"),
        "ui.report.reuse.outcome.soldPublic": .init(fr: "Réemployé : vendu hors vente solidaire", en: "Reused: sold outside a solidarity sale"),
        "ui.report.reuse.outcome.donated": .init(fr: "Réemployé : donné", en: "Reused: given away"),
        "ui.report.reuse.outcome.recycled": .init(fr: "Recyclé (filière agréée)", en: "Recycled (approved channel)"),
        "ui.report.reuse.outcome.kept": .init(fr: "Encore à l'atelier", en: "Still at the workshop"),
        "ui.report.reuse.col.outcome": .init(fr: "Devenir", en: "Outcome"),
        "ui.report.reuse.col.date": .init(fr: "Date", en: "Date"),
        "ui.report.reuse.noSerial": .init(fr: "{0} (sans numéro de série)", en: "{0} (no serial number)"),
        // The workshop's identity, set once by an admin
        "ui.office.nav.workshop": .init(fr: "L'atelier", en: "The workshop"),
        "ui.office.workshop.title": .init(fr: "L'atelier sur les documents", en: "The workshop on documents"),
        "ui.office.workshop.intro": .init(
            fr: "Ce nom, cette adresse et ce contact figurent en tête de chaque rapport remis aux donateurs. Ils se renseignent une fois pour toutes.",
            en: "This name, address and contact head every report handed to donors. They are set once and for all."),
        "ui.office.workshop.name": .init(fr: "Nom de l'atelier", en: "Workshop name"),
        "ui.office.workshop.address": .init(fr: "Adresse postale", en: "Postal address"),
        "ui.office.workshop.addressHelp": .init(fr: "4 lignes au plus, par exemple : 12 rue des Lilas, puis 35000 Rennes.",
                                                en: "4 lines at most, for example: 12 rue des Lilas, then 35000 Rennes."),
        "ui.office.workshop.contact": .init(fr: "Contact", en: "Contact"),
        "ui.office.workshop.contactHelp": .init(fr: "Un téléphone, une adresse électronique ou un site, sur une ligne.",
                                                en: "A telephone number, an e-mail address or a website, on one line."),
        "ui.office.workshop.save": .init(fr: "Enregistrer", en: "Save"),
        "ui.office.workshop.savedBy": .init(fr: "Enregistré le {0} par {1}.", en: "Saved on {0} by {1}."),
        "ui.office.workshop.notSet": .init(
            fr: "Pas encore renseigné : les rapports ne portent que le nom «\u{00A0}{0}\u{00A0}», sans adresse ni contact.",
            en: "Not set yet: reports carry only the name “{0}”, with no address or contact."),
        "ui.office.done.workshop-saved": .init(fr: "L'atelier «\u{00A0}{0}\u{00A0}» est enregistré : les prochains rapports porteront ces informations.",
                                               en: "The workshop “{0}” is saved: the next reports will carry these details."),

        // The lot's page
        "ui.office.lot.identityMissing": .init(
            fr: "L'adresse et le contact de l'atelier ne sont pas renseignés : le rapport ne portera que le nom «\u{00A0}{0}\u{00A0}».",
            en: "The workshop's address and contact are not set: the report will carry only the name “{0}”."),
        "ui.office.lot.identitySet": .init(fr: "Renseigner l'atelier", en: "Set the workshop's details"),
        "ui.office.lot.provisional": .init(
            fr: "Rapport provisoire : {0} appareil(s) du lot peuvent encore contenir des données du donateur ({1}). Tant qu'il en reste, le rapport porte la mention «\u{00A0}provisoire\u{00A0}».",
            en: "Provisional report: {0} device(s) of the lot may still hold the donor's data ({1}). While any remain, the report is marked “provisional”."),
        "ui.office.lot.final": .init(
            fr: "Tous les disques du lot sont effacés ou détruits : le rapport est définitif.",
            en: "Every drive of the lot is erased or destroyed: the report is final."),
        "ui.office.lot.weightOutcome": .init(fr: "Réemployé : {0} ; recyclé : {1} ; encore à l'atelier : {2}.",
                                             en: "Reused: {0}; recycled: {1}; still at the workshop: {2}."),
        "ui.office.lot.weightOutcomeTitle": .init(fr: "Devenir du poids", en: "Where the weight went"),
        "ui.office.lot.tagLink": .init(fr: "ouvrir l'appareil {0}", en: "open device {0}"),
        "ui.office.lot.reportWarningTitle": .init(fr: "Rapport provisoire — lot {0}", en: "Provisional report — lot {0}"),
        "ui.office.lot.reportWarning": .init(
            fr: "Le lot {0} n'est pas terminé : {1} appareil(s) peuvent encore contenir des données du donateur. Le rapport téléchargé maintenant portera en tête la mention «\u{00A0}RAPPORT PROVISOIRE\u{00A0}» et la liste de ces appareils. Pour remettre un rapport définitif, faites d'abord effacer ou détruire leurs disques.",
            en: "Lot {0} is not finished: {1} device(s) may still hold the donor's data. A report downloaded now will be headed “PROVISIONAL REPORT” and list these devices. To hand over a final report, have their drives erased or destroyed first."),
        "ui.office.lot.reportWarningList": .init(fr: "Appareils qui peuvent encore contenir des données", en: "Devices that may still hold data"),
        "ui.office.lot.downloadProvisional": .init(fr: "Télécharger quand même le rapport provisoire (PDF)",
                                                   en: "Download the provisional report anyway (PDF)"),
        "ui.office.lot.backToLot": .init(fr: "Revenir au lot", en: "Back to the lot"),
        "ui.office.lot.reference": .init(fr: "référence {0} · {1}", en: "reference {0} · {1}"),

        // The report (PDF)
        "ui.report.provisional.banner": .init(fr: "RAPPORT PROVISOIRE", en: "PROVISIONAL REPORT"),
        "ui.report.provisional.text": .init(
            fr: "Ce rapport est provisoire : {0} appareil(s) du lot peuvent encore contenir des données ({1}). Un rapport définitif sera remis quand tous leurs disques auront été effacés ou détruits.",
            en: "This report is provisional: {0} device(s) of the lot may still hold data ({1}). A final report will be handed over once all their drives are erased or destroyed."),
        "ui.report.footerProvisional": .init(fr: "{0} — lot {1} — rapport provisoire du {2} — page {3}",
                                             en: "{0} — lot {1} — provisional report of {2} — page {3}"),
        "ui.report.driveLine": .init(fr: "Disque {0} : {1}", en: "Drive {0}: {1}"),
        "ui.report.driveDescribed": .init(fr: "Disque {0} ({1}) : {2}", en: "Drive {0} ({1}): {2}"),
        "ui.report.drive.noSerial": .init(fr: "sans numéro de série", en: "with no serial number"),
        "ui.report.drive.methodOn": .init(fr: "{0}, le {1} à {2}", en: "{0}, on {1} at {2}"),
        "ui.report.drive.erased": .init(fr: "effacé", en: "erased"),
        "ui.report.drive.certificate": .init(fr: "Certificat n° {0} — empreinte {1}", en: "Certificate {0} — fingerprint {1}"),
        "ui.report.unit.gb": .init(fr: "{0} Go", en: "{0} GB"),
        "ui.report.unit.mb": .init(fr: "{0} Mo", en: "{0} MB"),
        "ui.report.weight.title": .init(fr: "Ce que sont devenus les {0} du lot", en: "What became of the lot's {0}"),
        "ui.report.weight.reused": .init(fr: "Réemployés (vendus, donnés ou prêts à la vente)", en: "Reused (sold, donated or ready for sale)"),
        "ui.report.weight.recycled": .init(fr: "Recyclés (filière agréée, ou démontés pour pièces)", en: "Recycled (approved channel, or taken apart for parts)"),
        "ui.report.weight.undecided": .init(fr: "Encore à l'atelier", en: "Still at the workshop"),
        "ui.report.weight.howWeighed": .init(
            fr: "Seul le lot est pesé à son arrivée ; ses appareils n'ont pas de poids propre. Son poids est donc réparti entre eux selon le poids habituel de leur catégorie ({0}), puis compté selon l'étape de chacun.",
            en: "Only the lot is weighed on arrival; its devices have no weight of their own. Its weight is therefore shared among them by the usual weight of their category ({0}), then counted by the stage of each."),
        "ui.report.weight.howEstimated": .init(
            fr: "Le lot n'a pas été pesé à son arrivée : chaque appareil compte pour le poids habituel de sa catégorie ({0}), selon son étape.",
            en: "The lot was not weighed on arrival: each device counts at the usual weight of its category ({0}), by its stage."),
        "ui.report.weight.howOutOfRange": .init(
            fr: "Le poids enregistré pour ce lot est hors limites : chaque appareil compte pour le poids habituel de sa catégorie ({0}), selon son étape.",
            en: "The weight recorded for this lot is out of range: each device counts at the usual weight of its category ({0}), by its stage."),
        "ui.report.weight.typical": .init(fr: "{0} : {1}", en: "{0}: {1}"),
        "ui.report.verify": .init(
            fr: "Chaque certificat d'effacement est signé par le poste qui a effacé le disque ; {0} en conserve l'original. Sa référence (numéro et empreinte du contenu signé) permet à quiconque la détient de le vérifier : {1}. Un disque «\u{00A0}retiré et détruit\u{00A0}» a été sorti de l'appareil et détruit physiquement ; qui l'a fait et quand est enregistré.",
            en: "Each erasure certificate is signed by the station that erased the drive; {0} keeps the original. Its reference (number and fingerprint of the signed content) lets anyone holding it check it: {1}. A drive “removed and destroyed” was taken out of the device and physically destroyed; who did it and when is recorded."),
        "ui.report.verifyAt": .init(fr: "ouvrez {0}/api/certificates/NUMÉRO/verification?fingerprint=EMPREINTE",
                                    en: "open {0}/api/certificates/NUMBER/verification?fingerprint=FINGERPRINT"),
        "ui.report.verifyAsk": .init(fr: "demandez-la à l'atelier, qui la vérifie sur son service",
                                     en: "ask the workshop, which checks it on its service"),
        "ui.report.andMore": .init(fr: "et {0} autres", en: "and {0} more"),
        "ui.report.contact": .init(fr: "Contact : {0}", en: "Contact: {0}"),
    ])
}
