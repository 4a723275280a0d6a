import ArgumentParser
import Foundation
import Printing
import RefurbCommandLine
import RefurbCore

/// `refurb printers`: the USB label printers plugged in, with model, serial, roll and state, and
/// what to check when none is found.
struct PrintersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "printers",
        abstract: CLIMessages.help("help.printers.abstract"),
        discussion: CLIMessages.help("help.printers.discussion")
    )

    @OptionGroup var options: GlobalOptions

    @Flag(help: ArgumentHelp(CLIMessages.help("help.printers.noStatus")))
    var noStatus = false

    @Flag(help: ArgumentHelp(CLIMessages.help("help.printers.descriptors")))
    var descriptors = false

    func run() async throws {
        let scan = await USBPrinterDiscovery.scan()
        if descriptors {
            JSONOutput.print(scan.allDevices)
            return
        }
        var views: [PrinterView] = []
        for printer in scan.printers {
            views.append(await describe(printer))
        }
        let advice = scan.advice.map { LabelFailure.text($0, options) }
        if options.json {
            JSONOutput.print(PrintersView(printers: views, advice: advice))
            return
        }
        for view in views {
            let media = view.loadedMedia ?? "-"
            print("\(view.maker) \(view.model ?? "?")  \(view.uri)  \(view.serial ?? "-")  \(media)  \(view.state)")
            for problem in view.problems { print("  - \(problem)") }
        }
        for line in advice { print(line) }
    }

    private func describe(_ printer: USBScanResult.Printer) async -> PrinterView {
        var view = PrinterView(
            maker: KnownLabelPrinters.vendorNames[printer.device.vendorID] ?? printer.device.manufacturer ?? printer.device.idText,
            model: printer.model, serial: printer.device.serialNumber, uri: printer.uri.description,
            family: printer.family.rawValue, loadedMedia: nil, state: "", problems: [])
        if let problem = printer.accessProblem {
            view.state = text("printing.state.unreachable")
            view.problems = [text(problem.message(device: printer.model ?? printer.device.idText))]
            return view
        }
        guard !noStatus else {
            view.state = text("printing.state.notAsked")
            return view
        }
        do {
            let connection = try await USBPrinterConnection.connect(printer.uri)
            let status: PrinterStatusReport?
            do {
                status = try await PrinterStatusQuery.query(printer.family, on: connection)
            } catch {
                await connection.close()
                throw error
            }
            await connection.close()
            guard let status else {
                view.state = text("printing.state.unknown")
                return view
            }
            view.loadedMedia = status.loadedMedia.map(mediaText)
            view.state = text(status.isReady ? "printing.state.ready" : "printing.state.notReady")
            view.problems = status.problems.map { text($0) }
        } catch let error as PrintingError {
            view.state = text("printing.state.unreachable")
            view.problems = [error.text(in: options.language)]
        } catch {
            view.state = text("printing.state.unreachable")
            view.problems = ["\(error)"]
        }
        return view
    }

    private func mediaText(_ media: LoadedMedia) -> String {
        switch media.kind {
        case .continuous?: text(Message("printing.media.loaded.continuous", String(media.widthMM)))
        case .dieCut?: text(Message("printing.media.loaded.dieCut", media.description))
        case nil: text("printing.media.loaded.none")
        }
    }

    private func text(_ key: String) -> String { text(Message(key)) }

    private func text(_ message: Message) -> String {
        MessageCatalog.printing.text(for: message, in: options.language)
    }
}

struct PrinterView: Encodable {
    var maker: String
    var model: String?
    var serial: String?
    var uri: String
    var family: String
    var loadedMedia: String?
    var state: String
    var problems: [String]
}

struct PrintersView: Encodable {
    let printers: [PrinterView]
    let advice: [String]
}
