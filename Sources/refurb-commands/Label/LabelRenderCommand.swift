import ArgumentParser
import Foundation
import Labels
import RefurbCommandLine
import RefurbCore

/// `refurb label render`: write a label to a file, as a PNG preview, a PDF sheet, ZPL or Brother raster.
struct LabelRenderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: CLIMessages.help("help.labelRender.abstract"),
        discussion: CLIMessages.help("help.labelRender.discussion", BrotherQLModel.all.map(\.name).joined(separator: ", "))
    )

    @OptionGroup var options: GlobalOptions
    @OptionGroup var content: LabelContentOptions

    @Option(help: ArgumentHelp(CLIMessages.help("help.labelRender.format"), valueName: "format"))
    var format: String

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp(CLIMessages.help("help.labelRender.output"), valueName: "file"))
    var output: String

    @Option(help: ArgumentHelp(CLIMessages.help("help.labelRender.copies"), valueName: "n"))
    var copies = 1

    func run() async throws {
        do { try Quantity.labelCopies.check(copies, field: "copies") } catch { throw options.failure(error.message) }
        let (template, fields) = try content.resolve(options)
        let rendered = try LabelFailure.translating(options) { () throws -> RenderedLabel in
            let outputFormat = try LabelOutputFormat(parsing: format)
            return try LabelRenderer().render(template, fields: fields, as: outputFormat, copies: copies)
        }
        do {
            try Data(rendered.bytes).write(to: URL(fileURLWithPath: output))
        } catch {
            throw LabelFailure.badInput(Message("labels.cli.cannotWrite", output, "\(error.localizedDescription)"), options)
        }
        if options.json {
            JSONOutput.print(RenderedLabelView(template: template.name, format: rendered.format.description,
                                               file: output, bytes: rendered.bytes.count,
                                               requiredMedia: rendered.requiredMedia?.description))
        } else {
            print(LabelFailure.text(Message("labels.cli.written", template.name, output, String(rendered.bytes.count)), options))
        }
    }
}

struct RenderedLabelView: Encodable {
    let template: String
    let format: String
    let file: String
    let bytes: Int
    let requiredMedia: String?
}
