/// A label design: its size in mm as a person reads it, the media it is made for on each printer
/// family, and its elements. Loaded from a JSON file in Labels/ (see Schemas/label-template.schema.json).
public struct LabelTemplate: Hashable, Sendable {
    public var name: String
    public var summary: String
    public var widthMM: Double
    public var heightMM: Double
    public var brother: BrotherTarget?
    public var zebra: ZebraTarget?
    public var elements: [LabelElement]
    /// The file the template came from, for error messages.
    public var sourceFile: String

    /// Where a template goes on a Brother QL: which roll, and whether the design is turned a quarter
    /// turn so that it runs along a narrow tape.
    public struct BrotherTarget: Hashable, Sendable {
        public var media: BrotherMedia
        public var rotated: Bool
    }

    /// Where a template goes on a Zebra: its resolution, and which characters its resident font prints.
    public struct ZebraTarget: Hashable, Sendable {
        public var dpi: Int
        public var fontCoverage: ZebraFontCoverage
    }

    /// Every field the template shows.
    public var fields: [LabelField] {
        var seen: [LabelField] = []
        for element in elements {
            let used: [LabelField] = switch element {
            case let .text(text): text.text.fields
            case let .barcode(barcode): barcode.data.fields
            case .line, .box: []
            }
            for field in used where !seen.contains(field) { seen.append(field) }
        }
        return seen
    }
}
