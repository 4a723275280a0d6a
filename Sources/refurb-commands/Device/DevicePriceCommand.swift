import ArgumentParser
import Foundation
import RefurbCommandLine
import RefurbCore
import RefurbServer

struct DevicePriceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "price",
        abstract: "Set a device's sale price in euros.",
        discussion: "Example: refurb device price R000001T 149,90"
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp("The asset tag or serial number.", valueName: "tag-or-serial"))
    var device: String

    @Argument(help: ArgumentHelp("The price, e.g. 149 or 149,90.", valueName: "euros"))
    var price: String

    @Option(name: .customLong("expect-version"), help: ArgumentHelp(
        "Refuse if the device changed since you saw this version.", valueName: "n"))
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
