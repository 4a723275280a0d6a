import Labels
import RefurbCore
import Printing
import Testing

/// The six templates the workshop ships; their names and field keys are an interface scripts use.
@Suite struct ShippedTemplatesTests {
    static let names = ["asset-tag-29", "asset-tag-62x29", "price-62", "price-62x100", "zebra-asset-tag-2x1",
                        "zebra-price-4x2"]

    @Test func theSixTemplatesAreShippedAndLoad() throws {
        let library = SampleFields.library()
        #expect(Set(Self.names).isSubset(of: Set(library.names())))
        let templates = try library.loadAll()
        #expect(templates.count >= 6)
    }

    @Test(arguments: [
        ("asset-tag-62x29", "62x29", false, MediaRequirement(kind: .dieCut, widthMM: 62, lengthMM: 29)),
        ("asset-tag-29", "29", true, MediaRequirement(kind: .continuous, widthMM: 29)),
        ("price-62x100", "62x100", false, MediaRequirement(kind: .dieCut, widthMM: 62, lengthMM: 100)),
        ("price-62", "62", false, MediaRequirement(kind: .continuous, widthMM: 62)),
    ])
    func brotherTemplatesTargetTheirRoll(name: String, media: String, rotated: Bool, requirement: MediaRequirement) throws {
        let template = try SampleFields.library().load(named: name)
        #expect(template.brother?.media.id == media)
        #expect(template.brother?.rotated == rotated)
        #expect(template.brother?.media.requirement == requirement)
        #expect(template.zebra == nil)
    }

    @Test(arguments: [("zebra-asset-tag-2x1", 50.8, 25.4), ("zebra-price-4x2", 101.6, 50.8)])
    func zebraTemplatesAre203DPIInchSizes(name: String, width: Double, height: Double) throws {
        let template = try SampleFields.library().load(named: name)
        #expect(template.zebra?.dpi == 203)
        #expect(template.widthMM == width && template.heightMM == height)
        #expect(template.brother == nil)
    }

    @Test func fieldKeysAreTheDocumentedOnes() throws {
        #expect(LabelField.allCases.map(\.rawValue) == ["assetTag", "price", "grade", "specs", "workshop", "date", "lot", "donor"])
        let library = SampleFields.library()
        let assetTag = try library.load(named: "asset-tag-62x29")
        #expect(Set(assetTag.fields) == [.assetTag, .workshop, .date])
        let price = try library.load(named: "price-62x100")
        #expect(Set(price.fields) == Set(LabelField.allCases).subtracting([.lot, .donor]))
    }

    /// A lot's label for each roll the asset tags are on: the lot code (13 characters) needs a wider barcode than an
    /// asset tag's (47.5 mm with its margins, against 37 mm on the asset tag's 62×29 label), and a lot numbered past
    /// 9999 needs 49.5 mm, which the Zebra label's 50.8 mm still hold.
    @Test(arguments: [("lot-62x29", "asset-tag-62x29"), ("lot-29", "asset-tag-29"), ("zebra-lot-2x1", "zebra-asset-tag-2x1")])
    func aLotLabelForEachAssetTagRoll(lot name: String, assetTag: String) throws {
        let library = SampleFields.library()
        let lot = try library.load(named: name)
        let tag = try library.load(named: assetTag)
        #expect(Set(lot.fields) == [.lot, .donor, .workshop, .date])
        #expect(lot.widthMM == tag.widthMM && lot.heightMM == tag.heightMM)
        #expect(lot.brother?.media.id == tag.brother?.media.id && lot.brother?.rotated == tag.brother?.rotated)
        #expect((lot.zebra == nil) == (tag.zebra == nil))
        var fields = SampleFields.device
        fields[.lot] = "LOT-2026-99999"
        _ = try LabelRenderer().render(lot, fields: fields, as: lot.zebra != nil ? .zpl : .png)
    }

    @Test func everyShippedTemplateRendersToEveryFormatItTargets() throws {
        let renderer = LabelRenderer()
        for template in try SampleFields.library().loadAll() {
            _ = try renderer.render(template, fields: SampleFields.device, as: .png)
            _ = try renderer.render(template, fields: SampleFields.device, as: .pdf)
            if template.brother != nil {
                for model in BrotherQLModel.all where model.supports(template.brother!.media) {
                    _ = try renderer.render(template, fields: SampleFields.device, as: .brother(model))
                }
            }
            if template.zebra != nil {
                _ = try renderer.render(template, fields: SampleFields.device, as: .zpl)
            }
        }
    }

    @Test func aTemplateAsksForTheFieldsItShows() throws {
        let template = try SampleFields.library().load(named: "price-62x100")
        var fields = SampleFields.device
        fields[.price] = nil
        #expect(throws: LabelError(Message("labels.field.missing.price"))) {
            try LabelRenderer().render(template, fields: fields, as: .png)
        }
    }

    @Test func aTemplateForOneFamilyRefusesTheOther() throws {
        let library = SampleFields.library()
        #expect(throws: LabelError.self) {
            try LabelRenderer().render(try library.load(named: "zebra-price-4x2"), fields: SampleFields.device,
                                       as: .brother(BrotherQLModel.named("QL-700")!))
        }
        #expect(throws: LabelError.self) {
            try LabelRenderer().render(try library.load(named: "price-62"), fields: SampleFields.device, as: .zpl)
        }
    }

    @Test func unknownTemplateNamesTheAvailableOnes() {
        do {
            _ = try SampleFields.library().load(named: "asset-tag")
            Issue.record("must fail")
        } catch let error as LabelError {
            #expect(error.text(in: .fr).contains("asset-tag-62x29"))
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(throws: LabelError.self) { try SampleFields.library().load(named: "../Package") }
    }
}
