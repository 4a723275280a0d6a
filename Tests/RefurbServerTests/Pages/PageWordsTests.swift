import RefurbCore
@testable import RefurbServer
import Testing

/// The templates read the `ui.*` words as nested names (`ui.intake.title` is `{{t.intake.title}}`), so a
/// key that is both a word and a group would silently hide one of them.
@Suite("Words of the pages")
struct PageWordsTests {
    @Test("no ui key is both a word and a group of words")
    func noCollisions() {
        let keys = UIMessages.catalog.entries.keys.filter { $0.hasPrefix("ui.") }
        let groups = Set(keys.flatMap { key -> [String] in
            let parts = key.split(separator: ".")
            return (1..<parts.count).map { parts.prefix($0).joined(separator: ".") }
        })
        let clashes = keys.filter { groups.contains($0) }.sorted()
        #expect(clashes.isEmpty, "both a word and a group: \(clashes)")
    }

    @Test("every ui word is written in French and in English")
    func bothLanguages() {
        let missing = UIMessages.catalog.entries.filter { key, entry in
            key.hasPrefix("ui.") && (entry.fr.isEmpty || entry.en.isEmpty)
        }.map(\.key).sorted()
        #expect(missing.isEmpty, "\(missing)")
    }
}
