import RefurbCore

extension MessageCatalog {
    /// The sales journal's words: kinds of entries, payment methods, and what a check can find.
    public static let journal = MessageCatalog([
        "journal.kind.sale": .init(fr: "vente", en: "sale"),
        "journal.kind.refund": .init(fr: "remboursement", en: "refund"),
        "journal.kind.cancellation": .init(fr: "annulation", en: "cancellation"),
        "journal.payment.cash": .init(fr: "espèces", en: "cash"),
        "journal.payment.card": .init(fr: "carte bancaire", en: "card"),
        "journal.payment.cheque": .init(fr: "chèque", en: "cheque"),
        "journal.payment.transfer": .init(fr: "virement", en: "bank transfer"),
        "journal.payment.unspecified": .init(fr: "non précisé", en: "not recorded"),
        "journal.problem.entryMissing": .init(
            fr: "L'écriture n° {0} manque (la suivante trouvée est la n° {1}) : elle a été supprimée ou les écritures renumérotées.",
            en: "Entry {0} is missing (the next one found is entry {1}): it was removed, or the entries were renumbered."),
        "journal.problem.entryAltered": .init(
            fr: "L'écriture n° {0} ({1}) a été modifiée : son contenu ne donne plus son empreinte, ou elle a été déplacée.",
            en: "Entry {0} ({1}) was altered: its content no longer gives its hash, or it was moved."),
        "journal.problem.closureOutOfOrder": .init(
            fr: "La clôture n° {0} ne suit pas la précédente : des clôtures ont été supprimées ou modifiées.",
            en: "Closure {0} does not follow the previous one: closures were removed or changed."),
        "journal.problem.closureChainMismatch": .init(
            fr: "La clôture n° {0} scellait les écritures jusqu'à la n° {1}, mais la chaîne n'y aboutit plus : des écritures ont été supprimées ou réécrites.",
            en: "Closure {0} sealed the entries up to entry {1}, but the chain no longer reaches it: entries were removed or rewritten."),
        "journal.problem.closureTotalsMismatch": .init(
            fr: "Les écritures couvertes par la clôture n° {0} ne donnent plus ses totaux.",
            en: "The entries covered by closure {0} no longer add up to its totals."),
        "journal.problem.closureSignatureInvalid": .init(
            fr: "La signature de la clôture n° {0} ne correspond pas (clé {1}) : la clôture a été modifiée ou signée par une autre clé.",
            en: "The signature of closure {0} does not match (key {1}): the closure was changed or signed by another key."),
    ])
}
