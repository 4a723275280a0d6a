import Testing
@testable import RefurbCore

@Suite("Message catalog")
struct CoreMessagesTests {
    @Test("every stage, grade and category has a French and an English name")
    func everyLabelIsTranslated() {
        let keys = Stage.allCases.map(\.label.key) + Grade.allCases.map(\.label.key)
            + DeviceCategory.allCases.map { "category.\($0.rawValue)" }
        for key in keys {
            let entry = MessageCatalog.core.entries[key]
            #expect(entry != nil, "missing \(key)")
            #expect(entry?.fr.isEmpty == false && entry?.en.isEmpty == false)
        }
    }

    @Test("every placeholder in one language is in the other")
    func placeholdersMatch() {
        for (key, entry) in MessageCatalog.core.entries {
            for index in 0..<4 {
                #expect(entry.fr.contains("{\(index)}") == entry.en.contains("{\(index)}"), "\(key) {\(index)}")
            }
        }
    }

    @Test func fillsArguments() {
        let text = Message("rule.storageNotErased", "WD1, WD2").text(in: .en)
        #expect(text.hasPrefix("These drives have no passing erasure certificate: WD1, WD2."))
        #expect(Language(localeIdentifier: "en_GB.UTF-8") == .en)
        #expect(Language(localeIdentifier: "C.UTF-8") == .fr)
        #expect(Language(localeIdentifier: nil) == .fr)
    }

    @Test func anOptionBeatsRefurbsVariableWhichBeatsTheSystemsLanguage() {
        let system = ["LC_ALL": "en_US.UTF-8", "LANG": "fr_FR.UTF-8"]
        #expect(Language(explicit: nil, environment: system) == .en)
        #expect(Language(explicit: nil, environment: system.merging(["REFURB_LANG": "fr"]) { $1 }) == .fr)
        #expect(Language(explicit: "en", environment: ["REFURB_LANG": "fr"]) == .en)
        #expect(Language(explicit: nil, environment: ["LANG": "en_GB.UTF-8"]) == .en)
        #expect(Language(explicit: nil, environment: [:]) == .fr)
    }
}
