import ArgumentParser
import Foundation
import RefurbCommandLine
import RefurbCore
import RefurbServer
import RefurbStore

/// `refurb register`: the register of second-hand goods (export, verify).
struct RegisterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "register",
        abstract: CLIMessages.help("help.register.abstract"),
        discussion: CLIMessages.help("help.register.discussion"),
        subcommands: [RegisterExportCommand.self, RegisterVerifyCommand.self]
    )

    static func text(_ key: String, _ arguments: String..., in language: Language) -> String {
        catalog.text(for: Message(key: key, arguments: arguments), in: language)
    }

    static let catalog = JournalDatabase.catalog.merging(.register).merging(MessageCatalog([
        "register.export.written": .init(fr: "{0} ligne(s) du registre exportée(s) dans {1}.", en: "{0} register line(s) exported to {1}."),
        "register.export.pdfNeedsOutput": .init(fr: "--format pdf : donnez le fichier à écrire avec --output FICHIER.",
                                                en: "--format pdf: give the file to write with --output FILE."),
        "register.sealed.days": .init(fr: "Registre des objets : {0} journée(s) scellée(s), jusqu'au {1}.",
                                      en: "Register of second-hand goods: {0} day(s) sealed, up to {1}."),
        "register.verify.intact": .init(fr: "Registre intact : {0} lignes et {1} scellés vérifiés.",
                                        en: "Register intact: {0} lines and {1} seals checked."),
        "register.verify.signatures": .init(fr: "Signatures des scellés vérifiées avec la clé {0} ({1}).",
                                            en: "Seal signatures checked with key {0} ({1})."),
        "register.verify.noKey": .init(
            fr: "Signatures des scellés NON vérifiées : aucune clé publique près de la base. Donnez --public-key FICHIER.",
            en: "Seal signatures NOT checked: no public key beside the database. Give --public-key FILE."),
        "register.verify.problems": .init(fr: "Registre ALTÉRÉ : {0} problème(s) trouvé(s).", en: "Register ALTERED: {0} problem(s) found."),
    ]))

    /// Seals every past day not sealed yet, with the journal's key (made on first use); says so unless quiet.
    static func seal(_ database: AppDatabase, options: GlobalOptions, quiet: Bool) throws {
        let language = options.language
        let (signer, created, folder) = try JournalDatabase.signer(forDatabase: options.databasePath, language: language)
        if created, !quiet { print(JournalDatabase.text("journal.key.created", folder, signer.publicKey.keyId, in: language)) }
        let seals = try options.perform {
            try database.sealRegister(today: RegisterSealing.limit(), timeZone: WorkshopClock.timeZone, signer: signer, actor: options.who, at: Date())
        }
        if let last = seals.last, !quiet { print(text("register.sealed.days", String(seals.count), last.day, in: language)) }
    }
}
