import ArgumentParser
import Foundation
import RefurbCommandLine
import RefurbCore
import RefurbServer

struct LotCorrectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "correct",
        abstract: "Correct a lot's donor, weight, declared count or site, saying why.",
        discussion: """
            Each field that changes is kept in the lot's history with its old value, who and why.
            Example: refurb lot correct LOT-2026-0001 --weight-kg 52,5 --reason "pesée refaite"
            """
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp("The lot's code, e.g. LOT-2026-0001.", valueName: "code"))
    var code: String

    @Option(help: ArgumentHelp("The right donor.", valueName: "name"))
    var donor: String?

    @Option(name: .customLong("weight-kg"), help: ArgumentHelp("The right weight in kg, e.g. 48 or 48,5.", valueName: "kg"))
    var weightKg: String?

    @Option(help: ArgumentHelp("The right number of devices the donor declared.", valueName: "count"))
    var declared: Int?

    @Option(help: ArgumentHelp("The right collection site.", valueName: "place"))
    var site: String?

    @Option(name: .customLong("donor-type"), help: ArgumentHelp(
        "The right donor type: public, company, association or individual.", valueName: "type"))
    var donorType: String?

    @Option(help: ArgumentHelp("Why, for the history (required).", valueName: "text"))
    var reason: String

    @Option(name: .customLong("expect-version"), help: ArgumentHelp(
        "Refuse if the lot was corrected since you saw this version.", valueName: "n"))
    var expectVersion: Int?

    func run() throws {
        let lotCode: LotCode
        let correction: LotCorrection
        do {
            lotCode = try LotCode(parsing: code)
        } catch {
            throw options.failure(error.message)
        }
        let type: DonorType?
        do {
            type = try donorType.map(DonorType.init(parsing:))
        } catch {
            throw options.failure(error.message)
        }
        do {
            correction = try LotCorrection(donorName: donor, site: site, declaredCount: declared, weightKilograms: weightKg,
                                           donorType: type, reason: reason)
        } catch {
            throw options.failure(error.message)
        }
        let database = try options.openDatabase()
        let before = try options.perform { try database.lot(code: lotCode) }
        let summary = try options.perform {
            try database.correctLot(lotCode, correction, expectedVersion: expectVersion, actor: options.who, at: Date())
        }
        if options.json {
            JSONOutput.print(LotView(summary.lot, deviceCount: summary.deviceCount, version: summary.version))
        } else {
            print(summary.lot.code.text)
            let corrected = summary.version - (before?.version ?? summary.version)
            let events = try options.perform { try database.history(ofLot: lotCode) }
            for event in events.suffix(corrected) { print("  " + event.change.summary(in: options.language, catalog: CLIMessages.catalog)) }
        }
    }
}
