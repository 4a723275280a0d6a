import RefurbCore

/// What is wrong with the sealed register, each naming the line or the day where it shows.
public enum RegisterProblem: Hashable, Sendable {
    /// Line `expected` is not where it should be: removed, or the lines were renumbered.
    case lineMissing(expected: Int64, found: Int64)
    /// The line's bytes no longer give its hash: changed, or moved from elsewhere in the chain.
    case lineAltered(number: Int64, assetTag: String)
    /// A line that no seal covers: lines are only ever written with their day's seal.
    case lineUnsealed(number: Int64)
    /// A seal does not follow the previous one (its lines, or its day).
    case sealOutOfOrder(day: String)
    /// The chain no longer reaches the hash a seal pinned.
    case sealChainMismatch(day: String, lastNumber: Int64)
    /// The seal's signature does not match its content, or another key signed it.
    case sealSignatureInvalid(day: String, keyId: String)

    public var message: Message {
        switch self {
        case .lineMissing(let expected, let found): Message("register.problem.lineMissing", String(expected), String(found))
        case .lineAltered(let number, let tag): Message("register.problem.lineAltered", String(number), tag)
        case .lineUnsealed(let number): Message("register.problem.lineUnsealed", String(number))
        case .sealOutOfOrder(let day): Message("register.problem.sealOutOfOrder", day)
        case .sealChainMismatch(let day, let last): Message("register.problem.sealChainMismatch", day, String(last))
        case .sealSignatureInvalid(let day, let keyId): Message("register.problem.sealSignatureInvalid", day, keyId)
        }
    }

    public var code: String {
        switch self {
        case .lineMissing: "register-line-missing"
        case .lineAltered: "register-line-altered"
        case .lineUnsealed: "register-line-unsealed"
        case .sealOutOfOrder: "register-seal-out-of-order"
        case .sealChainMismatch: "register-seal-chain-mismatch"
        case .sealSignatureInvalid: "register-seal-signature-invalid"
        }
    }
}

/// The outcome of checking every sealed line and every seal of the register.
public struct RegisterVerification: Hashable, Sendable {
    public var linesChecked: Int64
    public var sealsChecked: Int
    public var problems: [RegisterProblem]
    /// Whether the seals' signatures were checked (they are not without the public key).
    public var signaturesChecked: Bool

    public init(linesChecked: Int64, sealsChecked: Int, problems: [RegisterProblem], signaturesChecked: Bool) {
        self.linesChecked = linesChecked
        self.sealsChecked = sealsChecked
        self.problems = problems
        self.signaturesChecked = signaturesChecked
    }

    public var isIntact: Bool { problems.isEmpty }
}

extension MessageCatalog {
    /// The register of second-hand goods: its movements, how objects came and went, and what a check finds.
    public static let register = MessageCatalog([
        "register.movement.entry": .init(fr: "entrée", en: "in"),
        "register.movement.exit": .init(fr: "sortie", en: "out"),
        "register.reason.donation": .init(fr: "don (gratuit)", en: "donation (free)"),
        "register.reason.customer-return": .init(fr: "retour client", en: "returned by the buyer"),
        "register.reason.come-back": .init(fr: "retour à l'atelier", en: "back at the workshop"),
        "register.reason.sale": .init(fr: "vente", en: "sale"),
        "register.reason.hand-back": .init(fr: "rendu à l'acheteur (garantie)", en: "handed back to the buyer (guarantee)"),
        "register.reason.recycling": .init(fr: "recyclage", en: "recycling"),
        "register.reason.gift": .init(fr: "don à une personne ou une structure", en: "given away"),
        "register.reason.intake-voided": .init(fr: "entrée annulée (erreur de scan)", en: "intake undone (wrong scan)"),
        "register.sealed": .init(fr: "scellée", en: "sealed"),
        "register.today": .init(fr: "journée en cours, non scellée", en: "today, not sealed yet"),
        "register.unsealed": .init(fr: "non scellée", en: "not sealed"),
        "register.range.malformed": .init(
            fr: "{0} : « {1} » n'est pas une date AAAA-MM-JJ (par ex. 2026-11-28).",
            en: "{0}: “{1}” is not a YYYY-MM-DD date (e.g. 2026-11-28)."),
        "register.range.order": .init(
            fr: "Le premier jour ({0}) est après le dernier ({1}) : rien à exporter. Inversez les deux dates.",
            en: "The first day ({0}) is after the last one ({1}): nothing to export. Swap the two dates."),
        "register.range.tooLong": .init(
            fr: "Du {0} au {1}, cela fait {2} jours : un export couvre au plus {3} jours. Exportez en plusieurs fois (par exemple année par année).",
            en: "From {0} to {1} is {2} days: one export covers at most {3} days. Export in several parts (year by year, say)."),
        "register.formatUnknown": .init(
            fr: "format={0} : format inconnu. Choisissez csv ou pdf.",
            en: "format={0}: unknown format. Choose csv or pdf."),
        "register.problem.lineMissing": .init(
            fr: "La ligne n° {0} du registre manque (la suivante trouvée est la n° {1}) : elle a été supprimée ou les lignes renumérotées.",
            en: "Register line {0} is missing (the next one found is line {1}): it was removed, or the lines were renumbered."),
        "register.problem.lineAltered": .init(
            fr: "La ligne n° {0} du registre ({1}) a été modifiée : son contenu ne donne plus son empreinte, ou elle a été déplacée.",
            en: "Register line {0} ({1}) was altered: its content no longer gives its hash, or it was moved."),
        "register.problem.lineUnsealed": .init(
            fr: "La ligne n° {0} du registre n'est couverte par aucun scellé : elle a été ajoutée après coup.",
            en: "Register line {0} is covered by no seal: it was added afterwards."),
        "register.problem.sealOutOfOrder": .init(
            fr: "Le scellé du {0} ne suit pas le précédent : des lignes ou des scellés ont été supprimés ou modifiés.",
            en: "The seal of {0} does not follow the previous one: lines or seals were removed or changed."),
        "register.problem.sealChainMismatch": .init(
            fr: "Le scellé du {0} fermait le registre à la ligne n° {1}, mais la chaîne n'y aboutit plus : des lignes ont été supprimées ou réécrites.",
            en: "The seal of {0} closed the register at line {1}, but the chain no longer reaches it: lines were removed or rewritten."),
        "register.problem.sealSignatureInvalid": .init(
            fr: "La signature du scellé du {0} ne correspond pas (clé {1}) : le scellé a été modifié ou signé par une autre clé.",
            en: "The signature of the seal of {0} does not match (key {1}): the seal was changed or signed by another key."),
    ])
}
