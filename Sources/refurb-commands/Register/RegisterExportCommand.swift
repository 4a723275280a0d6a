import ArgumentParser
import Foundation
import RefurbCommandLine
import RefurbCore
import RefurbServer
import RefurbStore

/// `refurb register export`: the register of second-hand goods as CSV or PDF, past days sealed first.
struct RegisterExportCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv
        case pdf
    }

    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the register of second-hand goods (CSV or PDF), sealing every past day first.",
        discussion: """
            Days are the workshop's ($REFURB_TZ, else Europe/Paris), both included, one year at most. Today's
            lines are marked « journée en cours, non scellée ». The same as the office's page /office/register.

            Example: refurb register export --from 2026-11-01 --to 2026-11-30 --format pdf --output registre-novembre.pdf
            """)

    @OptionGroup var options: GlobalOptions

    @Option(help: ArgumentHelp("The first day.", valueName: "YYYY-MM-DD"))
    var from: String

    @Option(help: ArgumentHelp("The last day (included).", valueName: "YYYY-MM-DD"))
    var to: String

    @Option(help: "csv (default) or pdf.")
    var format: Format = .csv

    @Option(name: [.short, .long], help: ArgumentHelp("The file to write (default: standard output, CSV only).", valueName: "file"))
    var output: String?

    func run() throws {
        let language = options.language
        let (first, last) = try options.perform { try RegisterExport.range(from: from, to: to, fields: ("--from", "--to")) }
        let database = try options.openDatabase()
        let today = CivilDay(WorkshopClock.today())!
        try RegisterCommand.seal(database, options: options, today: today, quiet: output == nil || options.json)
        let extract = try options.perform {
            try database.registerExtract(from: first, to: last, today: today, timeZone: WorkshopClock.timeZone)
        }
        let bytes: [UInt8]
        switch format {
        case .csv: bytes = Array(RegisterExport.csv(extract, timeZone: WorkshopClock.timeZone).utf8)
        case .pdf:
            let identity = try options.perform { try database.workshopIdentity()?.identity } ?? WorkshopIdentity(name: "Refurb")
            bytes = try RegisterDocument.pdf(extract, from: first, to: last, identity: identity, language: language)
        }
        guard let output else {
            guard format == .csv else { throw CommandFailure(badInput: RegisterCommand.text("register.export.pdfNeedsOutput", in: language)) }
            return print(String(decoding: bytes, as: UTF8.self), terminator: "")
        }
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: output))
        } catch {
            throw CommandFailure(badInput: CLIMessages.text("cli.databaseUnusable", output, "\(error)", in: language))
        }
        if !options.json { print(RegisterCommand.text("register.export.written", String(extract.lines.count), output, in: language)) }
    }
}
