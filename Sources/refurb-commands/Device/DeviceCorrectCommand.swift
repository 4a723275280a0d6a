import ArgumentParser
import Foundation
import RefurbCommandLine
import RefurbCore
import RefurbWire

struct DeviceCorrectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "correct",
        abstract: CLIMessages.help("help.deviceCorrect.abstract"),
        discussion: CLIMessages.help("help.deviceCorrect.discussion")
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp(CLIMessages.help("help.common.device"), valueName: "tag-or-serial"))
    var device: String

    @Option(help: ArgumentHelp(CLIMessages.help("help.deviceCorrect.serial"), valueName: "serial"))
    var serial: String?

    @Option(help: ArgumentHelp(CLIMessages.help("help.deviceCorrect.category", DeviceCategory.allCases.map(\.rawValue).joined(separator: ", ")),
                               valueName: "category"))
    var category: String?

    @Option(help: ArgumentHelp(CLIMessages.help("help.deviceCorrect.manufacturer"), valueName: "name"))
    var manufacturer: String?

    @Option(help: ArgumentHelp(CLIMessages.help("help.deviceCorrect.model"), valueName: "name"))
    var model: String?

    @Option(name: .customLong("display-name"),
            help: ArgumentHelp(CLIMessages.help("help.deviceCorrect.displayName"), valueName: "name"))
    var displayName: String?

    @Option(help: ArgumentHelp(CLIMessages.help("help.common.reason"), valueName: "text"))
    var reason: String

    @Flag(name: .customLong("force-serial"), help: ArgumentHelp(CLIMessages.help("help.common.forceSerial")))
    var forceSerial = false

    @Option(name: .customLong("expect-version"), help: ArgumentHelp(
        CLIMessages.help("help.common.expectVersion"), valueName: "n"))
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
