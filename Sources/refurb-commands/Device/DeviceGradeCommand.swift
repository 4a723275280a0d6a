import ArgumentParser
import Foundation
import RefurbCommandLine
import RefurbCore
import RefurbWire

struct DeviceGradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: CLIMessages.help("help.deviceGrade.abstract"),
        discussion: CLIMessages.help("help.deviceGrade.discussion")
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp(CLIMessages.help("help.common.device"), valueName: "tag-or-serial"))
    var device: String

    @Argument(help: ArgumentHelp(CLIMessages.help("help.deviceGrade.grade"), valueName: "grade"))
    var grade: String

    @Option(name: .customLong("expect-version"), help: ArgumentHelp(
        CLIMessages.help("help.common.expectVersionShort"), valueName: "n"))
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
