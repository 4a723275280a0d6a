import ArgumentParser
import Foundation
import Labels
import RefurbCommandLine
import RefurbCore

/// `refurb label render`: write a label to a file, as a PNG preview, a PDF sheet, ZPL or Brother raster.
struct LabelRenderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Write a label to a file: png preview, pdf sheet (A4), zpl, or brother:MODEL raster.",
        discussion: """
            Example: refurb label render --template asset-tag-62x29 --field assetTag=R000001T --field workshop=Atelier \\
                       --format png -o tag.png
            Brother models: \(BrotherQLModel.all.map(\.name).joined(separator: ", ")).
            """
    )

    @OptionGroup var options: GlobalOptions
    @OptionGroup var content: LabelContentOptions

    @Option(help: ArgumentHelp("png, pdf, zpl or brother:MODEL (e.g. brother:QL-700).", valueName: "format"))
    var format: String

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("The file to write.", valueName: "file"))
    var output: String

    @Option(help: ArgumentHelp("Number of labels (pages of a job, or labels on the PDF sheet).", valueName: "n"))
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
