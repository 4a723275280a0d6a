import RefurbCore

extension UIMessages {
    /// The test checklist at the bench and its editor in the office.
    static let checklistPages = MessageCatalog([
        "ui.bench.tests.title": .init(fr: "Tests de fonctionnement", en: "Function tests"),
        "ui.bench.tests.intro": .init(
            fr: "Liste « {0} », version {1} : {2} tests, dont {3} obligatoires. Un test obligatoire en panne empêche la mise en vente.",
            en: "Checklist “{0}”, version {1}: {2} tests, {3} of them mandatory. A mandatory test that fails keeps the device from the shop."),
        "ui.bench.tests.keys": .init(
            fr: "Au clavier : sur un test, 1 fonctionne, 2 en panne, 3 sans objet, et l'on passe au suivant ; Tab va à la note.",
            en: "By keyboard: on a test, 1 works, 2 fails, 3 not applicable, and on to the next; Tab goes to the note."),
        "ui.bench.tests.mandatory": .init(fr: "obligatoire", en: "mandatory"),
        "ui.bench.tests.suggested": .init(fr: "d'après le rapport, à confirmer", en: "from the report, to confirm"),
        "ui.bench.tests.note": .init(fr: "Note", en: "Note"),
        "ui.bench.tests.submit": .init(fr: "Enregistrer les tests", en: "Save the tests"),
        "ui.bench.tests.print": .init(fr: "Imprimer la fiche de tests (PDF)", en: "Print the test record (PDF)"),
        "ui.bench.tests.complete": .init(
            fr: "Tous les tests sont faits et aucun test obligatoire n'est en panne.",
            en: "Every test is done and no mandatory test failed."),
        "ui.bench.tests.olderVersion": .init(
            fr: "Ces tests ont été passés avec la version {0} de la liste ; la version {1} est en vigueur : en enregistrant, vous passez à la version {1}.",
            en: "These tests were done with version {0} of the checklist; version {1} is current: saving moves to version {1}."),
        "ui.bench.tests.answeredBy": .init(fr: "Par {0}, le {1}", en: "By {0}, on {1}"),
        "ui.bench.tests.confirmedBy": .init(fr: "Confirmé d'après le rapport par {0}, le {1}", en: "Confirmed from the report by {0}, on {1}"),
        "ui.bench.done.tests": .init(fr: "Tests enregistrés.", en: "Tests saved."),
        "ui.bench.checklist.tests": .init(fr: "Tests de fonctionnement", en: "Function tests"),
        "ui.bench.checklist.testsDone": .init(fr: "{0} tests sur {1}, liste version {2}", en: "{0} of {1} tests, checklist version {2}"),
        "ui.bench.next.tests": .init(
            fr: "Passez les tests de fonctionnement de l'appareil : chaque test répondu, aucun test obligatoire en panne.",
            en: "Go through the device's function tests: every test answered, no mandatory test failed."),
        "ui.bench.next.testsButton": .init(fr: "Aller aux tests", en: "Go to the tests"),

        "ui.office.nav.checklists": .init(fr: "Listes de tests", en: "Test checklists"),
        "ui.office.checklists.title": .init(fr: "Listes de tests", en: "Test checklists"),
        "ui.office.checklists.intro": .init(
            fr: "Les tests que chaque appareil d'une catégorie passe au banc avant la vente (Décret 2022-190 : tests de toutes ses fonctions). Enregistrer crée une nouvelle version ; les appareils déjà testés gardent la leur.",
            en: "The tests every device of a category goes through at the bench before the sale (Décret 2022-190: tests of all its functions). Saving makes a new version; devices already tested keep theirs."),
        "ui.office.checklists.heading": .init(fr: "Liste « {0} »", en: "Checklist “{0}”"),
        "ui.office.checklists.categories": .init(fr: "Catégories", en: "Categories"),
        "ui.office.checklists.tab": .init(fr: "{0} (v{1})", en: "{0} (v{1})"),
        "ui.office.checklists.version": .init(fr: "Version {0}, enregistrée le {1} par {2}.", en: "Version {0}, saved on {1} by {2}."),
        "ui.office.checklists.tableCaption": .init(
            fr: "Cochez les tests de la liste et ceux qui sont obligatoires.",
            en: "Tick the tests in the checklist and those that are mandatory."),
        "ui.office.checklists.test": .init(fr: "Test", en: "Test"),
        "ui.office.checklists.included": .init(fr: "Dans la liste", en: "In the checklist"),
        "ui.office.checklists.mandatory": .init(fr: "Obligatoire", en: "Mandatory"),
        "ui.office.checklists.ownTest": .init(fr: "Test de l'atelier", en: "Workshop's test"),
        "ui.office.checklists.newTest": .init(fr: "Nouveau test (facultatif)", en: "New test (optional)"),
        "ui.office.checklists.threshold": .init(fr: "Seuil de santé de la batterie (%)", en: "Battery health threshold (%)"),
        "ui.office.checklists.thresholdHelp": .init(
            fr: "Une batterie qui garde moins que cette part de sa capacité d'origine échoue à son test.",
            en: "A battery holding less than this share of its original capacity fails its test."),
        "ui.office.checklists.save": .init(fr: "Enregistrer une nouvelle version", en: "Save a new version"),
        "ui.office.checklists.subject": .init(fr: "{0}, version {1}", en: "{0}, version {1}"),
        "ui.office.done.checklist-saved": .init(fr: "Liste de tests enregistrée : {0}.", en: "Test checklist saved: {0}."),
    ])
}
