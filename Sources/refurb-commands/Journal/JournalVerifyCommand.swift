import ArgumentParser
import Foundation
import RefurbCommandLine
import RefurbCore
import RefurbStore

/// `refurb journal verify`: checks the whole chain and every closure; exit 1 when anything was altered.
struct JournalVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check that no sale in the journal was changed, removed or moved, and that every closure is intact.",
        discussion: """
            Recomputes the SHA-256 chain from the first entry, then checks each closure: the entries it
            sealed, its totals by payment method and its Ed25519 signature. Exit codes: 0 intact, 1 altered
            (the first altered entry is named), 2 bad input (no such database, malformed --database).

            Examples:
              refurb journal verify --db /var/lib/refurb/refurb.sqlite
              refurb journal verify --database sqlite:///var/lib/refurb/refurb.sqlite --public-key journal.pub.pem

            --database takes only SQLite file URLs for now (sqlite:///absolute/path or sqlite:relative/path);
            PostgreSQL comes later.
            """)

    @OptionGroup var options: GlobalOptions

    @Option(help: ArgumentHelp(
        "The database as a URL, instead of --db: only SQLite files for now (sqlite:///path/refurb.sqlite); PostgreSQL comes later.",
        valueName: "url"))
    var database: String?

    @Option(name: .customLong("public-key"), help: ArgumentHelp(
        "The journal's public key (PEM) to check the closures with (default: the one kept beside the database).",
        valueName: "file"))
    var publicKey: String?

    struct Report: Encodable {
        var intact: Bool
        var entriesChecked: Int64
        var closuresChecked: Int
        var unclosedEntries: Int64
        var signaturesChecked: Bool
        var keyId: String?
        var firstAlteredEntry: Int64?
        var problems: [Problem]

        struct Problem: Encodable {
            var code: String
            var message: String
        }
    }

    func run() throws {
        let language = options.language
        let (database, path) = try JournalDatabase.open(url: self.database, options: options)
        let key = try JournalDatabase.publicKey(explicit: publicKey, forDatabase: path, language: language)
        let result = try options.perform { try database.verifyJournal(publicKey: key?.0) }
        let say = { (key: String, arguments: [String]) in
            JournalDatabase.catalog.text(for: Message(key: key, arguments: arguments), in: language)
        }
        if options.json {
            JSONOutput.print(Report(
                intact: result.isIntact, entriesChecked: result.entriesChecked, closuresChecked: result.closuresChecked,
                unclosedEntries: result.unclosedEntries, signaturesChecked: result.signaturesChecked,
                keyId: key?.0.keyId, firstAlteredEntry: result.firstAlteredEntry,
                problems: result.problems.map {
                    .init(code: $0.code, message: JournalDatabase.catalog.text(for: $0.message, in: language))
                }))
        }
        guard result.isIntact else {
            var lines = result.problems.map { JournalDatabase.catalog.text(for: $0.message, in: language) }
            if let first = result.firstAlteredEntry {
                lines.insert(say("journal.verify.altered", [String(first)]), at: 0)
            } else {
                lines.insert(say("journal.verify.problems", [String(result.problems.count)]), at: 0)
            }
            throw CommandFailure(refused: lines.joined(separator: "\n"))
        }
        guard !options.json else { return }
        print(say("journal.verify.intact", [String(result.entriesChecked), String(result.closuresChecked)]))
        if let key {
            print(say("journal.verify.signatures", [key.0.keyId, key.1]))
        } else if result.closuresChecked > 0 {
            print(say("journal.verify.noKey", []))
        }
        if result.unclosedEntries > 0 { print(say("journal.verify.unclosed", [String(result.unclosedEntries)])) }
    }
}
