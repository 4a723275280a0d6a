import Testing
@testable import RefurbCore

/// Décret 2022-190: « reconditionné » never beside « comme neuf », « état neuf », « à neuf », however they
/// are written; « reconditionné en France » only for a workshop in France.
@Suite("Wording guard")
struct SaleWordingTests {
    @Test("the forbidden phrases are caught through accents, case, hyphens and non-breaking spaces", arguments: [
        ("Portable reconditionné comme neuf", "comme neuf"),
        ("RECONDITIONNÉ — COMME NEUF", "comme neuf"),
        ("Reconditionnee, comme-neuve", "comme neuf"),
        ("reconditionné\u{00A0}comme\u{00A0}neuf", "comme neuf"),
        ("reconditionné comme\u{202F}neufs", "comme neuf"),
        ("Tablette reconditionnée en état neuf", "état neuf"),
        ("Reconditionné, Etat-Neuf garanti", "état neuf"),
        ("reconditionnés à l'état neuf", "état neuf"),
        ("Écran reconditionné, remis à neuf", "à neuf"),
        ("reconditionne\u{0301} A\u{0300} NEUF", "à neuf"),
        ("reconditionné remis a‑neuf", "à neuf"),
    ])
    func forbidden(text: String, phrase: String) {
        #expect(SaleWording.violations(in: text, workshopInFrance: true) == [.forbiddenPhrase(phrase)])
    }

    @Test("allowed: the phrases without « reconditionné », and « reconditionné » without them", arguments: [
        "Comme neuf",
        "Portable reconditionné, très bon état",
        "Reconditionné — batterie neuve",
        "Atelier de reconditionnement, état neuf",
        "reconditionné, neuf ports USB",
        "",
    ])
    func allowed(text: String) {
        #expect(SaleWording.violations(in: text, workshopInFrance: false).isEmpty)
    }

    @Test("« reconditionné en France » only when the workshop is in France")
    func madeInFrance() {
        #expect(SaleWording.violations(in: "Reconditionné en France", workshopInFrance: true).isEmpty)
        #expect(SaleWording.violations(in: "Reconditionné\u{00A0}en\u{00A0}FRANCE", workshopInFrance: false) == [.madeInFranceUnproven])
        #expect(SaleWording.violations(in: "Reconditionnée en France comme neuve", workshopInFrance: false)
                == [.forbiddenPhrase("comme neuf"), .madeInFranceUnproven])
        #expect(WorkshopIdentity(name: "Atelier", addressLines: ["12 rue Jean Jaurès", "35000 Rennes", "FRANCE"]).isInFrance)
        #expect(WorkshopIdentity(name: "Atelier", addressLines: ["12 rue Jean Jaurès", "35000 Rennes, France"]).isInFrance)
        #expect(!WorkshopIdentity(name: "Atelier", addressLines: ["12 rue de France", "35000 Rennes"]).isInFrance)
        #expect(!WorkshopIdentity(name: "Atelier", addressLines: ["Rue Haute 1", "1000 Bruxelles", "Belgique"]).isInFrance)
        #expect(!WorkshopIdentity(name: "Atelier").isInFrance)
    }

    @Test("the refusal names the text, the phrase and the rule, in both languages")
    func refusal() {
        #expect(throws: SaleWordingRefusal(field: .displayName, violations: [.forbiddenPhrase("comme neuf")])) {
            try SaleWording.check("PC reconditionné comme neuf", field: .displayName, workshopInFrance: true)
        }
        let refusal = SaleWordingRefusal(field: .listingTitle, violations: [.forbiddenPhrase("à neuf"), .madeInFranceUnproven])
        let french = refusal.message(in: .fr)
        #expect(french.contains("Le titre de l'annonce dit « reconditionné » avec « à neuf »"))
        #expect(french.contains("Décret 2022-190, art. R122-4"))
        #expect(french.contains("reconditionné en France"))
        #expect(refusal.message(in: .en).contains("The listing title says « reconditionné » with « à neuf »"))
        #expect(!french.contains("wording."))
    }

    @Test("grade A is not called « comme neuf »: beside « reconditionné » it would be refused")
    func gradeWords() {
        for grade in Grade.allCases {
            let words = grade.label.text(in: .fr)
            #expect(SaleWording.violations(in: "Appareil reconditionné, note \(words)", workshopInFrance: true).isEmpty, "\(words)")
        }
    }
}
