import Foundation
import RefurbCore

/// The intake station's sentences in the reader's language, and the words its script needs, as JSON.
struct IntakeWords: Sendable {
    let language: Language

    func callAsFunction(_ key: String, _ arguments: String...) -> String {
        UIMessages.catalog.text(for: Message(key: key, arguments: arguments), in: language)
    }

    func text(_ message: Message) -> String {
        UIMessages.catalog.text(for: message, in: language)
    }

    /// Page words the script also writes (the device panel's, the settings' confirmation).
    private static let fieldWords = [
        "tag": "ui.intake.scans.tag", "serial": "ui.intake.scans.serial", "category": "ui.intake.scans.category",
        "lot": "ui.intake.device.lot", "model": "ui.intake.device.model", "stage": "ui.intake.device.stage",
        "previewAlt": "ui.intake.device.preview", "saved": "ui.intake.settings.saved",
    ]

    /// `ui.intake.js.*` (keyed without that prefix), category and stage names, for `intake.js`. Ready to
    /// sit in a `<script type="application/json">`: `<` is escaped so that no text can close the element.
    func scriptJSON() -> String {
        var words: [String: String] = [:]
        let prefix = "ui.intake.js."
        for (key, entry) in UIMessages.catalog.entries {
            if key.hasPrefix(prefix) {
                words[String(key.dropFirst(prefix.count))] = entry.text(in: language)
            } else if key.hasPrefix("category.") || key.hasPrefix("stage.") {
                words[key] = entry.text(in: language)
            }
        }
        for (name, key) in Self.fieldWords { words["field." + name] = callAsFunction(key) }
        guard let data = try? JSONSerialization.data(withJSONObject: words, options: [.sortedKeys]) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
            .replacingOccurrences(of: "<", with: "\\u003c")
            .replacingOccurrences(of: "\u{2028}", with: "\\u2028")
            .replacingOccurrences(of: "\u{2029}", with: "\\u2029")
    }
}
