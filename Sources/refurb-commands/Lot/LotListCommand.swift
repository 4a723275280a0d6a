import ArgumentParser
import Foundation
import RefurbCommandLine
import RefurbCore
import RefurbWire

struct LotListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: CLIMessages.help("help.lotList.abstract")
    )

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let database = try options.openDatabase()
        let lots = try options.perform { try database.lots() }
        if options.json {
            JSONOutput.print(lots.map { LotView($0.lot, deviceCount: $0.deviceCount) })
            return
        }
        guard !lots.isEmpty else {
            print(CLIMessages.text("cli.noLots", in: options.language))
            return
        }
        let language = options.language
        for summary in lots {
            let lot = summary.lot
            var counts = "\(summary.deviceCount)"
            if let declared = lot.declaredCount {
                counts += " / \(declared) \(CLIMessages.text("field.declared", in: language))"
            }
            var line = "\(lot.code.text)  \(lot.receivedOn)  \(lot.donorName)  · \(CLIMessages.text("field.devices", in: language)): \(counts)"
            if let grams = lot.weightGrams {
                // Written like the pages: "48,5 kg", or said to be out of range when another program stored it.
                line += "  · \(CLIMessages.text("field.weight", in: language)): \(Quantity.weight.shown(grams, in: language))"
            }
            print(line)
        }
    }
}
