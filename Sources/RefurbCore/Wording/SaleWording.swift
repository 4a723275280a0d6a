/// The wording guard (Décret 2022-190, art. R122-4 ff. of the Code de la consommation): a text offered to a
/// buyer (a listing title, a label, a receipt line) that calls a device « reconditionné » may not also say
/// « comme neuf », « état neuf » or « à neuf »; and « reconditionné en France » only when every operation on
/// it was done in France. Every place where the workshop saves such a text calls `check`.
///
/// « à neuf » is read as the two words « a neuf » once accents are gone, so « il a neuf ports » beside
/// « reconditionné » is refused too: the workshop rewrites « neuf » as « 9 », a small price for never
/// letting « remis à neuf » through.
public enum SaleWording {
    /// The phrases, in their canonical spelling (what a refusal names) and as folded words, with the
    /// feminine and plural forms.
    static let forbidden: [(phrase: String, words: [[String]])] = [
        ("comme neuf", forms("comme")),
        ("état neuf", forms("etat")),
        ("à neuf", forms("a")),
    ]

    private static func forms(_ first: String) -> [[String]] {
        ["neuf", "neuve", "neufs", "neuves"].map { [first, $0] }
    }

    /// The words that call a device reconditionné (the adjective, any gender and number).
    static let reconditioned: Set<String> = ["reconditionne", "reconditionnee", "reconditionnes", "reconditionnees"]

    /// What is wrong with `text`, or an empty list. `workshopInFrance`: every recorded operation happened
    /// in France (`WorkshopIdentity.isInFrance`, as there are no sites yet).
    public static func violations(in text: String, workshopInFrance: Bool) -> [SaleWordingViolation] {
        let folded = FoldedWords(text)
        guard folded.words.contains(where: reconditioned.contains) else { return [] }
        var found: [SaleWordingViolation] = []
        for (phrase, forms) in forbidden where forms.contains(where: { folded.firstIndex(of: $0) != nil }) {
            found.append(.forbiddenPhrase(phrase))
        }
        if !workshopInFrance {
            let claimsFrance = folded.words.indices.contains { index in
                reconditioned.contains(folded.words[index]) && folded.firstIndex(of: ["en", "france"], from: index + 1) == index + 1
            }
            if claimsFrance { found.append(.madeInFranceUnproven) }
        }
        return found
    }

    /// Refuses `text` when it breaks the rule; `field` says which text it is, for the refusal.
    public static func check(_ text: String, field: SaleTextField, workshopInFrance: Bool) throws(SaleWordingRefusal) {
        let found = violations(in: text, workshopInFrance: workshopInFrance)
        guard found.isEmpty else { throw SaleWordingRefusal(field: field, violations: found) }
    }
}

/// Which text the workshop was saving, as a refusal names it.
public enum SaleTextField: String, Hashable, Sendable {
    case listingTitle = "listing-title"
    case displayName = "display-name"
    case label
    case receiptLine = "receipt-line"
    /// The workshop's name and contact, at the head of every receipt.
    case workshopName = "workshop-name"
}

public enum SaleWordingViolation: Hashable, Sendable {
    /// « comme neuf », « état neuf » or « à neuf » next to « reconditionné ».
    case forbiddenPhrase(String)
    /// « reconditionné en France » while the workshop's address does not say France.
    case madeInFranceUnproven
}

/// A text refused by the wording guard, with every rule it breaks; the message names the rule.
public struct SaleWordingRefusal: Error, Hashable, Sendable {
    public let field: SaleTextField
    public let violations: [SaleWordingViolation]

    public init(field: SaleTextField, violations: [SaleWordingViolation]) {
        self.field = field
        self.violations = violations
    }

    /// A stable code for the API's problem and for scripts.
    public static let code = "wording-refused"

    public var messages: [Message] {
        violations.map { violation in
            switch violation {
            case .forbiddenPhrase(let phrase): Message("wording.forbidden", "wording.field.\(field.rawValue)", phrase)
            case .madeInFranceUnproven: Message("wording.madeInFrance", "wording.field.\(field.rawValue)")
            }
        }
    }

    public func message(in language: Language, catalog: MessageCatalog = .core) -> String {
        messages.map { message in
            // The field's words are a message of their own.
            var arguments = message.arguments
            arguments[0] = Message(arguments[0]).text(in: language, catalog: .core)
            return Message(key: message.key, arguments: arguments).text(in: language, catalog: .core)
        }.joined(separator: "\n")
    }
}
