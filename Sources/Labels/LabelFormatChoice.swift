import Printing
import RefurbCore

extension LabelOutputFormat {
    /// The printer language for a job: the one asked for, else what a USB printer says it speaks,
    /// else ZPL for a template that only has a Zebra target. A network or file printer cannot tell,
    /// so a template with both targets needs the format given.
    public static func choose(for template: LabelTemplate, connection: any PrinterConnection,
                              requested: String?) throws(LabelError) -> LabelOutputFormat {
        if let requested { return try LabelOutputFormat(parsing: requested) }
        if let usb = connection as? USBPrinterConnection {
            switch usb.printer.family {
            case .zebraZPL:
                return .zpl
            case .brotherQL:
                if let name = usb.printer.model, let model = BrotherQLModel.named(name) { return .brother(model) }
                throw LabelError(Message("labels.cli.unknownBrotherModel", usb.printer.model ?? usb.summary))
            case .dymo, .unknown:
                throw LabelError(Message("labels.cli.unsupportedPrinter", usb.summary))
            }
        }
        if template.zebra != nil && template.brother == nil { return .zpl }
        throw LabelError(Message("labels.cli.formatNeeded", connection.summary))
    }
}
