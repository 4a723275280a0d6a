import ArgumentParser
import Foundation
import RefurbCommandLine
import RefurbCore
import RefurbServer
import RefurbStore

/// `refurb journal export`: the journal for the accountant, as CSV or FEC columns.
struct JournalExportCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv
        case fec
    }

    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the sales journal for the accountant (CSV, or the columns of the French FEC).",
        discussion: """
            Days are the workshop's ($REFURB_TZ, else Europe/Paris), both included. `--format csv` gives one line
            per entry with its hash; `--format fec` gives the 18 columns of the « fichier des écritures
            comptables », two lines per entry (the payment's account, 53 cash, 5112 cheques, 5115 cards, 512
            transfers, 471 when the payment was not recorded; and 707 sales), separated by |.

            Example: refurb journal export --from 2026-11-01 --to 2026-11-30 --format fec --output ventes-novembre.txt
            """)

    @OptionGroup var options: GlobalOptions

    @OptionGroup var days: ExportDays

    @Option(help: "csv (default) or fec.")
    var format: Format = .csv

    func run() throws {
        let language = options.language
        let zone = WorkshopClock.timeZone
        let start = try JournalDatabase.startOfDay(days.from, timeZone: zone, field: "from", language: language)
        let last = try JournalDatabase.startOfDay(days.to, timeZone: zone, field: "to", language: language)
        guard start <= last else { throw CommandFailure(badInput: JournalDatabase.text("journal.day.order", days.from, days.to, in: language)) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let end = calendar.date(byAdding: .day, value: 1, to: last) ?? last
        let database = try options.openDatabase()
        let lines = try options.perform { try database.journalLines(from: start, to: end) }
        let text = format == .csv ? JournalExport.csv(lines, timeZone: zone) : JournalExport.fec(lines, timeZone: zone)
        try days.write(Array(text.utf8), language: language)
        if let output = days.output, !options.json {
            print(JournalDatabase.text("journal.export.written", String(lines.count), output, in: language))
        }
    }
}
