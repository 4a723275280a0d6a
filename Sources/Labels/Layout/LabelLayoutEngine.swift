import RefurbCore

/// Resolves a template and its field values to dots at one printer resolution.
public struct LabelLayoutEngine {
    /// Printer limits that change where things can go.
    public struct Constraints: Sendable {
        /// ZPL's `^BQ` magnification stops at 10 dots per module.
        public var maxQRModuleDots: Int?

        public init(maxQRModuleDots: Int? = nil) {
            self.maxQRModuleDots = maxQRModuleDots
        }
    }

    /// The smallest 2D module accepted when a code is fitted to its box: 0.25 mm, as for Code 128 bars.
    static let minimumModuleMM = 0.25

    let measurer: TextMeasuring
    let fontFamily: String

    public init(measurer: TextMeasuring, fontFamily: String = LabelFont.defaultFamily) {
        self.measurer = measurer
        self.fontFamily = fontFamily
    }

    public func layout(_ template: LabelTemplate, fields: LabelFields, dpi: Double,
                       constraints: Constraints = .init()) throws(LabelError) -> LabelLayout {
        let grid = DotGrid(dpi: dpi)
        let fitter = TextFitter(measurer: measurer)
        var items: [LaidOutItem] = []
        for element in template.elements {
            switch element {
            case let .text(text):
                let content = try text.text.filled(with: fields)
                let frame = grid.rect(text.frame)
                let fitted = fitter.fit(content, in: frame, element: text, grid: grid, family: fontFamily)
                let used = fitted.metrics.height(ofLines: fitted.lines.count)
                let top: Double = switch text.verticalAlignment {
                case .top: Double(frame.y)
                case .middle: Double(frame.y) + (Double(frame.height) - used) / 2
                case .bottom: Double(frame.maxY) - used
                }
                items.append(.text(LaidOutText(elementID: text.id, frame: frame, lines: fitted.lines,
                                               lineWidths: fitted.lineWidths, font: fitted.font, metrics: fitted.metrics,
                                               alignment: text.alignment, top: top)))
            case let .barcode(barcode):
                items.append(.barcode(try place(barcode, fields: fields, grid: grid, constraints: constraints)))
            case let .line(line):
                let thickness = grid.thickness(line.thickness)
                let x = grid.dots(Swift.min(line.from.x, line.to.x))
                let y = grid.dots(Swift.min(line.from.y, line.to.y))
                if line.from.y == line.to.y {
                    let length = grid.dots(Swift.max(line.from.x, line.to.x)) - x
                    items.append(.filledRect(DotRect(x: x, y: y - thickness / 2, width: length, height: thickness)))
                } else {
                    let length = grid.dots(Swift.max(line.from.y, line.to.y)) - y
                    items.append(.filledRect(DotRect(x: x - thickness / 2, y: y, width: thickness, height: length)))
                }
            case let .box(box):
                let rect = grid.rect(box.frame)
                items.append(box.filled ? .filledRect(rect) : .outline(rect, thickness: grid.thickness(box.thickness)))
            }
        }
        return LabelLayout(widthDots: grid.dots(template.widthMM), heightDots: grid.dots(template.heightMM),
                           grid: grid, items: items)
    }

    /// Sizes a barcode in whole dots per module and places it, quiet zones included, inside its frame.
    private func place(_ element: BarcodeElement, fields: LabelFields, grid: DotGrid,
                       constraints: Constraints) throws(LabelError) -> LaidOutBarcode {
        let data = try element.data.filled(with: fields)
        guard !data.isEmpty else { throw LabelError(Message("labels.barcode.empty", element.id)) }
        let matrix = try ZintBarcodeEncoder.encode(data, as: element.symbology)
        let frame = grid.rect(element.frame)
        let quiet = element.symbology.quietZoneModules
        let spanColumns = matrix.columns + 2 * quiet

        let moduleDots: Int
        let heightDots: Int
        let spanHeightDots: Int
        if element.symbology.isLinear {
            moduleDots = grid.thickness(element.moduleSize ?? BarcodeElement.defaultModuleWidthMM)
            heightDots = frame.height
            spanHeightDots = frame.height
        } else {
            let spanRows = matrix.rows + 2 * quiet
            var chosen = element.moduleSize.map { grid.thickness($0) }
                ?? Swift.min(frame.width / spanColumns, frame.height / spanRows)
            if case .qr = element.symbology, let limit = constraints.maxQRModuleDots { chosen = Swift.min(chosen, limit) }
            let minimum = grid.thickness(Self.minimumModuleMM)
            guard chosen >= minimum else {
                throw LabelError(Message("labels.barcode.tooDense", element.id, data,
                                         Self.format(grid.millimetres(minimum * spanColumns)),
                                         Self.format(grid.millimetres(Swift.min(frame.width, frame.height)))))
            }
            moduleDots = chosen
            heightDots = matrix.rows * moduleDots
            spanHeightDots = spanRows * moduleDots
        }
        let spanWidthDots = spanColumns * moduleDots
        guard spanWidthDots <= frame.width, spanHeightDots <= frame.height else {
            throw LabelError(Message("labels.barcode.tooWide", element.id, data,
                                     Self.format(grid.millimetres(spanWidthDots)), Self.format(grid.millimetres(frame.width))))
        }
        let left: Int = switch element.alignment {
        case .left: frame.x
        case .center: frame.x + (frame.width - spanWidthDots) / 2
        case .right: frame.maxX - spanWidthDots
        }
        let top: Int = switch element.verticalAlignment {
        case .top: frame.y
        case .middle: frame.y + (frame.height - spanHeightDots) / 2
        case .bottom: frame.maxY - spanHeightDots
        }
        let verticalQuiet = element.symbology.isLinear ? 0 : quiet * moduleDots
        return LaidOutBarcode(elementID: element.id, symbology: element.symbology, data: data, matrix: matrix,
                              moduleDots: moduleDots, heightDots: heightDots,
                              origin: (left + quiet * moduleDots, top + verticalQuiet))
    }

    private static func format(_ mm: Double) -> String {
        let tenths = Int((mm * 10).rounded())
        return "\(tenths / 10),\(tenths % 10)"
    }
}
