/// The languages Refurb speaks. French comes first: the workshops are in France.
public enum Language: String, Codable, CaseIterable, Sendable {
    case fr
    case en

    public static let fallback: Language = .fr

    /// Picks a language from a POSIX locale or an Accept-Language style tag ("en_GB.UTF-8", "en-US", "fr").
    /// Anything unknown falls back to French.
    public init(localeIdentifier: String?) {
        guard let identifier = localeIdentifier?.lowercased(), identifier.count >= 2 else {
            self = .fallback
            return
        }
        self = Language(rawValue: String(identifier.prefix(2))) ?? .fallback
    }

    /// The environment variables that say a language, in the order they count: Refurb's own, then the system's.
    public static let environmentVariables = ["REFURB_LANG", "LC_ALL", "LANG"]

    /// The language a person asked for with an option (`explicit`), else the one the environment says, else French.
    public init(explicit: String?, environment: [String: String]) {
        self.init(localeIdentifier: explicit ?? Self.environmentVariables.lazy.compactMap { environment[$0] }.first)
    }
}
