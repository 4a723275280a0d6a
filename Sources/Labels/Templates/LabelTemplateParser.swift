import Foundation
import RefurbCore

/// Reads a template file and checks everything that can be checked before a label is printed:
/// unknown keys (typos), types, units, field names, element ids, and that every element sits on the
/// label and inside what the printer can reach. Each error names the file, the element and the problem.
struct LabelTemplateParser {
    let file: String

    /// Label names are what scripts pass to `--template`: the file must be named after its template.
    private var expectedName: String {
        let base = file.split(separator: "/").last.map(String.init) ?? file
        return base.hasSuffix(".json") ? String(base.dropLast(5)) : base
    }

    func parse(_ data: Data) throws(LabelTemplateError) -> LabelTemplate {
        let bytes = [UInt8](data)
        let root: JSONValue
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            let (line, column) = Self.lineAndColumn(of: error.offset, in: bytes)
            throw fail(nil, Message("labels.template.invalidJSON", String(line), String(column)))
        }
        let top = try object(root, at: nil, key: nil)
        try checkKeys(top, allowed: ["$schema", "name", "description", "size", "media", "elements"], element: nil)

        let name = try string(top, "name", element: nil)
        guard name == expectedName else { throw fail(nil, Message("labels.template.nameMismatch", name, expectedName)) }
        let summary = try optionalString(top, "description", element: nil) ?? ""

        let size = try object(try required(top, "size", element: nil), at: nil, key: "size")
        try checkKeys(size, allowed: ["width", "height"], element: nil, within: "size")
        let width = try positiveNumber(size, "width", element: nil, within: "size")
        let height = try positiveNumber(size, "height", element: nil, within: "size")

        let media = try object(try required(top, "media", element: nil), at: nil, key: "media")
        try checkKeys(media, allowed: ["brother", "zebra"], element: nil, within: "media")
        let brother = try media["brother"].map { value throws(LabelTemplateError) in
            try brotherTarget(value, widthMM: width, heightMM: height)
        }
        let zebra = try media["zebra"].map { value throws(LabelTemplateError) in try zebraTarget(value) }
        guard brother != nil || zebra != nil else { throw fail(nil, Message("labels.template.noMedia")) }

        guard case let .array(rawElements)? = top["elements"] else {
            if top["elements"] == nil { throw fail(nil, Message("labels.template.missingKey", "elements")) }
            throw fail(nil, Message("labels.template.wrongType", "elements", "array", top["elements"]!.typeName))
        }
        guard !rawElements.isEmpty else { throw fail(nil, Message("labels.template.noElements")) }

        var elements: [LabelElement] = []
        var seenIDs: Set<String> = []
        for (index, raw) in rawElements.enumerated() {
            let position = "#\(index + 1)"
            let fields = try object(raw, at: position, key: nil)
            let id: String
            if case let .string(text)? = fields["id"], !text.isEmpty {
                id = text
            } else {
                throw fail(position, Message("labels.template.missingKey", "id"))
            }
            guard seenIDs.insert(id).inserted else { throw fail(id, Message("labels.template.duplicateID", id)) }
            let element = try parseElement(fields, id: id)
            try checkPlacement(element, labelWidth: width, labelHeight: height, brother: brother)
            elements.append(element)
        }

        return LabelTemplate(name: name, summary: summary, widthMM: width, heightMM: height,
                             brother: brother, zebra: zebra, elements: elements, sourceFile: file)
    }

    // MARK: Media

    private func brotherTarget(_ value: JSONValue, widthMM: Double, heightMM: Double) throws(LabelTemplateError) -> LabelTemplate.BrotherTarget {
        let fields = try object(value, at: nil, key: "media.brother")
        try checkKeys(fields, allowed: ["label", "rotate"], element: nil, within: "media.brother")
        let id = try string(fields, "label", element: nil, within: "media.brother")
        guard let media = BrotherMedia.named(id) else {
            throw fail(nil, Message("labels.template.unknownBrotherMedia", id,
                                    BrotherMedia.all.map(\.id).joined(separator: ", ")))
        }
        let rotation = try optionalNumber(fields, "rotate", element: nil, within: "media.brother") ?? 0
        guard rotation == 0 || rotation == 90 else {
            throw fail(nil, Message("labels.template.badValue", "media.brother.rotate", String(rotation), "0, 90"))
        }
        let rotated = rotation == 90
        // The dimension across the tape must be the tape's width; a die-cut label's other side its length.
        let across = rotated ? heightMM : widthMM
        let along = rotated ? widthMM : heightMM
        let tolerance = 1.0
        if abs(across - Double(media.widthMM)) > tolerance
            || (media.lengthMM.map { abs(along - Double($0)) > tolerance } ?? false) {
            let design = "\(Self.format(widthMM))×\(Self.format(heightMM)) mm"
            throw fail(nil, Message("labels.template.mediaSizeMismatch", design, media.id, media.sizeDescription,
                                    rotated ? "90" : "0"))
        }
        return LabelTemplate.BrotherTarget(media: media, rotated: rotated)
    }

    private func zebraTarget(_ value: JSONValue) throws(LabelTemplateError) -> LabelTemplate.ZebraTarget {
        let fields = try object(value, at: nil, key: "media.zebra")
        try checkKeys(fields, allowed: ["dpi", "fontCoverage"], element: nil, within: "media.zebra")
        let dpi = try positiveNumber(fields, "dpi", element: nil, within: "media.zebra")
        let supported = [152.0, 203, 300, 600]
        guard supported.contains(dpi) else {
            throw fail(nil, Message("labels.template.badValue", "media.zebra.dpi", Self.format(dpi), "152, 203, 300, 600"))
        }
        let coverage = try choice(fields, "fontCoverage", element: nil, within: "media.zebra",
                                  default: ZebraFontCoverage.ascii)
        return LabelTemplate.ZebraTarget(dpi: Int(dpi), fontCoverage: coverage)
    }

    // MARK: Elements

    private func parseElement(_ fields: [String: JSONValue], id: String) throws(LabelTemplateError) -> LabelElement {
        let type = try string(fields, "type", element: id)
        switch type {
        case "text":
            try checkKeys(fields, allowed: ["id", "type", "x", "y", "width", "height", "text", "size", "minSize", "weight",
                                            "align", "verticalAlign", "maxLines", "shrinkToFit"], element: id)
            let size = try positiveNumber(fields, "size", element: id)
            let minSize = try optionalNumber(fields, "minSize", element: id) ?? Swift.min(size, 5)
            guard minSize > 0, minSize <= size else {
                throw fail(id, Message("labels.template.minSizeAboveSize", Self.format(minSize), Self.format(size)))
            }
            let maxLines = try optionalNumber(fields, "maxLines", element: id) ?? 1
            guard maxLines >= 1, maxLines == maxLines.rounded() else {
                throw fail(id, Message("labels.template.badValue", "maxLines", Self.format(maxLines), "1, 2, 3…"))
            }
            return .text(TextElement(
                id: id, frame: try frame(fields, element: id), text: try fieldTemplate(fields, "text", element: id),
                size: size, minSize: minSize,
                weight: try choice(fields, "weight", element: id, default: FontWeight.normal),
                alignment: try choice(fields, "align", element: id, default: HorizontalAlignment.left),
                verticalAlignment: try choice(fields, "verticalAlign", element: id, default: VerticalAlignment.top),
                maxLines: Int(maxLines),
                shrinkToFit: try optionalBool(fields, "shrinkToFit", element: id) ?? false))

        case "code128", "qr", "datamatrix":
            var allowed = ["id", "type", "x", "y", "width", "height", "data", "moduleSize", "align", "verticalAlign"]
            if type == "qr" { allowed.append("errorCorrection") }
            try checkKeys(fields, allowed: allowed, element: id)
            let symbology: BarcodeSymbology = switch type {
            case "code128": .code128
            case "qr": .qr(errorCorrection: try choice(fields, "errorCorrection", element: id, default: QRErrorCorrection.M))
            default: .dataMatrix
            }
            let moduleSize = try optionalNumber(fields, "moduleSize", element: id)
            if let moduleSize, moduleSize <= 0 {
                throw fail(id, Message("labels.template.notPositive", "moduleSize"))
            }
            return .barcode(BarcodeElement(
                id: id, frame: try frame(fields, element: id), symbology: symbology,
                data: try fieldTemplate(fields, "data", element: id),
                moduleSize: moduleSize ?? (symbology.isLinear ? BarcodeElement.defaultModuleWidthMM : nil),
                alignment: try choice(fields, "align", element: id, default: HorizontalAlignment.left),
                verticalAlignment: try choice(fields, "verticalAlign", element: id, default: VerticalAlignment.top)))

        case "line":
            try checkKeys(fields, allowed: ["id", "type", "x1", "y1", "x2", "y2", "thickness"], element: id)
            let from = (x: try nonNegativeNumber(fields, "x1", element: id), y: try nonNegativeNumber(fields, "y1", element: id))
            let to = (x: try nonNegativeNumber(fields, "x2", element: id), y: try nonNegativeNumber(fields, "y2", element: id))
            guard from.x == to.x || from.y == to.y else { throw fail(id, Message("labels.template.lineNotStraight")) }
            guard from != to else { throw fail(id, Message("labels.template.lineEmpty")) }
            let thickness = try optionalNumber(fields, "thickness", element: id) ?? LineElement.defaultThicknessMM
            guard thickness > 0 else { throw fail(id, Message("labels.template.notPositive", "thickness")) }
            return .line(LineElement(id: id, from: from, to: to, thickness: thickness))

        case "box":
            try checkKeys(fields, allowed: ["id", "type", "x", "y", "width", "height", "thickness", "fill"], element: id)
            let thickness = try optionalNumber(fields, "thickness", element: id) ?? LineElement.defaultThicknessMM
            guard thickness > 0 else { throw fail(id, Message("labels.template.notPositive", "thickness")) }
            return .box(BoxElement(id: id, frame: try frame(fields, element: id), thickness: thickness,
                                   filled: try optionalBool(fields, "fill", element: id) ?? false))

        default:
            throw fail(id, Message("labels.template.unknownType", type, "text, code128, qr, datamatrix, line, box"))
        }
    }

    /// Every element must lie on the label, and on a Brother inside the area the head can print.
    private func checkPlacement(_ element: LabelElement, labelWidth: Double, labelHeight: Double,
                                brother: LabelTemplate.BrotherTarget?) throws(LabelTemplateError) {
        let bounds = element.bounds
        let slack = 0.01
        if bounds.x < -slack || bounds.y < -slack || bounds.maxX > labelWidth + slack || bounds.maxY > labelHeight + slack {
            throw fail(element.id, Message("labels.template.outsideLabel", Self.format(labelWidth), Self.format(labelHeight)))
        }
        if let brother {
            let area = brother.media.printableAreaMM(designWidth: labelWidth, designHeight: labelHeight, rotated: brother.rotated)
            if bounds.x < area.x - slack || bounds.y < area.y - slack
                || bounds.maxX > area.maxX + slack || bounds.maxY > area.maxY + slack {
                throw fail(element.id, Message("labels.template.outsidePrintable", brother.media.id,
                                               Self.format(area.x), Self.format(area.maxX),
                                               Self.format(area.y), Self.format(area.maxY)))
            }
        }
    }

    // MARK: Typed access

    private func fail(_ element: String?, _ problem: Message) -> LabelTemplateError {
        LabelTemplateError(file: file, element: element, problem: problem)
    }

    private func object(_ value: JSONValue, at element: String?, key: String?) throws(LabelTemplateError) -> [String: JSONValue] {
        guard case let .object(fields) = value else {
            throw fail(element, Message("labels.template.wrongType", key ?? (element == nil ? "/" : "element"), "object",
                                        value.typeName))
        }
        return fields
    }

    private func checkKeys(_ fields: [String: JSONValue], allowed: [String], element: String?,
                           within: String? = nil) throws(LabelTemplateError) {
        for key in fields.keys.sorted() where !allowed.contains(key) {
            throw fail(element, Message("labels.template.unknownKey", Self.path(key, within),
                                        allowed.filter { $0 != "$schema" }.joined(separator: ", ")))
        }
    }

    private func required(_ fields: [String: JSONValue], _ key: String, element: String?,
                          within: String? = nil) throws(LabelTemplateError) -> JSONValue {
        guard let value = fields[key] else {
            throw fail(element, Message("labels.template.missingKey", Self.path(key, within)))
        }
        return value
    }

    private func string(_ fields: [String: JSONValue], _ key: String, element: String?,
                        within: String? = nil) throws(LabelTemplateError) -> String {
        let value = try required(fields, key, element: element, within: within)
        guard case let .string(text) = value else {
            throw fail(element, Message("labels.template.wrongType", Self.path(key, within), "string", value.typeName))
        }
        return text
    }

    private func optionalString(_ fields: [String: JSONValue], _ key: String, element: String?) throws(LabelTemplateError) -> String? {
        guard fields[key] != nil else { return nil }
        return try string(fields, key, element: element)
    }

    private func optionalNumber(_ fields: [String: JSONValue], _ key: String, element: String?,
                                within: String? = nil) throws(LabelTemplateError) -> Double? {
        guard let value = fields[key] else { return nil }
        guard let number = value.number else {
            throw fail(element, Message("labels.template.wrongType", Self.path(key, within), "number", value.typeName))
        }
        return number
    }

    private func positiveNumber(_ fields: [String: JSONValue], _ key: String, element: String?,
                                within: String? = nil) throws(LabelTemplateError) -> Double {
        _ = try required(fields, key, element: element, within: within)
        let number = try optionalNumber(fields, key, element: element, within: within)!
        guard number > 0 else { throw fail(element, Message("labels.template.notPositive", Self.path(key, within))) }
        return number
    }

    private func nonNegativeNumber(_ fields: [String: JSONValue], _ key: String, element: String?) throws(LabelTemplateError) -> Double {
        _ = try required(fields, key, element: element)
        let number = try optionalNumber(fields, key, element: element)!
        guard number >= 0 else { throw fail(element, Message("labels.template.negative", key)) }
        return number
    }

    private func optionalBool(_ fields: [String: JSONValue], _ key: String, element: String?) throws(LabelTemplateError) -> Bool? {
        guard let value = fields[key] else { return nil }
        guard case let .bool(flag) = value else {
            throw fail(element, Message("labels.template.wrongType", key, "boolean", value.typeName))
        }
        return flag
    }

    private func choice<Choice: RawRepresentable & CaseIterable>(
        _ fields: [String: JSONValue], _ key: String, element: String?, within: String? = nil, default fallback: Choice
    ) throws(LabelTemplateError) -> Choice where Choice.RawValue == String {
        guard fields[key] != nil else { return fallback }
        let text = try string(fields, key, element: element, within: within)
        guard let value = Choice(rawValue: text) else {
            throw fail(element, Message("labels.template.badValue", Self.path(key, within), text,
                                        Choice.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        return value
    }

    private func frame(_ fields: [String: JSONValue], element: String) throws(LabelTemplateError) -> MillimetreRect {
        MillimetreRect(x: try nonNegativeNumber(fields, "x", element: element),
                       y: try nonNegativeNumber(fields, "y", element: element),
                       width: try positiveNumber(fields, "width", element: element),
                       height: try positiveNumber(fields, "height", element: element))
    }

    private func fieldTemplate(_ fields: [String: JSONValue], _ key: String, element: String) throws(LabelTemplateError) -> FieldTemplate {
        let text = try string(fields, key, element: element)
        guard !text.isEmpty else { throw fail(element, Message("labels.template.emptyText", key)) }
        do throws(FieldTemplate.ParseProblem) {
            return try FieldTemplate(parsing: text)
        } catch {
            switch error {
            case let .unknownField(name):
                throw fail(element, Message("labels.template.unknownField", name,
                                            LabelField.allCases.map { "{\($0.rawValue)}" }.joined(separator: ", ")))
            case .unclosedBrace:
                throw fail(element, Message("labels.template.unclosedBrace", text))
            }
        }
    }

    private static func path(_ key: String, _ within: String?) -> String {
        within.map { "\($0).\(key)" } ?? key
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value)
    }

    /// Where a syntax error is, as a person opening the file in an editor would look for it.
    private static func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        let before = bytes.prefix(max(0, min(offset, bytes.count)))
        let line = before.filter { $0 == UInt8(ascii: "\n") }.count + 1
        let column = before.count - (before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0) + 1
        return (line, column)
    }
}

extension BarcodeElement {
    /// 0.25 mm: 3 dots at 300 dpi, 2 at 203 dpi, what cheap CCD and keyboard-wedge scanners read reliably.
    public static let defaultModuleWidthMM = 0.25
}

extension LineElement {
    public static let defaultThicknessMM = 0.3
}
