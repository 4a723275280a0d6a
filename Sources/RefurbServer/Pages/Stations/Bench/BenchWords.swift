import Diagnostics
import RefurbCore
import RefurbStore

/// The bench's sentences in the reader's language: the page catalog (`ui.bench.*`, stages, rules,
/// grades), the store's refusals, and the probe's own words for SMART reasons.
struct BenchWords: Sendable {
    let language: Language

    static let catalog = UIMessages.catalog.merging(.store).merging(.diagnostics)

    func callAsFunction(_ key: String, _ arguments: String...) -> String {
        Self.catalog.text(for: Message(key: key, arguments: arguments), in: language)
    }

    func text(_ message: Message) -> String {
        Self.catalog.text(for: message, in: language)
    }
}
