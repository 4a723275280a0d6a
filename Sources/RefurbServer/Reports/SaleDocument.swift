import Foundation
import RefurbCore
import RefurbStore

/// What a receipt or an invoice says, gathered once for the page and the PDF: its number, the day and
/// the time, the workshop, each line (the device, its tag and serial, its grade as the screens say it,
/// the price, the guarantee's end, the presumption's end and the commercial warranty), how it was paid,
/// the mention of art. D211-7 in French and English, and the margin scheme's when the workshop sells
/// under it. An invoice adds the buyer.
struct SaleDocument {
    struct Line {
        let description: String
        let tag: String
        let serial: String?
        let grade: String?
        let amount: String
        let guarantee: LegalGuarantee
        let guaranteeText: String
        let presumptionText: String
        let warrantyText: String?
        let warrantyMonths: Int?
    }

    let receipt: SaleReceipt
    let invoice: SaleInvoice?
    let identity: WorkshopIdentity
    let language: Language
    let number: String
    let day: String
    let time: String
    let lines: [Line]
    let total: String
    let payment: String
    let kind: String
    let partner: String?
    let marginScheme: Bool

    static let catalog = UIMessages.catalog.merging(.journal)

    static func text(_ key: String, _ arguments: String..., in language: Language) -> String {
        Message(key: key, arguments: arguments).text(in: language, catalog: catalog)
    }

    /// The mention, in the reader's language first and then the other one.
    var mentions: [String] {
        let first = Self.text("guarantee.mention", in: language)
        let other = Self.text("guarantee.mention", in: language == .fr ? .en : .fr)
        return [first, other]
    }

    var title: String {
        if let invoice {
            return Self.text("ui.sales.invoice.title", ReceiptNumber.text(invoice.number), in: language)
        }
        return Self.text("ui.sales.receipt.title", number, in: language)
    }

    /// The document of a receipt, as its sale was and as the claims since have left its guarantee.
    static func load(_ receipt: SaleReceipt, invoice: SaleInvoice? = nil, state: ServiceState, language: Language) async throws -> SaleDocument {
        let database = state.database
        guard let device = try await database.device(tag: receipt.assetTag) else { throw StoreError.deviceNotFound(receipt.assetTag.text) }
        let history = try await database.history(of: receipt.assetTag)
        // The grade the device was sold with: the last one given before the sale.
        var grade: Grade?
        for event in history where event.occurredAt <= receipt.soldAt {
            if case .graded(let given) = event.change { grade = given }
        }
        let saleDay = day(receipt.soldAt)
        let settled = try await database.claims(receipt: receipt.number).compactMap { claim -> SettledClaim? in
            guard case .settled(let outcome) = claim.state, let settledAt = claim.settledAt else { return nil }
            return SettledClaim(receivedOn: day(claim.receivedAt), settledOn: day(settledAt), outcome: outcome)
        }
        let guarantee = LegalGuarantee.current(soldOn: saleDay, claims: settled)
        let policy = WarrantyPolicy.inForce(try await database.warrantyPolicies(), category: device.category, channel: receipt.saleKind, on: saleDay)
        let amount = Quantity.money.shown(receipt.amount.cents, in: language, catalog: catalog)
        let line = Line(
            description: ShopDeviceWords.description(of: device, in: language), tag: device.assetTag.text, serial: device.serial?.text,
            grade: (grade ?? device.grade)?.label.text(in: language, catalog: catalog), amount: amount, guarantee: guarantee,
            guaranteeText: text("guarantee.legalEnds", guarantee.ends.shown(in: language), in: language),
            presumptionText: text("guarantee.presumptionEnds", guarantee.presumptionEnds.shown(in: language), in: language),
            warrantyText: policy.map { text("guarantee.commercialEnds", String($0.months), $0.ends(forSaleOn: saleDay).shown(in: language), in: language) },
            warrantyMonths: policy?.months)
        return SaleDocument(
            receipt: receipt, invoice: invoice, identity: try await OfficeLotPages.identity(state).identity, language: language,
            number: ReceiptNumber.text(receipt.number), day: WorkshopClock.displayDay(receipt.soldAt, in: language),
            time: WorkshopClock.displayTime(receipt.soldAt), lines: [line], total: amount,
            payment: receipt.payment.label.text(in: language, catalog: catalog),
            kind: receipt.saleKind.label.text(in: language, catalog: catalog), partner: receipt.partner,
            marginScheme: try await database.saleSettings().marginScheme)
    }

    /// A moment's day on the workshop's calendar.
    static func day(_ date: Date) -> CivilDay {
        CivilDay(WorkshopClock.today(date))!
    }

    /// The values the receipt page shows.
    var pageValues: [String: Any] {
        Shop.compact([
            "receiptNumber": number,
            "day": day,
            "time": time,
            "workshop": identity.name,
            "workshopAddress": identity.addressLines.isEmpty ? nil : identity.addressLines,
            "workshopContact": identity.contact,
            "payment": payment,
            "mentions": zip(mentions, [language, language == .fr ? Language.en : .fr]).map { ["text": $0, "lang": $1.rawValue] },
            "marginScheme": marginScheme ? Self.text("guarantee.marginScheme", in: language) : nil,
            "guaranteeEnds": lines.first?.guaranteeText,
            "presumptionEnds": lines.first?.presumptionText,
            "warrantyEnds": lines.first?.warrantyText,
        ])
    }
}
