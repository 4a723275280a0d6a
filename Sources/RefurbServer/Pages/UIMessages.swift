import RefurbCore

/// The words of the pages. Each station keeps its own catalog (UIMessages+Intake.swift, …) so that
/// they grow apart; templates read them as `{{t.intake.title}}` for the key `ui.intake.title`.
enum UIMessages {
    static let catalog = MessageCatalog.core.merging(ServerMessages.catalog).merging(common)
        .merging(intake).merging(bench).merging(shop).merging(office).merging(corrections)
        .merging(officeAccounts).merging(donorReport).merging(printing).merging(salesPages)
        .merging(checklistPages).merging(registerPages).merging(partnerPages)

    static let common = MessageCatalog([
        "ui.app.name": .init(fr: "Refurb", en: "Refurb"),
        "ui.app.tagline": .init(fr: "Atelier de reconditionnement", en: "Refurbishing workshop"),
        "ui.nav.intake": .init(fr: "Accueil des dons", en: "Intake"),
        "ui.nav.bench": .init(fr: "Établi", en: "Bench"),
        "ui.nav.shop": .init(fr: "Boutique", en: "Shop"),
        "ui.nav.office": .init(fr: "Bureau", en: "Office"),
        "ui.nav.logout": .init(fr: "Se déconnecter", en: "Sign out"),
        "ui.nav.language": .init(fr: "English", en: "Français"),
        "ui.nav.skip": .init(fr: "Aller au contenu", en: "Skip to content"),
        "ui.nav.signedInAs": .init(fr: "Connecté·e :", en: "Signed in:"),
        "ui.login.title": .init(fr: "Connexion", en: "Sign in"),
        "ui.login.username": .init(fr: "Nom d'utilisateur", en: "Username"),
        "ui.login.password": .init(fr: "Mot de passe", en: "Password"),
        "ui.login.station": .init(fr: "Poste (facultatif)", en: "Station (optional)"),
        "ui.login.submit": .init(fr: "Se connecter", en: "Sign in"),
        "ui.nav.password": .init(fr: "Mot de passe", en: "Password"),
        "ui.password.title": .init(fr: "Changer mon mot de passe", en: "Change my password"),
        "ui.password.current": .init(fr: "Mot de passe actuel", en: "Current password"),
        "ui.password.new": .init(fr: "Nouveau mot de passe", en: "New password"),
        "ui.password.confirm": .init(fr: "Nouveau mot de passe, encore une fois", en: "New password, once more"),
        "ui.password.help": .init(
            fr: "Au moins 10 caractères. Vos autres sessions (sur d'autres postes) seront fermées ; celle-ci reste ouverte.",
            en: "At least 10 characters. Your other sessions (on other stations) will be closed; this one stays open."),
        "ui.password.submit": .init(fr: "Changer le mot de passe", en: "Change the password"),
        "ui.password.mismatch": .init(
            fr: "Les deux nouveaux mots de passe ne sont pas identiques. Rien n'a été changé.",
            en: "The two new passwords differ. Nothing was changed."),
        "ui.password.changed": .init(
            fr: "Mot de passe changé. Sessions fermées sur d'autres postes : {0}.",
            en: "Password changed. Sessions closed on other stations: {0}."),
        "ui.error.title": .init(fr: "Impossible d'afficher la page", en: "This page cannot be shown"),
        "ui.error.back": .init(fr: "Revenir à l'accueil", en: "Back to the start"),
        "ui.common.scan": .init(fr: "Scanner ou taper un code", en: "Scan or type a code"),
        "ui.common.save": .init(fr: "Enregistrer", en: "Save"),
        "ui.common.cancel": .init(fr: "Annuler", en: "Cancel"),
        "ui.common.print": .init(fr: "Imprimer", en: "Print"),
        "ui.common.none": .init(fr: "—", en: "—"),
    ])
}
