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
        abstract: CLIMessages.help("help.registerExport.abstract"),
        discussion: CLIMessages.help("help.registerExport.discussion"))

    @OptionGroup var options: GlobalOptions

    @OptionGroup var days: ExportDays

    @Option(help: ArgumentHelp(CLIMessages.help("help.registerExport.format")))
    var format: Format = .csv

    func run() throws {
        let language = options.language
        let (first, last) = try options.perform { try RegisterExport.range(from: days.from, to: days.to, fields: ("--from", "--to")) }
        guard format == .csv || days.output != nil else {
            throw CommandFailure(badInput: RegisterCommand.text("register.export.pdfNeedsOutput", in: language))
        }
        let database = try options.openDatabase()
        let today = CivilDay(WorkshopClock.today())!
        try RegisterCommand.seal(database, options: options, quiet: days.output == nil || options.json)
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
        try days.write(bytes, language: language)
        if let output = days.output, !options.json {
            print(RegisterCommand.text("register.export.written", String(extract.lines.count), output, in: language))
        }
    }
}
