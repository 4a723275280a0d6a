import ArgumentParser

/// `refurb journal`: the sales journal (verify, close, export).
struct JournalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal",
        abstract: CLIMessages.help("help.journal.abstract"),
        discussion: """
            Each sale is written to the journal in the same transaction as the sale itself, chained to the
            previous entry by SHA-256. Close the day (the Z) with `refurb journal close`, check everything
            with `refurb journal verify`, give the accountant `refurb journal export --from DAY --to DAY`.

            Refurb is not a certified till (NF525 / LNE). A workshop liable for VAT must use a certified
            till for its sales; this journal keeps the same kind of proof, but it is not certified.
            """,
        subcommands: [JournalVerifyCommand.self, JournalCloseCommand.self, JournalExportCommand.self]
    )
}
