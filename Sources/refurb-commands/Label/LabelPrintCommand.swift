import ArgumentParser
import Foundation
import Labels
import Printing
import RefurbCommandLine
import RefurbCore

/// `refurb label print`: render a label in the printer's language and send it, after checking the
/// printer is ready and holds the roll the template needs. A refusal sends nothing of the job.
struct LabelPrintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: CLIMessages.help("help.labelPrint.abstract"),
        discussion: CLIMessages.help("help.labelPrint.discussion")
    )

    @OptionGroup var options: GlobalOptions
    @OptionGroup var content: LabelContentOptions

    @Option(help: ArgumentHelp(CLIMessages.help("help.labelPrint.printer"),
                               valueName: "uri"))
    var printer: String

    @Option(help: ArgumentHelp(CLIMessages.help("help.labelPrint.copies"), valueName: "n"))
    var copies = 1

    @Option(help: ArgumentHelp(CLIMessages.help("help.labelPrint.format"), valueName: "format"))
    var format: String?

    func run() async throws {
        do { try Quantity.labelCopies.check(copies, field: "copies") } catch { throw options.failure(error.message) }
        let (template, fields) = try content.resolve(options)
        let uri = try LabelFailure.translating(options) { () throws -> PrinterURI in try PrinterURI(parsing: printer) }
        let connection: PrinterConnection
        do {
            // A person's own command: a file: printer writes wherever that person may.
            connection = try await PrinterConnector.connect(uri, files: .anywhere)
        } catch {
            throw LabelFailure.failure(for: error, options)
        }
        do {
            let outputFormat = try LabelFailure.translating(options) { () throws -> LabelOutputFormat in
                try LabelOutputFormat.choose(for: template, connection: connection, requested: format)
            }
            let rendered = try LabelFailure.translating(options) { () throws -> RenderedLabel in
                try LabelRenderer().render(template, fields: fields, as: outputFormat, copies: copies)
            }
            guard let job = rendered.printJob else {
                throw LabelFailure.badInput(Message("labels.format.unknown", outputFormat.description), options)
            }
            let outcome: PrintOutcome
            do {
                outcome = try await PrintJobSender().send(job, over: connection)
            } catch {
                throw LabelFailure.failure(for: error, options)
            }
            await connection.close()
            report(outcome, template: template, format: outputFormat, connection: connection)
        } catch {
            await connection.close()
            throw error
        }
    }

    /// The language to print in: --format if given, else what the USB printer says it speaks, else what
    /// the template targets when it targets only one family.
    private func report(_ outcome: PrintOutcome, template: LabelTemplate, format: LabelOutputFormat,
                        connection: PrinterConnection) {
        let completion: String = switch outcome.completion {
        case .confirmed: "confirmed"
        case .unconfirmed: "unconfirmed"
        case .notChecked: "not-checked"
        }
        if options.json {
            JSONOutput.print(PrintedLabelView(template: template.name, format: format.description,
                                              printer: connection.summary, copies: copies,
                                              bytesSent: outcome.bytesSent, completion: completion,
                                              loadedMedia: outcome.statusBefore?.loadedMedia?.description))
        } else {
            print(LabelFailure.text(Message("labels.cli.printed", template.name, connection.summary, String(copies)), options))
            print(LabelFailure.text(Message("labels.cli.completion.\(completion)"), options))
        }
    }
}

struct PrintedLabelView: Encodable {
    let template: String
    let format: String
    let printer: String
    let copies: Int
    let bytesSent: Int
    /// confirmed (the printer said it printed), unconfirmed, or not-checked (file, one-way link).
    let completion: String
    let loadedMedia: String?
}
