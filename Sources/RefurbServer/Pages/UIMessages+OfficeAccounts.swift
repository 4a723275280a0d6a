import RefurbCore

extension UIMessages {
    /// The words of the office's account pages (one account, its roles, a new password, disabling it)
    /// and of the page that shows a new secret (a password or a token) with the command for a bench.
    static let officeAccounts = MessageCatalog([
        "ui.office.done.roles-changed": .init(fr: "Les rôles du compte « {0} » sont enregistrés.", en: "The roles of the account “{0}” are saved."),
        "ui.office.done.password-set": .init(
            fr: "Le compte « {0} » a un nouveau mot de passe : ses sessions ouvertes sont fermées.",
            en: "The account “{0}” has a new password: its open sessions are closed."),
        "ui.office.done.token-created": .init(fr: "Le jeton « {0} » est créé.", en: "The token “{0}” was created."),
        "ui.office.status.active": .init(fr: "actif", en: "active"),

        // The list
        "ui.office.users.manage": .init(fr: "Gérer", en: "Manage"),
        "ui.office.users.roleNone": .init(fr: "Cochez au moins un rôle : {0}.", en: "Tick at least one role: {0}."),
        "ui.office.users.you": .init(fr: "(vous)", en: "(you)"),

        // One account
        "ui.office.account.title": .init(fr: "Compte « {0} »", en: "Account “{0}”"),
        "ui.office.account.back": .init(fr: "Retour aux comptes", en: "Back to the accounts"),
        "ui.office.account.facts": .init(fr: "Créé le {0}. État : {1}.", en: "Created on {0}. Status: {1}."),
        "ui.office.account.rolesTitle": .init(fr: "Rôles", en: "Roles"),
        "ui.office.account.rolesLead": .init(
            fr: "Les rôles décident des postes ouverts au compte. Le changement vaut dès sa prochaine page, sans se reconnecter.",
            en: "Roles decide which stations the account may use. The change holds from its next page, without signing in again."),
        "ui.office.account.saveRoles": .init(fr: "Enregistrer les rôles", en: "Save the roles"),
        "ui.office.account.passwordTitle": .init(fr: "Mot de passe", en: "Password"),
        "ui.office.account.passwordLead": .init(
            fr: "Pour un mot de passe oublié : un nouveau est inventé et affiché pour que vous le transmettiez. Les sessions ouvertes du compte sont fermées ; ses jetons d'accès continuent de marcher.",
            en: "For a forgotten password: a new one is made up and shown for you to pass on. The account's open sessions are closed; its access tokens keep working."),
        "ui.office.account.newPassword": .init(fr: "Donner un nouveau mot de passe", en: "Give a new password"),
        "ui.office.account.accessTitle": .init(fr: "Accès", en: "Access"),
        "ui.office.account.disableLead": .init(
            fr: "Pour une personne partie, ou un compte peut-être utilisé par quelqu'un d'autre : il ne peut plus se connecter, ses sessions sont fermées et ses jetons refusés. Son nom reste dans l'historique.",
            en: "For someone who left, or an account someone else may be using: it can no longer sign in, its sessions are closed and its tokens refused. Its name stays in the history."),
        "ui.office.account.disable": .init(fr: "Désactiver le compte", en: "Disable the account"),
        "ui.office.account.enableLead": .init(
            fr: "Le compte est désactivé. Réactivé, il peut se connecter à nouveau et ses jetons non révoqués remarchent.",
            en: "The account is disabled. Enabled again, it can sign in and its tokens that were not revoked work again."),
        "ui.office.account.enable": .init(fr: "Réactiver le compte", en: "Enable the account"),
        "ui.office.account.self": .init(
            fr: "C'est votre propre compte : seul un autre administrateur peut le désactiver ou lui retirer le rôle administration.",
            en: "This is your own account: only another administrator can disable it or take the admin role away from it."),
        "ui.office.account.disableQuestion": .init(fr: "Désactiver le compte « {0} » ?", en: "Disable the account “{0}”?"),
        "ui.office.account.disableDetail": .init(
            fr: "« {0} » ne pourra plus se connecter ; ses sessions ouvertes (en ce moment : {1}) seront fermées et ses jetons d'accès refusés aussitôt.",
            en: "“{0}” will no longer be able to sign in; its open sessions (now: {1}) will be closed and its access tokens refused at once."),
        "ui.office.account.disableUndo": .init(
            fr: "Le compte pourra être réactivé plus tard depuis sa page.",
            en: "The account can be enabled again later from its page."),
        "ui.office.account.passwordQuestion": .init(fr: "Donner un nouveau mot de passe à « {0} » ?", en: "Give “{0}” a new password?"),
        "ui.office.account.passwordDetail": .init(
            fr: "L'ancien mot de passe de « {0} » ne marchera plus et ses sessions ouvertes (en ce moment : {1}) seront fermées. Le nouveau sera affiché sur la page suivante.",
            en: "The old password of “{0}” will stop working and its open sessions (now: {1}) will be closed. The new one will be shown on the next page."),

        // The page that shows a new secret
        "ui.office.secret.passwordTitle": .init(fr: "Mot de passe de « {0} »", en: "Password of “{0}”"),
        "ui.office.secret.passwordLead": .init(
            fr: "Transmettez-le à la personne : elle pourra le changer elle-même depuis « Mot de passe », en haut de chaque page.",
            en: "Pass it on to the person: they can change it themselves from “Password”, at the top of every page."),
        "ui.office.secret.password": .init(fr: "Mot de passe", en: "Password"),
        "ui.office.secret.tokenTitle": .init(fr: "Jeton « {0} »", en: "Token “{0}”"),
        "ui.office.secret.tokenLead": .init(fr: "Agit au nom du compte « {0} », poste « {1} ».", en: "Acts as the account “{0}”, station “{1}”."),
        "ui.office.secret.token": .init(fr: "Jeton", en: "Token"),
        "ui.office.secret.copy": .init(fr: "Copier", en: "Copy"),
        "ui.office.secret.copied": .init(fr: "Copié.", en: "Copied."),
        "ui.office.secret.copyFailed": .init(fr: "La copie n'a pas marché : sélectionnez le texte et copiez-le à la main.",
                                             en: "Copying did not work: select the text and copy it by hand."),
        "ui.office.secret.until": .init(
            fr: "Cette page le montre jusqu'à {0} (10 minutes), même si vous la rechargez, puis plus jamais : le service n'en garde qu'une empreinte.",
            en: "This page shows it until {0} (10 minutes), even if you reload it, then never again: the service keeps only a fingerprint of it."),
        "ui.office.secret.noted": .init(fr: "C'est noté, ne plus l'afficher", en: "Noted, stop showing it"),
        "ui.office.secret.gonePassword": .init(
            fr: "Ce mot de passe n'est plus affiché : 10 minutes sont passées, ou il a été indiqué comme noté. S'il est perdu, donnez-en un nouveau depuis la page du compte.",
            en: "This password is no longer shown: 10 minutes have passed, or it was marked as noted. If it is lost, give a new one from the account's page."),
        "ui.office.secret.goneToken": .init(
            fr: "Ce jeton n'est plus affiché : 10 minutes sont passées, ou il a été indiqué comme noté. S'il est perdu, révoquez-le et créez-en un autre.",
            en: "This token is no longer shown: 10 minutes have passed, or it was marked as noted. If it is lost, revoke it and create another one."),
        "ui.office.bench.title": .init(fr: "Sur la machine de l'établi", en: "On the bench machine"),
        "ui.office.bench.paste": .init(
            fr: "Ouvrez un terminal et collez cette commande : elle donne au programme refurb l'adresse du service et ce jeton, pour ce terminal.",
            en: "Open a terminal and paste this command: it gives the refurb program the service's address and this token, for that terminal."),
        "ui.office.bench.then": .init(
            fr: "Puis, pour chaque ordinateur, lancez le diagnostic avec l'étiquette de l'appareil à la place de R000123X :",
            en: "Then, for each computer, run the diagnostic with the device's asset tag instead of R000123X:"),
        "ui.office.bench.loopback": .init(
            fr: "Attention : l'adresse {0} ne marche que sur le serveur lui-même. Pour une machine de l'établi, ouvrez cette page avec l'adresse du serveur sur le réseau de l'atelier, ou faites configurer l'adresse publique du service.",
            en: "Careful: the address {0} only works on the server itself. For a bench machine, open this page with the server's address on the workshop network, or have the service's public address configured."),
        "ui.office.bench.command": .init(fr: "Commande à coller", en: "Command to paste"),
        "ui.office.bench.example": .init(fr: "Exemple", en: "Example"),

        // Tokens
        "ui.office.tokens.chooseAccount": .init(fr: "— Choisissez le compte —", en: "— Choose the account —"),
        "ui.office.tokens.accountHelp": .init(
            fr: "Le jeton a les droits de ce compte. Pour une machine de l'établi, un compte technicien ; jamais un compte administration sans raison.",
            en: "The token has this account's rights. For a bench machine, a technician's account; never an admin account without a reason."),
        "ui.office.tokens.accountMissing": .init(fr: "Choisissez le compte au nom duquel le jeton agira.",
                                                 en: "Choose the account the token will act as."),
        "ui.office.tokens.accountOption": .init(fr: "{0} ({1})", en: "{0} ({1})"),
    ])
}
