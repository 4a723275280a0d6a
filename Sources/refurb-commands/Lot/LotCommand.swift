import ArgumentParser

struct LotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lot",
        abstract: "Open, list and correct collection lots (what one donor gave on one day).",
        subcommands: [LotOpenCommand.self, LotListCommand.self, LotCorrectCommand.self]
    )
}
