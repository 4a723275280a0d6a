import Testing
@testable import RefurbClient

@Suite struct ClientMessagesTests {
    private func placeholders(_ text: String) -> Set<String> {
        var found: Set<String> = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            found.insert(String(rest[open...close]))
            rest = rest[rest.index(after: close)...]
        }
        return found
    }

    @Test func everyMessageExistsInFrenchAndEnglishWithTheSamePlaceholders() {
        #expect(!ClientMessages.entries.isEmpty)
        for (key, entry) in ClientMessages.entries {
            #expect(!entry.fr.isEmpty, "\(key) has no French")
            #expect(!entry.en.isEmpty, "\(key) has no English")
            #expect(entry.fr != entry.en, "\(key) is not translated")
            #expect(placeholders(entry.fr) == placeholders(entry.en), "\(key) placeholders differ")
        }
    }

    @Test func frenchIsTheDefaultAndEnglishIsChosenFromLocaleNames() {
        #expect(ClientMessages.languageCode("fr") == "fr")
        #expect(ClientMessages.languageCode("fr_FR.UTF-8") == "fr")
        #expect(ClientMessages.languageCode("en") == "en")
        #expect(ClientMessages.languageCode("en_GB.UTF-8") == "en")
        #expect(ClientMessages.languageCode("EN-us") == "en")
        #expect(ClientMessages.languageCode("de") == "fr")
        #expect(ClientMessages.languageCode("") == "fr")
    }

    @Test func theSpoolSentenceReadsAsWrittenInBothLanguages() {
        let french = ClientMessages.text("submit.spooled", language: "fr", "connexion refusée", "/var/spool/refurb")
        #expect(french == "Service injoignable (connexion refusée) : le résultat attend dans la file d'envoi (/var/spool/refurb). Lancez « refurb sync » une fois le réseau revenu.")
        let english = ClientMessages.text("submit.spooled", language: "en", "connection refused", "/var/spool/refurb")
        #expect(english == "Service unreachable (connection refused): the result waits in the spool (/var/spool/refurb). Run `refurb sync` once the network is back.")
    }

    @Test func argumentsAreFilledOnceAndUnknownKeysStillSaySomething() {
        #expect(ClientMessages.fill("{1} puis {0}", with: ["a", "b"]) == "b puis a")
        #expect(ClientMessages.fill("{0} et {1}", with: ["{1}", "x"]) == "{1} et x")
        #expect(ClientMessages.fill("{0} {9} {", with: ["a"]) == "a {9} {")
        #expect(ClientMessages.text("no.such.key", language: "en", "a", "b") == "no.such.key a b")
    }
}
