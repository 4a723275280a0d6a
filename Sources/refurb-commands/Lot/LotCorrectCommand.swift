import ArgumentParser
import Foundation
import RefurbCommandLine
import RefurbCore
import RefurbWire

struct LotCorrectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "correct",
        abstract: CLIMessages.help("help.lotCorrect.abstract"),
        discussion: CLIMessages.help("help.lotCorrect.discussion")
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp(CLIMessages.help("help.common.lot"), valueName: "code"))
    var code: String

    @Option(help: ArgumentHelp(CLIMessages.help("help.lotCorrect.donor"), valueName: "name"))
    var donor: String?

    @Option(name: .customLong("weight-kg"), help: ArgumentHelp(CLIMessages.help("help.lotCorrect.weightKg"), valueName: "kg"))
    var weightKg: String?

    @Option(help: ArgumentHelp(CLIMessages.help("help.lotCorrect.declared"), valueName: "count"))
    var declared: Int?

    @Option(help: ArgumentHelp(CLIMessages.help("help.lotCorrect.site"), valueName: "place"))
    var site: String?

    @Option(name: .customLong("donor-type"), help: ArgumentHelp(
        CLIMessages.help("help.lotCorrect.donorType"), valueName: "type"))
    var donorType: String?

    @Option(help: ArgumentHelp(CLIMessages.help("help.common.reason"), valueName: "text"))
    var reason: String

    @Option(name: .customLong("expect-version"), help: ArgumentHelp(
        CLIMessages.help("help.lotCorrect.expectVersion"), valueName: "n"))
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
