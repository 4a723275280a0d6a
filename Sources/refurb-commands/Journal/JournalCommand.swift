import ArgumentParser

/// `refurb journal`: the sales journal (verify, close, export).
struct JournalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal",
        abstract: CLIMessages.help("help.journal.abstract"),
        discussion: CLIMessages.help("help.journal.discussion"),
        subcommands: [JournalVerifyCommand.self, JournalCloseCommand.self, JournalExportCommand.self]
    )
}
