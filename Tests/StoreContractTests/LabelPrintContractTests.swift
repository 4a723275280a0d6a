import Foundation
import RefurbCore
import RefurbStore
import Testing

/// The labels printed for each device: the same promises on every engine.
@Suite("The label print contract, on each engine")
struct LabelPrintContractTests {
    static let intake = Actor(user: "marie", station: "intake-1")
    static let shop = Actor(user: "paul", station: "shop-1")
    static let now = Date(timeIntervalSince1970: 1_796_000_000)

    @Test("a print is recorded per device and kind, replaced by the next one of its kind, and leaves the device's version alone",
          arguments: StoreEngine.available)
    func prints(engine: StoreEngine) async throws {
        try await engine.withStore { store in
            let labels = try #require(store as? any InventoryStore & LabelPrintStore)
            let lot = try await labels.openLot(try LotInput(donorName: "Entreprise Durand"), receivedOn: "2026-12-07",
                                               actor: Self.intake, at: Self.now)
            let first = try await labels.intake(try IntakeInput(lot: lot.code.text, category: "laptop"), actor: Self.intake, at: Self.now)
            let second = try await labels.intake(try IntakeInput(lot: lot.code.text, category: "desktop"), actor: Self.intake, at: Self.now)
            #expect(try await labels.labelPrints(of: first.assetTag).isEmpty)
            #expect(try await labels.assetTagPrints(of: []).isEmpty)

            let tagPrint = try await labels.recordLabelPrint(first.assetTag, kind: .assetTag, template: "asset-tag-62mm",
                                                             printer: "Brother QL", actor: Self.intake, at: Self.now)
            #expect(tagPrint.assetTag == first.assetTag.text)
            #expect(tagPrint.kind == .assetTag)
            #expect(tagPrint.printedBy == "marie")
            let later = Self.now.addingTimeInterval(3_600)
            let pricePrint = try await labels.recordLabelPrint(first.assetTag, kind: .price, template: "price-62mm",
                                                               printer: "Zebra", actor: Self.shop, at: Self.now)
            // Printed again: the new print replaces the first of its kind.
            let reprint = try await labels.recordLabelPrint(first.assetTag, kind: .assetTag, template: "asset-tag-29mm",
                                                            printer: "Zebra", actor: Self.shop, at: later)
            #expect(try await labels.labelPrints(of: first.assetTag) == [reprint, pricePrint])
            #expect(reprint.printedAt == later)
            #expect(reprint.template == "asset-tag-29mm")
            _ = try await labels.recordLabelPrint(second.assetTag, kind: .price, template: "price-62mm", printer: "Zebra",
                                                  actor: Self.shop, at: Self.now)

            #expect(try await labels.assetTagPrints(of: [first.assetTag, second.assetTag]) == [first.assetTag.text: reprint])
            #expect(try await labels.device(tag: first.assetTag) == first)
            #expect(try await labels.history(of: first.assetTag).count == 1)

            let unknown = try #require(AssetTag(sequence: 999))
            await #expect(throws: StoreError.deviceNotFound(unknown.text)) {
                try await labels.recordLabelPrint(unknown, kind: .assetTag, template: "asset-tag-62mm", printer: "Zebra",
                                                  actor: Self.intake, at: Self.now)
            }
            #expect(try await labels.labelPrints(of: unknown).isEmpty)
        }
    }
}
