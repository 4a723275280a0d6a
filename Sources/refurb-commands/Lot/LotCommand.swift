import ArgumentParser

struct LotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lot",
        abstract: CLIMessages.help("help.lot.abstract"),
        subcommands: [LotOpenCommand.self, LotListCommand.self, LotCorrectCommand.self]
    )
}
