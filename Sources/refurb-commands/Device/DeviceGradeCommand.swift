import ArgumentParser
import Foundation
import RefurbCommandLine
import RefurbCore
import RefurbServer

struct DeviceGradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Give a device its grade: A (very good), B (good) or C (fair, visible wear).",
        discussion: "Example: refurb device grade R000001T B"
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp("The asset tag or serial number.", valueName: "tag-or-serial"))
    var device: String

    @Argument(help: ArgumentHelp("A, B or C.", valueName: "grade"))
    var grade: String

    @Option(name: .customLong("expect-version"), help: ArgumentHelp(
        "Refuse if the device changed since you saw this version.", valueName: "n"))
    var expectVersion: Int?

    func run() throws {
        guard let value = Grade(text: grade) else { throw options.failure(Message("cli.unknownGrade", grade)) }
        let database = try options.openDatabase()
        let found = try options.device(device, in: database)
        let updated = try options.perform {
            try database.setGrade(found.assetTag, to: value, expectedVersion: expectVersion, actor: options.who, at: Date())
        }
        if options.json {
            JSONOutput.print(DeviceView(updated))
        } else {
            print(CLIMessages.text("cli.graded", updated.assetTag.text, value.rawValue, in: options.language))
        }
    }
}
