import ArgumentParser
import Foundation
import RefurbCommandLine
import RefurbCore
import RefurbStore

/// `refurb journal verify`: checks the whole chain and every closure; exit 1 when anything was altered.
struct JournalVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: CLIMessages.help("help.journalVerify.abstract"),
        discussion: CLIMessages.help("help.journalVerify.discussion"))

    @OptionGroup var options: GlobalOptions

    @Option(help: ArgumentHelp(CLIMessages.help("help.journalVerify.database"), valueName: "url"))
    var database: String?

    @Option(name: .customLong("public-key"), help: ArgumentHelp(CLIMessages.help("help.journalVerify.publicKey"), valueName: "file"))
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
