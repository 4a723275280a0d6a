import ArgumentParser
import Foundation
import RefurbCommandLine
import RefurbCore
import RefurbServer

struct IntakeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "intake",
        abstract: CLIMessages.help("help.intake.abstract"),
        discussion: """
            Scan the serial number sticker into --serial. A serial already recorded is refused and the
            existing device is named (the usual double scan); nothing is created. A device without a
            serial is fine: its asset tag identifies it.
            Categories: \(DeviceCategory.allCases.map(\.rawValue).joined(separator: ", ")).
            Example: refurb intake --lot LOT-2026-0001 --category laptop --serial 5CG7301XYZ --manufacturer HP
            """
    )

    @OptionGroup var options: GlobalOptions

    @Option(help: ArgumentHelp("The lot's code, e.g. LOT-2026-0001.", valueName: "code"))
    var lot: String

    @Option(help: ArgumentHelp("What the device is: \(DeviceCategory.allCases.map(\.rawValue).joined(separator: ", ")).",
                               valueName: "category"))
    var category: String

    @Option(help: ArgumentHelp("The manufacturer's serial number, as scanned.", valueName: "serial"))
    var serial: String?

    @Option(help: ArgumentHelp("The brand, e.g. Lenovo.", valueName: "name"))
    var manufacturer: String?

    @Option(help: ArgumentHelp("The model, e.g. ThinkPad T480.", valueName: "name"))
    var model: String?

    @Option(help: ArgumentHelp("Where the device is put, e.g. a shelf.", valueName: "place"))
    var location: String?

    @Flag(name: .customLong("force-serial"), help: "Keep a serial that does not look like one (too short, no letter or digit).")
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
