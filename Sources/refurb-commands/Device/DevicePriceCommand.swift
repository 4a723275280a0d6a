import ArgumentParser
import Foundation
import RefurbCommandLine
import RefurbCore
import RefurbWire

struct DevicePriceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "price",
        abstract: CLIMessages.help("help.devicePrice.abstract"),
        discussion: CLIMessages.help("help.devicePrice.discussion")
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp(CLIMessages.help("help.common.device"), valueName: "tag-or-serial"))
    var device: String

    @Argument(help: ArgumentHelp(CLIMessages.help("help.devicePrice.price"), valueName: "euros"))
    var price: String

    @Option(name: .customLong("expect-version"), help: ArgumentHelp(
        CLIMessages.help("help.common.expectVersionShort"), valueName: "n"))
    var expectVersion: Int?

    func run() throws {
        let money: Money
        // Malformed, negative or beyond Money.allowedRange: exit code 2, with the range said.
        do { money = try MoneyFormat.parse(price, field: "price") } catch { throw options.failure(error.message) }
        let database = try options.openDatabase()
        let found = try options.device(device, in: database)
        let updated = try options.perform {
            try database.setPrice(found.assetTag, to: money, expectedVersion: expectVersion, actor: options.who, at: Date())
        }
        if options.json {
            JSONOutput.print(DeviceView(updated))
        } else {
            print(CLIMessages.text("cli.priced", updated.assetTag.text, MoneyFormat.string(money, in: options.language),
                                   in: options.language))
        }
    }
}
