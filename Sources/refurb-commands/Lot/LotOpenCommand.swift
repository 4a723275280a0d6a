import ArgumentParser
import Foundation
import RefurbCommandLine
import RefurbCore
import RefurbServer
import RefurbWire

struct LotOpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: CLIMessages.help("help.lotOpen.abstract"),
        discussion: CLIMessages.help("help.lotOpen.discussion")
    )

    @OptionGroup var options: GlobalOptions

    @Option(help: ArgumentHelp(CLIMessages.help("help.lotOpen.donor"), valueName: "name"))
    var donor: String

    @Option(name: .customLong("weight-kg"), help: ArgumentHelp(CLIMessages.help("help.lotOpen.weightKg"), valueName: "kg"))
    var weightKg: String?

    @Option(help: ArgumentHelp(CLIMessages.help("help.lotOpen.declared"), valueName: "count"))
    var declared: Int?

    @Option(help: ArgumentHelp(CLIMessages.help("help.lotOpen.site"), valueName: "place"))
    var site: String?

    @Option(name: .customLong("donor-type"), help: ArgumentHelp(
        CLIMessages.help("help.lotOpen.donorType"),
        valueName: "type"))
    var donorType: String?

    func run() throws {
        let input: LotInput
        do {
            input = try LotInput(donorName: donor, site: site, declaredCount: declared, weightKilograms: weightKg,
                                 donorType: try donorType.map(DonorType.init(parsing:)))
        } catch {
            throw options.failure(error.message)
        }
        let database = try options.openDatabase()
        let now = Date()
        let lot = try options.perform {
            try database.openLot(input, receivedOn: WorkshopClock.today(now), actor: options.who, at: now)
        }
        if options.json {
            JSONOutput.print(LotView(lot, deviceCount: 0))
        } else {
            print(lot.code.text)
        }
    }
}
