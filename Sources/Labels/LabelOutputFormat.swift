import Printing
import RefurbCore

/// What a label is rendered to: a preview (PNG), a sheet for an office printer (PDF), or a printer's
/// own language (ZPL, Brother QL raster for one model).
public enum LabelOutputFormat: Hashable, Sendable, CustomStringConvertible {
    case png
    case pdf
    case zpl
    case brother(BrotherQLModel)

    /// Parses `png`, `pdf`, `zpl`, `brother:QL-700`.
    public init(parsing text: String) throws(LabelError) {
        let lowered = text.lowercased()
        switch lowered {
        case "png": self = .png
        case "pdf": self = .pdf
        case "zpl": self = .zpl
        default:
            guard lowered.hasPrefix("brother:") else {
                throw LabelError(Message("labels.format.unknown", text))
            }
            let name = String(text.dropFirst("brother:".count))
            guard let model = BrotherQLModel.named(name) else {
                throw LabelError(Message("labels.format.unknownModel", name,
                                         BrotherQLModel.all.map(\.name).joined(separator: ", ")))
            }
            self = .brother(model)
        }
    }

    public var description: String {
        switch self {
        case .png: "png"
        case .pdf: "pdf"
        case .zpl: "zpl"
        case let .brother(model): "brother:\(model.name)"
        }
    }

    /// The printer language, for printing; nil for formats meant for people.
    public var printerFamily: PrinterFamily? {
        switch self {
        case .png, .pdf: nil
        case .zpl: .zebraZPL
        case .brother: .brotherQL
        }
    }
}

/// A label ready to save or send.
public struct RenderedLabel: Sendable {
    public var bytes: [UInt8]
    public var format: LabelOutputFormat
    /// The roll a Brother job needs loaded (checked against the printer's status before sending).
    public var requiredMedia: MediaRequirement?

    /// The job for `Printing`; nil for PNG and PDF, which are not printer languages.
    public var printJob: PrintJob? {
        format.printerFamily.map { PrintJob(bytes: bytes, family: $0, requiredMedia: requiredMedia) }
    }
}
