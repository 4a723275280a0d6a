import ArgumentParser
import Foundation
import RefurbCommandLine
import RefurbCore
import RefurbServer
import RefurbStore

/// `refurb journal close`: the day's closure (Z), signed with the journal's key.
struct JournalCloseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "close",
        abstract: CLIMessages.help("help.journalClose.abstract"),
        discussion: CLIMessages.help("help.journalClose.discussion"))

    @OptionGroup var options: GlobalOptions

    @Option(help: ArgumentHelp(CLIMessages.help("help.journalClose.day"),
                               valueName: "YYYY-MM-DD"))
    var day: String?

    struct Report: Encodable {
        var closed: Bool
        var number: Int64?
        var day: String?
        var firstSequence: Int64?
        var lastSequence: Int64?
        var totals: [String: Int64]?
        var totalCents: Int64?
        var cumulativeCents: Int64?
        var keyId: String?
    }

    func run() throws {
        let language = options.language
        if let day { _ = try JournalDatabase.startOfDay(day, timeZone: WorkshopClock.timeZone, field: "day", language: language) }
        let database = try options.openDatabase()
        let (signer, created, folder) = try JournalDatabase.signer(forDatabase: options.databasePath, language: language)
        if created, !options.json {
            print(JournalDatabase.text("journal.key.created", folder, signer.publicKey.keyId, in: language))
        }
        let closure = try options.perform {
            try database.closeJournal(day: day ?? WorkshopClock.today(), signer: signer, actor: options.who, at: Date())
        }
        // The register of second-hand goods is sealed with the same key, up to yesterday.
        try RegisterCommand.seal(database, options: options, quiet: options.json)
        guard let closure else {
            if options.json { JSONOutput.print(Report(closed: false)) } else {
                print(JournalDatabase.text("journal.close.nothing", in: language))
            }
            return
        }
        if options.json {
            JSONOutput.print(Report(
                closed: true, number: closure.number, day: closure.day, firstSequence: closure.firstSequence,
                lastSequence: closure.lastSequence,
                totals: Dictionary(uniqueKeysWithValues: closure.totals.lines.map { ($0.payment.rawValue, $0.cents) }),
                totalCents: closure.totalCents, cumulativeCents: closure.cumulativeCents, keyId: closure.keyId))
            return
        }
        let money = { (cents: Int64) in MoneyFormat.string(Money(cents: Int(cents)), in: language) }
        print(JournalDatabase.text("journal.close.done", String(closure.number), closure.day, String(closure.firstSequence),
                                   String(closure.lastSequence), money(closure.totalCents), money(closure.cumulativeCents),
                                   closure.keyId, in: language))
        for line in closure.totals.lines {
            print(JournalDatabase.text("journal.close.line", JournalDatabase.catalog.text(for: line.payment.label, in: language),
                                       String(line.count), money(line.cents), in: language))
        }
    }
}
