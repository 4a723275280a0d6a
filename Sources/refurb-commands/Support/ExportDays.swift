import ArgumentParser
import Foundation
import RefurbCommandLine
import RefurbCore

/// The days and the file of an export (`refurb journal export`, `refurb register export`).
struct ExportDays: ParsableArguments {
    @Option(help: ArgumentHelp(CLIMessages.help("help.exportDays.from"), valueName: "YYYY-MM-DD"))
    var from: String

    @Option(help: ArgumentHelp(CLIMessages.help("help.exportDays.to"), valueName: "YYYY-MM-DD"))
    var to: String

    @Option(name: [.short, .long], help: ArgumentHelp(CLIMessages.help("help.exportDays.output"), valueName: "file"))
    var output: String?

    /// Writes the export to `--output`, or to the standard output without it.
    func write(_ bytes: [UInt8], language: Language) throws {
        guard let output else { return print(String(decoding: bytes, as: UTF8.self), terminator: "") }
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: output))
        } catch {
            throw CommandFailure(badInput: CLIMessages.text("cli.databaseUnusable", output, "\(error)", in: language))
        }
    }
}
