import Foundation
import Labels
import RefurbCore
import Testing

/// A template with a mistake gets an error naming the file, the element and the problem.
@Suite struct TemplateErrorTests {
    func load(fixture name: String) throws -> LabelTemplate {
        try LabelTemplateLibrary.load(file: RepositoryPaths.fixtures.appendingPathComponent("templates/\(name).json"))
    }

    func error(loading name: String) -> LabelTemplateError? {
        do {
            _ = try load(fixture: name)
            return nil
        } catch let error as LabelTemplateError {
            return error
        } catch {
            return nil
        }
    }

    @Test func misspeltFieldNamesFileElementAndTheKnownFields() throws {
        let error = try #require(self.error(loading: "wrong-field"))
        #expect(error.file.hasSuffix("templates/wrong-field.json"))
        #expect(error.element == "tag")
        let french = error.text(in: .fr)
        #expect(french.contains("wrong-field.json") && french.contains("« tag »") && french.contains("{assetag}"))
        #expect(french.contains("{assetTag}"))
        #expect(error.text(in: .en).contains("unknown field \"{assetag}\""))
    }

    @Test func elementOutsideThePrintableAreaIsNamed() throws {
        let error = try #require(self.error(loading: "outside-printable"))
        #expect(error.element == "barcode")
        #expect(error.problem.key == "labels.template.outsidePrintable")
        #expect(error.text(in: .fr).contains("zone imprimable du rouleau 62x29"))
    }

    @Test func invalidJSONSaysWhere() throws {
        let error = try #require(self.error(loading: "broken-json"))
        #expect(error.element == nil)
        #expect(error.problem.key == "labels.template.invalidJSON")
    }

    static let base = #"""
        {"name": "case", "size": {"width": 62, "height": 29}, "media": {"brother": {"label": "62x29"}},
         "elements": [{"id": "tag", "type": "text", "x": 3, "y": 4, "width": 40, "height": 6, "text": "{assetTag}", "size": 12}]}
        """#

    /// (what is changed, top-level keys replaced as JSON, element expected in the error, catalog key expected)
    static let cases: [(String, String, String?, String)] = [
        ("unknown top key", #"{"colour": "red"}"#, nil, "labels.template.unknownKey"),
        ("name differs from file", #"{"name": "other"}"#, nil, "labels.template.nameMismatch"),
        ("unknown Brother roll", #"{"media": {"brother": {"label": "63x29"}}}"#, nil, "labels.template.unknownBrotherMedia"),
        ("size does not match roll", #"{"size": {"width": 62, "height": 40}}"#, nil, "labels.template.mediaSizeMismatch"),
        ("no media", #"{"media": {}}"#, nil, "labels.template.noMedia"),
        ("bad Zebra dpi", #"{"media": {"zebra": {"dpi": 250}}}"#, nil, "labels.template.badValue"),
        ("negative width", #"{"size": {"width": -62, "height": 29}}"#, nil, "labels.template.notPositive"),
        ("no elements", #"{"elements": []}"#, nil, "labels.template.noElements"),
        ("element without id", #"{"elements": [{"type": "text"}]}"#, "#1", "labels.template.missingKey"),
        ("unknown element type", #"{"elements": [{"id": "logo", "type": "image"}]}"#, "logo", "labels.template.unknownType"),
        ("typo in element key", #"{"elements": [{"id": "tag", "type": "text", "x": 3, "y": 4, "width": 40, "height": 6, "text": "{assetTag}", "size": 12, "maxline": 2}]}"#,
         "tag", "labels.template.unknownKey"),
        ("size as text", #"{"elements": [{"id": "tag", "type": "text", "x": 3, "y": 4, "width": 40, "height": 6, "text": "{assetTag}", "size": "12pt"}]}"#,
         "tag", "labels.template.wrongType"),
        ("bad alignment", #"{"elements": [{"id": "tag", "type": "text", "x": 3, "y": 4, "width": 40, "height": 6, "text": "{assetTag}", "size": 12, "align": "justify"}]}"#,
         "tag", "labels.template.badValue"),
        ("minimum above size", #"{"elements": [{"id": "tag", "type": "text", "x": 3, "y": 4, "width": 40, "height": 6, "text": "{assetTag}", "size": 12, "minSize": 14}]}"#,
         "tag", "labels.template.minSizeAboveSize"),
        ("bad QR level", #"{"elements": [{"id": "qr", "type": "qr", "x": 3, "y": 4, "width": 20, "height": 20, "data": "{assetTag}", "errorCorrection": "X"}]}"#,
         "qr", "labels.template.badValue"),
        ("unclosed brace", #"{"elements": [{"id": "bc", "type": "code128", "x": 3, "y": 4, "width": 40, "height": 8, "data": "{assetTag"}]}"#,
         "bc", "labels.template.unclosedBrace"),
        ("slanted line", #"{"elements": [{"id": "rule", "type": "line", "x1": 3, "y1": 4, "x2": 40, "y2": 8}]}"#,
         "rule", "labels.template.lineNotStraight"),
        ("off the label", #"{"elements": [{"id": "box", "type": "box", "x": 30, "y": 4, "width": 40, "height": 8}]}"#,
         "box", "labels.template.outsideLabel"),
        ("duplicate id", #"{"elements": [{"id": "a", "type": "box", "x": 3, "y": 4, "width": 4, "height": 4}, {"id": "a", "type": "box", "x": 9, "y": 4, "width": 4, "height": 4}]}"#,
         "a", "labels.template.duplicateID"),
    ]

    static func write(_ base: String, replacing: String = "{}", in folder: URL) throws -> URL {
        var json = try JSONSerialization.jsonObject(with: Data(base.utf8)) as! [String: Any]
        let changes = try JSONSerialization.jsonObject(with: Data(replacing.utf8)) as! [String: Any]
        for (field, value) in changes { json[field] = value }
        let file = folder.appendingPathComponent("case.json")
        try JSONSerialization.data(withJSONObject: json).write(to: file)
        return file
    }

    @Test(arguments: cases)
    func eachMistakeIsReported(change: String, replacing: String, element: String?, key: String) throws {
        let folder = try RepositoryPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Self.write(Self.base, replacing: replacing, in: folder)
        do {
            _ = try LabelTemplateLibrary.load(file: file)
            Issue.record("\(change): the template must be refused")
        } catch let error as LabelTemplateError {
            #expect(error.element == element, "\(change)")
            #expect(error.problem.key == key, "\(change): \(error)")
            #expect(error.file == file.path)
            #expect(!error.text(in: .fr).contains("labels."), "\(change): untranslated \(error.text(in: .fr))")
            #expect(!error.text(in: .en).contains("labels."))
        }
    }

    @Test func theBaseOfTheseCasesIsValid() throws {
        let folder = try RepositoryPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Self.write(Self.base, in: folder)
        #expect(try LabelTemplateLibrary.load(file: file).elements.count == 1)
    }
}
