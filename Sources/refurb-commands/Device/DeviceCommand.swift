import ArgumentParser

struct DeviceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "device",
        abstract: "Show, list, move, grade, price and correct devices.",
        subcommands: [
            DeviceShowCommand.self, DeviceListCommand.self, DeviceMoveCommand.self,
            DeviceGradeCommand.self, DevicePriceCommand.self, DeviceStorageCommand.self, DeviceCorrectCommand.self,
        ]
    )
}
