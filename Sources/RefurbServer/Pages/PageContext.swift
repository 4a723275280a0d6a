import Foundation
import RefurbCore
import RefurbStore

/// What every page template gets: the words in the reader's language (`t`), who is signed in, the
/// navigation their roles allow, and the CSRF token for forms and scripts.
enum PageContext {
    struct NavigationItem {
        let path: String
        let key: String
        let permission: Permission
    }

    static let stations: [NavigationItem] = [
        NavigationItem(path: "/intake", key: "ui.nav.intake", permission: .intake),
        NavigationItem(path: "/bench", key: "ui.nav.bench", permission: .submitDiagnostics),
        NavigationItem(path: "/shop", key: "ui.nav.shop", permission: .sell),
        NavigationItem(path: "/office", key: "ui.nav.office", permission: .read),
    ]

    static func base(_ context: RefurbRequestContext, page: String, title: String) -> [String: Any] {
        let language = context.language
        var values: [String: Any] = [
            "lang": language.rawValue,
            "otherLang": language == .fr ? "en" : "fr",
            "t": words(in: language),
            "title": title,
            "page": page,
        ]
        if let credential = context.credential {
            values["user"] = [
                "username": credential.account.username,
                "roles": credential.account.roles.sorted().map { $0.label.text(in: language, catalog: UIMessages.catalog) }.joined(separator: ", "),
                "station": credential.station,
            ]
            if case .session(let csrf, _) = credential.kind { values["csrf"] = csrf }
            values["nav"] = stations.filter { credential.account.can($0.permission) }.map { item -> [String: Any] in
                ["path": item.path, "label": Message(item.key).text(in: language, catalog: UIMessages.catalog),
                 "current": item.path == "/" + page]
            }
        }
        return values
    }

    /// Where a person lands after signing in: the station of their first role.
    static func landing(for account: Account) -> String {
        if account.roles.contains(.intake) { return "/intake" }
        if account.roles.contains(.technician) { return "/bench" }
        if account.roles.contains(.shop) { return "/shop" }
        return "/office"
    }

    /// Every `ui.*` word as nested dictionaries: `ui.intake.title` is `t.intake.title`.
    static func words(in language: Language) -> [String: Any] {
        let cache = language == .fr ? frenchWords : englishWords
        return cache
    }

    // Built once and only read afterwards; `Any` (what Mustache renders) is what makes them non-Sendable.
    nonisolated(unsafe) private static let frenchWords = build(.fr)
    nonisolated(unsafe) private static let englishWords = build(.en)

    private static func build(_ language: Language) -> [String: Any] {
        var root: [String: Any] = [:]
        for (key, entry) in UIMessages.catalog.entries where key.hasPrefix("ui.") {
            insert(entry.text(in: language), at: key.split(separator: ".").dropFirst().map(String.init), into: &root)
        }
        return root
    }

    private static func insert(_ value: String, at path: [String], into dictionary: inout [String: Any]) {
        guard let first = path.first else { return }
        if path.count == 1 {
            dictionary[first] = value
        } else {
            var child = dictionary[first] as? [String: Any] ?? [:]
            insert(value, at: Array(path.dropFirst()), into: &child)
            dictionary[first] = child
        }
    }
}
