import ArgumentParser

/// `refurb label`: make a label (preview, sheet or printer bytes) or print it.
struct LabelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "label",
        abstract: CLIMessages.help("help.label.abstract"),
        discussion: CLIMessages.help("help.label.discussion"),
        subcommands: [LabelRenderCommand.self, LabelPrintCommand.self, LabelBenchCommand.self]
    )
}
