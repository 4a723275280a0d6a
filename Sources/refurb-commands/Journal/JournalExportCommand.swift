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
        abstract: CLIMessages.help("help.journalExport.abstract"),
        discussion: CLIMessages.help("help.journalExport.discussion"))

    @OptionGroup var options: GlobalOptions

    @OptionGroup var days: ExportDays

    @Option(help: ArgumentHelp(CLIMessages.help("help.journalExport.format")))
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
