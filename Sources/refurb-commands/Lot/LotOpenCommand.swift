import ArgumentParser
import Foundation
import RefurbCommandLine
import RefurbCore
import RefurbServer

struct LotOpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open a lot for a donor and print its code.",
        discussion: """
            The code (e.g. LOT-2026-0001) is what intake asks for; write it on the pallet or print it.
            Example: refurb lot open --donor "Mairie de Rennes" --donor-type public --weight-kg 48,5 --declared 12
            """
    )

    @OptionGroup var options: GlobalOptions

    @Option(help: ArgumentHelp("Who gave the equipment (a company, a town hall, a person).", valueName: "name"))
    var donor: String

    @Option(name: .customLong("weight-kg"), help: ArgumentHelp("The lot's weight in kg, e.g. 48 or 48,5.", valueName: "kg"))
    var weightKg: String?

    @Option(help: ArgumentHelp("How many devices the donor said are in the lot.", valueName: "count"))
    var declared: Int?

    @Option(help: ArgumentHelp("Where the lot was collected or is stored.", valueName: "place"))
    var site: String?

    @Option(name: .customLong("donor-type"), help: ArgumentHelp(
        "What the donor is: public, company, association or individual. A public body's devices have legally capped prices.",
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
