import ArgumentParser

/// `refurb db`: the store itself, as a whole (moving a workshop to PostgreSQL).
struct DatabaseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: CLIMessages.help("help.db.abstract"),
        subcommands: [DatabaseCopyCommand.self]
    )
}
