import ArgumentParser
import Erasure
import Foundation
import RefurbCommandLine
import RefurbCore
import RefurbServer
import RefurbStore

/// Where the journal commands find the database and the journal's key, and their words.
enum JournalDatabase {
    /// `--database URL` read by `DatabaseLocation`: only SQLite files for now (`sqlite:///var/lib/refurb/refurb.sqlite`,
    /// `sqlite:data/refurb.sqlite`, or the same with `file:`). The journal on PostgreSQL comes with its adapter.
    static func path(fromURL url: String, language: Language) throws -> String {
        let location: DatabaseLocation
        do {
            location = try DatabaseLocation(parsing: url)
        } catch let error as StoreError {
            throw CommandFailure(badInput: error.message(in: language))
        }
        switch location {
        case .sqlite(let path): return path
        case .postgres: throw CommandFailure(badInput: text("journal.database.postgres", url, in: language))
        }
    }

    /// The database to read: `--database URL` or `--db PATH` (not both), which must exist already.
    static func open(url: String?, options: GlobalOptions) throws -> (AppDatabase, String) {
        if url != nil, options.db != nil {
            throw CommandFailure(badInput: text("journal.database.both", in: options.language))
        }
        let path = try url.map { try Self.path(fromURL: $0, language: options.language) } ?? options.databasePath
        guard FileManager.default.fileExists(atPath: path) else {
            throw CommandFailure(badInput: text("journal.database.missing", path, in: options.language))
        }
        do {
            return (try AppDatabase.open(path: path), path)
        } catch let error as StoreError {
            throw CommandFailure(badInput: error.message(in: options.language))
        } catch {
            throw CommandFailure(badInput: CLIMessages.text("cli.databaseUnusable", path, "\(error)", in: options.language))
        }
    }

    /// The journal's signing key, kept beside the database (`AppDatabase.journalKeyDirectory`), created
    /// on the first closure. Returns whether it was just created.
    static func signer(forDatabase path: String, language: Language) throws -> (JournalSigner, created: Bool, folder: String) {
        do {
            return try JournalKey.signer(forDatabase: path)
        } catch {
            throw CommandFailure(badInput: text("journal.key.unusable", error.folder, in: language))
        }
    }

    /// The public key that checks the closures: `--public-key FILE`, else the one beside the database.
    static func publicKey(explicit: String?, forDatabase path: String, language: Language) throws -> (JournalPublicKey, String)? {
        let file = explicit ?? AppDatabase.journalKeyDirectory(forDatabaseAt: path) + "/" + StationKeyPair.publicKeyFileName
        guard explicit != nil || FileManager.default.fileExists(atPath: file) else { return nil }
        guard let key = try? StationKeyPair.loadPublicKey(path: file),
              let journalKey = JournalPublicKey(raw: key.rawRepresentation) else {
            throw CommandFailure(badInput: text("journal.key.publicUnreadable", file, in: language))
        }
        return (journalKey, file)
    }

    /// A day as `YYYY-MM-DD`, its first moment in the workshop's time zone.
    static func startOfDay(_ day: String, timeZone: TimeZone, field: String, language: Language) throws -> Date {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.isLenient = false
        guard day.count == 10, let date = formatter.date(from: day) else {
            throw CommandFailure(badInput: text("journal.day.malformed", field, day, in: language))
        }
        return date
    }

    static func text(_ key: String, _ arguments: String..., in language: Language) -> String {
        catalog.text(for: Message(key: key, arguments: arguments), in: language)
    }

    static let catalog = CLIMessages.catalog.merging(.journal).merging(MessageCatalog([
        "journal.database.postgres": .init(
            fr: "--database {0} : PostgreSQL n'est pas encore pris en charge (il viendra plus tard). Pour l'instant seul un fichier SQLite convient, par ex. --database sqlite:///var/lib/refurb/refurb.sqlite, ou --db CHEMIN.",
            en: "--database {0}: PostgreSQL is not supported yet (it comes later). For now only an SQLite file will do, e.g. --database sqlite:///var/lib/refurb/refurb.sqlite, or --db PATH."),
        "journal.database.both": .init(
            fr: "Donnez soit --db CHEMIN, soit --database URL, pas les deux.",
            en: "Give either --db PATH or --database URL, not both."),
        "journal.database.missing": .init(
            fr: "La base {0} n'existe pas : rien à vérifier. Vérifiez le chemin (--db, --database ou $REFURB_DB).",
            en: "The database {0} does not exist: nothing to check. Check the path (--db, --database or $REFURB_DB)."),
        "journal.key.unusable": .init(
            fr: "Impossible de lire ou de créer la clé de signature du journal dans {0}. Vérifiez les droits du dossier.",
            en: "Cannot read or create the journal's signing key in {0}. Check the folder's permissions."),
        "journal.key.publicUnreadable": .init(
            fr: "La clé publique {0} est introuvable ou illisible (un fichier PEM Ed25519 est attendu).",
            en: "The public key {0} is missing or unreadable (an Ed25519 PEM file is expected)."),
        "journal.key.created": .init(
            fr: "Clé de signature du journal créée dans {0} (clé {1}). Gardez une copie de la clé publique ailleurs (chez le comptable, par ex.) : elle prouve les clôtures même si le serveur est perdu.",
            en: "Journal signing key created in {0} (key {1}). Keep a copy of the public key elsewhere (with the accountant, say): it proves the closures even if the server is lost."),
        "journal.day.malformed": .init(
            fr: "--{0} : « {1} » n'est pas une date AAAA-MM-JJ (par ex. 2026-11-28).",
            en: "--{0}: “{1}” is not a YYYY-MM-DD date (e.g. 2026-11-28)."),
        "journal.day.order": .init(
            fr: "--from {0} est après --to {1} : rien à exporter.",
            en: "--from {0} is after --to {1}: nothing to export."),
        "journal.verify.intact": .init(
            fr: "Journal intact : {0} écritures et {1} clôtures vérifiées.",
            en: "Journal intact: {0} entries and {1} closures checked."),
        "journal.verify.signatures": .init(
            fr: "Signatures des clôtures vérifiées avec la clé {0} ({1}).",
            en: "Closure signatures checked with key {0} ({1})."),
        "journal.verify.noKey": .init(
            fr: "Signatures des clôtures NON vérifiées : aucune clé publique près de la base. Donnez --public-key FICHIER.",
            en: "Closure signatures NOT checked: no public key beside the database. Give --public-key FILE."),
        "journal.verify.unclosed": .init(
            fr: "{0} écritures depuis la dernière clôture (pas encore scellées : « refurb journal close »).",
            en: "{0} entries since the last closure (not sealed yet: “refurb journal close”)."),
        "journal.verify.altered": .init(
            fr: "Journal ALTÉRÉ : première écriture touchée, n° {0}.",
            en: "Journal ALTERED: first entry affected, number {0}."),
        "journal.verify.problems": .init(
            fr: "Journal ALTÉRÉ : {0} problème(s) trouvé(s).",
            en: "Journal ALTERED: {0} problem(s) found."),
        "journal.close.nothing": .init(
            fr: "Rien à clôturer : aucune vente depuis la dernière clôture.",
            en: "Nothing to close: no sale since the last closure."),
        "journal.close.done": .init(
            fr: "Clôture n° {0} du {1} : écritures {2} à {3}, total {4}, cumul perpétuel {5}. Signée avec la clé {6}.",
            en: "Closure {0} of {1}: entries {2} to {3}, total {4}, perpetual total {5}. Signed with key {6}."),
        "journal.close.line": .init(fr: "  {0} : {1} écriture(s), {2}", en: "  {0}: {1} entry(ies), {2}"),
        "journal.export.written": .init(
            fr: "{0} écritures exportées dans {1}.",
            en: "{0} entries exported to {1}."),
    ]))
}
