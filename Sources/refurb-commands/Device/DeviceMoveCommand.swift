import ArgumentParser
import Foundation
import RefurbCommandLine
import RefurbCore
import RefurbWire

struct DeviceMoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "move",
        abstract: CLIMessages.help("help.deviceMove.abstract"),
        discussion: CLIMessages.help("help.deviceMove.discussion", Stage.allCases.map(\.rawValue).joined(separator: ", "))
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp(CLIMessages.help("help.common.device"), valueName: "tag-or-serial"))
    var device: String

    @Option(help: ArgumentHelp(CLIMessages.help("help.deviceMove.to"), valueName: "stage"))
    var to: String

    @Option(help: ArgumentHelp(CLIMessages.help("help.deviceMove.reason"), valueName: "text"))
    var reason: String?

    @Option(name: .customLong("expect-version"), help: ArgumentHelp(
        CLIMessages.help("help.common.expectVersion"), valueName: "n"))
    var expectVersion: Int?

    func run() throws {
        let target = try options.stage(to)
        let database = try options.openDatabase()
        let found = try options.device(device, in: database)
        let moved = try options.perform {
            try database.move(found.assetTag, to: target, reason: reason, expectedVersion: expectVersion,
                              actor: options.who, at: Date())
        }
        if options.json {
            JSONOutput.print(DeviceView(moved))
        } else {
            print(CLIMessages.text("cli.moved", moved.assetTag.text,
                                   CLIMessages.text(moved.stage.label, in: options.language), in: options.language))
        }
    }
}
