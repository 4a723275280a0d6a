import RefurbCore
import RefurbStore

extension UIMessages {
    /// The register of second-hand goods: the office's page and its PDF, with the register's own words
    /// (`MessageCatalog.register`: movements, kinds of movement, checks).
    static let registerPages = MessageCatalog.register.merging(MessageCatalog([
        "ui.office.nav.register": .init(fr: "Registre des objets", en: "Second-hand register"),
        "ui.register.title": .init(fr: "Registre des objets mobiliers", en: "Register of second-hand goods"),
        "ui.register.heading": .init(fr: "Jours à afficher", en: "Days to show"),
        "ui.register.intro": .init(
            fr: "Chaque appareil qui entre (don reçu, retour d'un client) ou qui sort (vente, recyclage, don) de l'atelier, dans l'ordre, avec son numéro de série, sa provenance et son paiement (art. 321-7 du Code pénal). Chaque journée passée est scellée : ses lignes ne peuvent plus changer, même si l'appareil est corrigé ensuite.",
            en: "Every device that comes into the workshop (a donation, a buyer's return) or leaves it (sale, recycling, gift), in order, with its serial number, where it came from and how it was paid (art. 321-7 of the French Code pénal). Each past day is sealed: its lines can no longer change, even if the device is corrected afterwards."),
        "ui.register.from": .init(fr: "Du", en: "From"),
        "ui.register.to": .init(fr: "Au (inclus)", en: "To (included)"),
        "ui.register.rangeHelp": .init(fr: "Jours de l'atelier, un an au plus par export.", en: "Workshop days, one year at most per export."),
        "ui.register.show": .init(fr: "Afficher", en: "Show"),
        "ui.register.linesHeading": .init(fr: "Lignes du registre", en: "Register lines"),
        "ui.register.count": .init(fr: "{0} ligne(s), {1} journée(s) scellée(s).", en: "{0} line(s), {1} sealed day(s)."),
        "ui.register.truncated": .init(
            fr: "Seules les {0} dernières lignes sont affichées ici ; les fichiers CSV et PDF les contiennent toutes.",
            en: "Only the last {0} lines are shown here; the CSV and PDF files hold them all."),
        "ui.register.none": .init(fr: "Aucun mouvement sur ces jours.", en: "No movement on these days."),
        "ui.register.downloadCsv": .init(fr: "Télécharger en CSV", en: "Download as CSV"),
        "ui.register.downloadPdf": .init(fr: "Télécharger en PDF", en: "Download as PDF"),
        "ui.register.sealedDay": .init(fr: "scellée : lignes {0} à {1}, empreinte {2}…, clé {3}",
                                       en: "sealed: lines {0} to {1}, hash {2}…, key {3}"),
        "ui.register.col.number": .init(fr: "N°", en: "No."),
        "ui.register.col.time": .init(fr: "Heure", en: "Time"),
        "ui.register.col.movement": .init(fr: "Mouvement", en: "Movement"),
        "ui.register.col.reason": .init(fr: "Nature", en: "Kind"),
        "ui.register.col.tag": .init(fr: "Inventaire", en: "Asset tag"),
        "ui.register.col.object": .init(fr: "Objet", en: "Object"),
        "ui.register.col.serial": .init(fr: "N° de série", en: "Serial no."),
        "ui.register.col.provenance": .init(fr: "Provenance (donateur, lot)", en: "Provenance (donor, lot)"),
        "ui.register.col.payment": .init(fr: "Paiement", en: "Payment"),
        "ui.register.col.amount": .init(fr: "Montant", en: "Amount"),
        "ui.register.pdf.title": .init(fr: "Registre des objets mobiliers (art. 321-7 du Code pénal)",
                                       en: "Register of second-hand goods (art. 321-7 of the French Code pénal)"),
        "ui.register.pdf.range": .init(fr: "Du {0} au {1} — édité le {2} — {3} ligne(s)",
                                       en: "From {0} to {1} — printed on {2} — {3} line(s)"),
        "ui.register.pdf.explain": .init(
            fr: "Chaque journée passée est scellée : ses lignes sont numérotées sans trou, chaînées par empreinte SHA-256, et le scellé est signé (Ed25519) avec la clé du journal des ventes. La commande « refurb register verify » vérifie qu'aucune ligne n'a été modifiée, supprimée ou déplacée.",
            en: "Each past day is sealed: its lines are numbered with no gap, chained by SHA-256 hash, and the seal is signed (Ed25519) with the sales journal's key. The command “refurb register verify” checks that no line was changed, removed or moved."),
        "ui.register.pdf.todayDay": .init(fr: "{0} — journée en cours, non scellée", en: "{0} — today, not sealed yet"),
        "ui.register.pdf.unsealedDay": .init(fr: "{0} — non scellée", en: "{0} — not sealed"),
        "ui.register.pdf.continued": .init(fr: "(suite)", en: "(continued)"),
        "ui.register.pdf.footer": .init(fr: "{0} — registre des objets mobiliers du {1} au {2} — page {3}",
                                        en: "{0} — register of second-hand goods from {1} to {2} — page {3}"),
    ]))
}
