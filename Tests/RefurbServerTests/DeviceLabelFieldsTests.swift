import Foundation
import RefurbCore
@testable import RefurbServer
import Testing

/// What a device's label says (issue 13, item 9): the grade in the screen's words, never « Grade B ».
@Suite("A device's label fields")
struct DeviceLabelFieldsTests {
    static func device(grade: Grade?) throws -> Device {
        Device(assetTag: try #require(AssetTag(sequence: 42)), lotCode: try LotCode(parsing: "LOT-2026-0001"), category: .laptop,
               manufacturer: "Lenovo", model: "ThinkPad T480", stage: .ready, grade: grade, price: Money(cents: 12_950))
    }

    @Test("the grade is the screen's words in the label's language")
    func gradeInWords() throws {
        let fr = DeviceLabelFields.fields(for: try Self.device(grade: .b), workshop: "Atelier", language: .fr)
        #expect(fr["grade"] == Grade.b.label.text(in: .fr, catalog: .core))
        #expect(fr["grade"]?.hasPrefix("B — ") == true && fr["grade"]?.contains("Grade") == false)
        let en = DeviceLabelFields.fields(for: try Self.device(grade: .b), workshop: "Atelier", language: .en)
        #expect(en["grade"] == Grade.b.label.text(in: .en, catalog: .core))
        #expect(DeviceLabelFields.fields(for: try Self.device(grade: nil), workshop: "Atelier", language: .fr)["grade"] == nil)
    }
}
