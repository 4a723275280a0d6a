import ArgumentParser
import Foundation
import RefurbCommandLine
import RefurbCore
import RefurbWire

struct IntakeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "intake",
        abstract: CLIMessages.help("help.intake.abstract"),
        discussion: CLIMessages.help("help.intake.discussion", DeviceCategory.allCases.map(\.rawValue).joined(separator: ", "))
    )

    @OptionGroup var options: GlobalOptions

    @Option(help: ArgumentHelp(CLIMessages.help("help.common.lot"), valueName: "code"))
    var lot: String

    @Option(help: ArgumentHelp(CLIMessages.help("help.intake.category", DeviceCategory.allCases.map(\.rawValue).joined(separator: ", ")),
                               valueName: "category"))
    var category: String

    @Option(help: ArgumentHelp(CLIMessages.help("help.intake.serial"), valueName: "serial"))
    var serial: String?

    @Option(help: ArgumentHelp(CLIMessages.help("help.intake.manufacturer"), valueName: "name"))
    var manufacturer: String?

    @Option(help: ArgumentHelp(CLIMessages.help("help.intake.model"), valueName: "name"))
    var model: String?

    @Option(help: ArgumentHelp(CLIMessages.help("help.intake.location"), valueName: "place"))
    var location: String?

    @Flag(name: .customLong("force-serial"), help: ArgumentHelp(CLIMessages.help("help.common.forceSerial")))
    var forceSerial = false

    func run() throws {
        let input: IntakeInput
        do {
            input = try IntakeInput(lot: lot, category: category, serial: serial, manufacturer: manufacturer,
                                    model: model, location: location, confirmedUnusualSerial: forceSerial)
        } catch {
            throw options.failure(error.message)
        }
        let database = try options.openDatabase()
        let device = try options.perform { try database.intake(input, actor: options.who, at: Date()) }
        if options.json {
            JSONOutput.print(DeviceView(device))
        } else {
            print(device.assetTag.text)
        }
    }
}
