import ArgumentParser
import Foundation
import RefurbCommandLine
import RefurbCore
import RefurbServer

struct DeviceMoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "move",
        abstract: "Move a device to another stage, or be told which rule refuses it.",
        discussion: """
            Stages: \(Stage.allCases.map(\.rawValue).joined(separator: ", ")).
            A refused move exits with 1 and names every rule it breaks, e.g. a disk without an erasure
            certificate. Example: refurb device move R000001T --to diagnosed
            """
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp("The asset tag or serial number.", valueName: "tag-or-serial"))
    var device: String

    @Option(help: ArgumentHelp("The stage to move to.", valueName: "stage"))
    var to: String

    @Option(help: ArgumentHelp("Why, for the history (e.g. \"returned by the buyer\").", valueName: "text"))
    var reason: String?

    @Option(name: .customLong("expect-version"), help: ArgumentHelp(
        "Refuse if the device changed since you saw this version (see `device show`).", valueName: "n"))
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
