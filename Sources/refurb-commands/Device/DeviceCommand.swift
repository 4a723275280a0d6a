import ArgumentParser

struct DeviceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "device",
        abstract: CLIMessages.help("help.device.abstract"),
        subcommands: [
            DeviceShowCommand.self, DeviceListCommand.self, DeviceMoveCommand.self,
            DeviceGradeCommand.self, DevicePriceCommand.self, DeviceStorageCommand.self, DeviceCorrectCommand.self,
        ]
    )
}
