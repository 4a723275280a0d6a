import ArgumentParser
import Foundation
import RefurbCommandLine
import RefurbCore
import RefurbStore
import RefurbWire

struct DeviceListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: CLIMessages.help("help.deviceList.abstract"),
        discussion: CLIMessages.help("help.deviceList.discussion")
    )

    @OptionGroup var options: GlobalOptions

    @Option(help: ArgumentHelp(CLIMessages.help("help.deviceList.stage", Stage.allCases.map(\.rawValue).joined(separator: ", ")),
                               valueName: "stage"))
    var stage: String?

    @Option(help: ArgumentHelp(CLIMessages.help("help.deviceList.lot"), valueName: "code"))
    var lot: String?

    @Option(help: ArgumentHelp(CLIMessages.help("help.deviceList.search"), valueName: "text"))
    var search: String?

    @Option(help: ArgumentHelp(CLIMessages.help("help.deviceList.limit"), valueName: "count"))
    var limit: Int = 100

    func run() throws {
        let stageFilter = try stage.map { try options.stage($0) }
        let lotFilter: LotCode?
        do { lotFilter = try lot.map { text throws(IdentifierError) in try LotCode(parsing: text) } } catch {
            throw options.failure(error.message)
        }
        let database = try options.openDatabase()
        let devices = try options.perform {
            try database.devices(matching: DeviceFilter(stage: stageFilter, lot: lotFilter, search: search,
                                                        limit: max(1, min(limit, 10_000))))
        }
        if options.json {
            JSONOutput.print(devices.map(DeviceView.init))
            return
        }
        guard !devices.isEmpty else {
            print(CLIMessages.text("cli.noDevices", in: options.language))
            return
        }
        for device in devices {
            let name = [device.manufacturer, device.model].compactMap { $0 }.joined(separator: " ")
            let columns = [
                device.assetTag.text,
                device.stage.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0),
                device.category.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0),
                device.lotCode.text,
                device.serial?.text ?? "—",
                name,
            ]
            print(columns.joined(separator: "  "))
        }
    }
}
