import ArgumentParser
import Foundation
import RefurbCommandLine
import RefurbCore
import RefurbServer

struct DeviceCorrectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "correct",
        abstract: "Correct a device's serial, category, maker or model, saying why.",
        discussion: """
            Each field that changes is kept in the device's history with its old value, who and why. A serial
            another device has is refused, naming that device. The command line writes the database itself,
            as the workshop's administrator does: the role limits of the pages do not apply.
            Example: refurb device correct R000001L --serial 5CG7301XYZ --reason "faute de frappe à l'accueil"
            """
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp("The asset tag or serial number.", valueName: "tag-or-serial"))
    var device: String

    @Option(help: ArgumentHelp("The right serial number, as on the sticker.", valueName: "serial"))
    var serial: String?

    @Option(help: ArgumentHelp("The right category: \(DeviceCategory.allCases.map(\.rawValue).joined(separator: ", ")).",
                               valueName: "category"))
    var category: String?

    @Option(help: ArgumentHelp("The right brand, e.g. Lenovo.", valueName: "name"))
    var manufacturer: String?

    @Option(help: ArgumentHelp("The right model, e.g. ThinkPad T480.", valueName: "name"))
    var model: String?

    @Option(name: .customLong("display-name"),
            help: ArgumentHelp("What the shop calls it on the price label, instead of the brand and model.", valueName: "name"))
    var displayName: String?

    @Option(help: ArgumentHelp("Why, for the history (required).", valueName: "text"))
    var reason: String

    @Flag(name: .customLong("force-serial"), help: "Keep a serial that does not look like one (too short, no letter or digit).")
    var forceSerial = false

    @Option(name: .customLong("expect-version"), help: ArgumentHelp(
        "Refuse if the device changed since you saw this version (see `device show`).", valueName: "n"))
    var expectVersion: Int?

    func run() throws {
        let correction: DeviceCorrection
        do {
            correction = try DeviceCorrection(serial: serial, category: category, manufacturer: manufacturer, model: model,
                                              displayName: displayName, reason: reason, confirmedUnusualSerial: forceSerial)
        } catch {
            throw options.failure(error.message)
        }
        let database = try options.openDatabase()
        let found = try options.device(device, in: database)
        let corrected = try options.perform {
            try database.correct(found.assetTag, correction, roles: [.admin], expectedVersion: expectVersion,
                                 actor: options.who, at: Date())
        }
        if options.json {
            JSONOutput.print(DeviceView(corrected))
        } else {
            let changes = try options.perform { try database.history(of: corrected.assetTag) }
                .suffix(corrected.version - found.version == 1 ? correction.fields.count : 0)
            print(corrected.assetTag.text)
            for event in changes { print("  " + event.change.summary(in: options.language, catalog: CLIMessages.catalog)) }
        }
    }
}
