import ArgumentParser
import Foundation
import RefurbCommandLine
import RefurbCore
import RefurbServer
import RefurbWire

struct DeviceShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: CLIMessages.help("help.deviceShow.abstract")
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp(CLIMessages.help("help.deviceShow.device"), valueName: "tag-or-serial"))
    var device: String

    struct Output: Encodable {
        let device: DeviceView
        let events: [EventView]
        let possibleMoves: [String]
    }

    func run() throws {
        let database = try options.openDatabase()
        let language = options.language
        let found = try options.device(device, in: database)
        let history = try options.perform { try database.history(of: found.assetTag) }
        let facts = EventReplay.facts(after: history.map(\.change))
        let moves = Lifecycle.possibleMoves(from: found.stage, facts: facts)
        if options.json {
            JSONOutput.print(Output(device: DeviceView(found), events: history.map { EventView($0, language: language) },
                                    possibleMoves: moves.map(\.rawValue)))
            return
        }
        func line(_ key: String, _ value: String?) {
            guard let value else { return }
            print("\(CLIMessages.text("field.\(key)", in: language)): \(value)")
        }
        line("assetTag", found.assetTag.text)
        line("lot", found.lotCode.text)
        line("category", CLIMessages.text("category.\(found.category.rawValue)", in: language))
        line("manufacturer", found.manufacturer)
        line("model", found.model)
        line("displayName", found.displayName)
        line("serial", found.serial?.text)
        line("stage", CLIMessages.text(found.stage.label, in: language))
        line("grade", found.grade.map { CLIMessages.text($0.label, in: language) })
        line("price", found.price.map { MoneyFormat.string($0, in: language) })
        line("location", found.location)
        line("version", String(found.version))
        print(StageGraph.nextStages(from: found.stage).isEmpty
              ? CLIMessages.text("cli.nextSteps.final", in: language)
              : moves.isEmpty
              ? CLIMessages.text("cli.nextSteps.none", in: language)
              : CLIMessages.text("cli.nextSteps", moves.map { "\(CLIMessages.text($0.label, in: language)) (\($0.rawValue))" }
                                                   .joined(separator: ", "), in: language))
        print("")
        print("\(CLIMessages.text("cli.history", in: language)):")
        for event in history {
            print("  \(WorkshopClock.display(event.occurredAt))  \(event.change.summary(in: language, catalog: CLIMessages.catalog))  — \(event.actor.user) @ \(event.actor.station)")
        }
    }
}
