import Foundation
import Hummingbird
import RefurbCore
import RefurbStore

/// After the sale: receipts and their PDF, invoices for associations and companies, returns and claims
/// under the guarantee (received → diagnosed → settled), the returns' statistics, and the office's sales
/// settings (margin scheme, commercial warranties).
struct SalesController {
    let state: ServiceState

    struct InvoiceBody: Decodable, Sendable {
        let buyerName: String
        let buyerAddress: String?
        let buyerSiret: String?
    }

    struct OpenClaimBody: Decodable, Sendable {
        /// An asset tag or a receipt's number.
        let scan: String
        let complaint: String
    }

    struct DiagnosisBody: Decodable, Sendable {
        let diagnosis: String
    }

    struct OutcomeBody: Decodable, Sendable {
        let outcome: String
        let reason: String?
        let amountCents: Int?
        let payment: String?
        let replacement: String?
    }

    struct SettingsBody: Decodable, Sendable {
        let marginScheme: Bool
    }

    struct PolicyBody: Decodable, Sendable {
        let category: String?
        let channel: String?
        let months: Int
        let from: String
        let until: String?
    }

    struct EndPolicyBody: Decodable, Sendable {
        let lastDay: String
    }

    func register(on routes: APIRoutes) {
        routes.add(.get, "/api/receipts/{number}", .signedIn) { _, context in
            let receipt = try await Self.receipt(state, context)
            return JSONResponse(try ReceiptView(try await SaleDocument.load(receipt, invoice: try await state.database.invoice(receipt: receipt.number),
                                                                        state: state, language: context.language)))
        }
        routes.add(.get, "/api/receipts/{number}/pdf", .signedIn) { _, context in
            let receipt = try await Self.receipt(state, context)
            return try await Self.pdf(SaleDocument.load(receipt, state: state, language: context.language))
        }
        routes.add(.post, "/api/receipts/{number}/invoice", .permission(.sell)) { request, context in
            let receipt = try await Self.receipt(state, context)
            let body = try await request.decode(as: InvoiceBody.self, context: context)
            let invoice = try await Self.issueInvoice(state, receipt: receipt, name: body.buyerName, address: body.buyerAddress ?? "",
                                                siret: body.buyerSiret ?? "", actor: try context.actor())
            return JSONResponse(InvoiceView(invoice), status: .created)
        }
        routes.add(.get, "/api/receipts/{number}/invoice/pdf", .signedIn) { _, context in
            let receipt = try await Self.receipt(state, context)
            guard let invoice = try await state.database.invoice(receipt: receipt.number) else {
                throw StoreError.notFound(Message("invoice.missing", ReceiptNumber.text(receipt.number)))
            }
            return try await Self.pdf(SaleDocument.load(receipt, invoice: invoice, state: state, language: context.language))
        }
        routes.add(.post, "/api/returns", .permission(.sell)) { request, context in
            let body = try await request.decode(as: OpenClaimBody.self, context: context)
            let tag = try await state.database.claimDevice(scanned: body.scan)
            let claim = try await state.database.openClaim(tag, complaint: body.complaint, actor: try context.actor(), at: Date())
            return JSONResponse(try await ClaimView(claim, state: state), status: .created)
        }
        routes.add(.get, "/api/returns/{number}", .signedIn) { _, context in
            JSONResponse(try await ClaimView(try await state.database.claim(try Self.number(context)), state: state))
        }
        routes.add(.post, "/api/returns/{number}/diagnosis", .permission(.gradeAndPrice)) { request, context in
            let body = try await request.decode(as: DiagnosisBody.self, context: context)
            let claim = try await state.database.diagnoseClaim(try Self.number(context), diagnosis: body.diagnosis,
                                                         actor: try context.actor(), at: Date())
            return JSONResponse(try await ClaimView(claim, state: state))
        }
        routes.add(.post, "/api/returns/{number}/outcome", .permission(.sell)) { request, context in
            let body = try await request.decode(as: OutcomeBody.self, context: context)
            let settlement = try Self.settlement(outcome: body.outcome, reason: body.reason, amountCents: body.amountCents,
                                                 payment: body.payment, replacement: body.replacement)
            let claim = try await state.database.settleClaim(try Self.number(context), settlement, actor: try context.actor(), at: Date())
            return JSONResponse(try await ClaimView(claim, state: state))
        }
        routes.add(.get, "/api/return-statistics", .signedIn) { _, _ in
            JSONResponse(StatisticsView(try await state.database.claimStatistics()))
        }
        routes.add(.get, "/api/sale-settings", .signedIn) { _, _ in
            JSONResponse(SettingsView(marginScheme: try await state.database.saleSettings().marginScheme))
        }
        routes.add(.put, "/api/sale-settings", .permission(.manageWorkshop)) { request, context in
            let body = try await request.decode(as: SettingsBody.self, context: context)
            let saved = try await state.database.saveSaleSettings(marginScheme: body.marginScheme, actor: try context.actor(), at: Date())
            return JSONResponse(SettingsView(marginScheme: saved.marginScheme))
        }
        routes.add(.get, "/api/warranty-policies", .signedIn) { _, _ in
            JSONResponse(try await state.database.warrantyPolicies().map(PolicyView.init))
        }
        routes.add(.post, "/api/warranty-policies", .permission(.manageWorkshop)) { request, context in
            let body = try await request.decode(as: PolicyBody.self, context: context)
            let policy = try await Self.addPolicy(state, category: body.category, channel: body.channel, months: body.months,
                                            from: body.from, until: body.until, actor: try context.actor())
            return JSONResponse(PolicyView(policy), status: .created)
        }
        routes.add(.post, "/api/warranty-policies/{id}/end", .permission(.manageWorkshop)) { request, context in
            let body = try await request.decode(as: EndPolicyBody.self, context: context)
            guard let id = Int64(try context.parameter("id")) else {
                throw StoreError.notFound(Message("warranty.notFound", (try? context.parameter("id")) ?? ""))
            }
            return JSONResponse(PolicyView(try await state.database.endWarrantyPolicy(id: id, lastDay: body.lastDay, actor: try context.actor(), at: Date())))
        }
    }

    // MARK: Shared with the pages

    /// A receipt's or an invoice's PDF, named after its number.
    static func pdf(_ document: SaleDocument) throws -> BytesResponse {
        let name = document.invoice.map { "facture-" + ReceiptNumber.text($0.number) } ?? "recu-" + document.number
        return BytesResponse(bytes: try SaleDocumentPDF(document: document).render(), contentType: "application/pdf", fileName: name + ".pdf")
    }

    static func number(_ context: RefurbRequestContext) throws -> Int64 {
        let text = try context.parameter("number")
        guard let number = ReceiptNumber.parse(text) else { throw StoreError.notFound(Message("claim.notFound", text)) }
        return number
    }

    static func receipt(_ state: ServiceState, _ context: RefurbRequestContext) async throws -> SaleReceipt {
        let text = try context.parameter("number")
        guard let number = ReceiptNumber.parse(text), let receipt = try await state.database.receipt(number: number) else {
            throw StoreError.notFound(Message("receipt.notFound", text))
        }
        return receipt
    }

    static func issueInvoice(_ state: ServiceState, receipt: SaleReceipt, name: String, address: String, siret: String,
                             actor: Actor) async throws -> SaleInvoice {
        let buyer: InvoiceBuyer
        do {
            buyer = try InvoiceBuyer(typedName: name, address: address, siret: siret)
        } catch {
            throw StoreError.invalidInput(error.message)
        }
        return try await state.database.issueInvoice(receipt: receipt.number, buyer: buyer, actor: actor, at: Date())
    }

    static func settlement(outcome: String, reason: String?, amountCents: Int?, payment: String?, replacement: String?) throws -> ClaimSettlement {
        guard let outcome = ClaimOutcome(rawValue: outcome) else {
            throw StoreError.invalidInput(Message("claim.outcomeUnknown", outcome, ClaimOutcome.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        try RequestNumbers.checkIfPresent(amountCents, .money, field: "amountCents")
        let method = try payment.flatMap { $0.isEmpty ? nil : try WorkshopController.payment($0) }
        let tag = try replacement.flatMap { $0.trimmingSpaces().isEmpty ? nil : try AssetTag(parsing: $0) }
        return ClaimSettlement(outcome: outcome, reason: reason, amount: amountCents.map(Money.init(cents:)), payment: method, replacement: tag)
    }

    static func addPolicy(_ state: ServiceState, category: String?, channel: String?, months: Int, from: String, until: String?,
                          actor: Actor) async throws -> WarrantyPolicy {
        let category = category.flatMap { $0.isEmpty ? nil : $0 }
        let channel = channel.flatMap { $0.isEmpty ? nil : $0 }
        let parsedCategory = try category.map { text -> DeviceCategory in
            guard let value = DeviceCategory(rawValue: text) else {
                throw StoreError.invalidInput(Message("warranty.unknownCategory", text, DeviceCategory.allCases.map(\.rawValue).joined(separator: ", ")))
            }
            return value
        }
        let parsedChannel = try channel.map { text -> SaleKind in
            guard let value = SaleKind(rawValue: text) else {
                throw StoreError.invalidInput(Message("warranty.unknownChannel", text, SaleKind.allCases.map(\.rawValue).joined(separator: ", ")))
            }
            return value
        }
        return try await state.database.addWarrantyPolicy(category: parsedCategory, channel: parsedChannel, months: months, from: from,
                                                    until: until.flatMap { $0.isEmpty ? nil : $0 }, actor: actor, at: Date())
    }
}

// MARK: Wire types

struct ReceiptView: Encodable, Sendable {
    struct Line: Encodable, Sendable {
        let assetTag: String
        let description: String
        let serial: String?
        let grade: String?
        let amountCents: Int
        let guaranteeEnds: String
        let presumptionEnds: String
        let commercialWarrantyMonths: Int?
    }

    let number: String
    let soldAt: String
    let payment: String
    let kind: String
    let partner: String?
    let totalCents: Int
    let marginScheme: Bool
    let lines: [Line]
    let invoice: InvoiceView?

    init(_ document: SaleDocument) throws {
        number = document.number
        soldAt = ISO8601DateFormatter().string(from: document.receipt.soldAt)
        payment = document.receipt.payment.rawValue
        kind = document.receipt.saleKind.rawValue
        partner = document.receipt.partner
        totalCents = document.receipt.amount.cents
        marginScheme = document.marginScheme
        lines = document.lines.map { line in
            Line(assetTag: line.tag, description: line.description, serial: line.serial, grade: line.grade,
                 amountCents: document.receipt.amount.cents, guaranteeEnds: line.guarantee.ends.text,
                 presumptionEnds: line.guarantee.presumptionEnds.text, commercialWarrantyMonths: line.warrantyMonths)
        }
        invoice = document.invoice.map(InvoiceView.init)
    }
}

struct InvoiceView: Encodable, Sendable {
    let number: String
    let receipt: String
    let buyerName: String
    let buyerAddress: [String]
    let buyerSiret: String?
    let issuedAt: String

    init(_ invoice: SaleInvoice) {
        number = ReceiptNumber.text(invoice.number)
        receipt = ReceiptNumber.text(invoice.receiptNumber)
        buyerName = invoice.buyer.name
        buyerAddress = invoice.buyer.addressLines
        buyerSiret = invoice.buyer.siret
        issuedAt = ISO8601DateFormatter().string(from: invoice.issuedAt)
    }
}

struct ClaimView: Encodable, Sendable {
    let number: String
    let assetTag: String
    let receipt: String
    let complaint: String
    let state: String
    let receivedAt: String
    let answerDue: String
    let daysLeft: Int?
    let diagnosis: String?
    let diagnosedBy: String?
    let reason: String?
    let amountCents: Int?
    let replacement: String?
    let refundSequence: Int64?
    let guaranteeEnds: String
    let presumptionEnds: String

    init(_ claim: GuaranteeClaim, state service: ServiceState) async throws {
        let received = SaleDocument.day(claim.receivedAt)
        number = ReceiptNumber.text(claim.number)
        assetTag = claim.assetTag.text
        receipt = ReceiptNumber.text(claim.receiptNumber)
        complaint = claim.complaint
        state = claim.state.stored
        receivedAt = ISO8601DateFormatter().string(from: claim.receivedAt)
        answerDue = ClaimRules.answerDue(receivedOn: received).text
        daysLeft = claim.state.isOpen ? ClaimRules.daysLeft(receivedOn: received, today: SaleDocument.day(Date())) : nil
        diagnosis = claim.diagnosis
        diagnosedBy = claim.diagnosedBy
        reason = claim.reason
        amountCents = claim.amount?.cents
        replacement = claim.replacementTag?.text
        refundSequence = claim.refundSequence
        let guarantee = try await ReturnGuarantee.of(claim, state: service)
        guaranteeEnds = guarantee.ends.text
        presumptionEnds = guarantee.presumptionEnds.text
    }
}

struct StatisticsView: Encodable, Sendable {
    struct Row: Encodable, Sendable {
        let key: String
        let sold: Int
        let returned: Int
    }

    let byModel: [Row]
    let byGrade: [Row]
    let byTechnician: [Row]

    init(_ statistics: ClaimStatistics) {
        func rows(_ list: [ClaimStatistics.Row]) -> [Row] { list.map { Row(key: $0.key, sold: $0.sold, returned: $0.returned) } }
        byModel = rows(statistics.byModel)
        byGrade = rows(statistics.byGrade)
        byTechnician = rows(statistics.byTechnician)
    }
}

struct SettingsView: Encodable, Sendable {
    let marginScheme: Bool
}

struct PolicyView: Encodable, Sendable {
    let id: Int64
    let category: String?
    let channel: String?
    let months: Int
    let from: String
    let until: String?

    init(_ policy: WarrantyPolicy) {
        id = policy.id
        category = policy.category?.rawValue
        channel = policy.channel?.rawValue
        months = policy.months
        from = policy.from
        until = policy.until
    }
}

/// The legal guarantee of a claim's sale as the claims settled so far leave it.
enum ReturnGuarantee {
    static func of(_ claim: GuaranteeClaim, state: ServiceState) async throws -> LegalGuarantee {
        guard let receipt = try await state.database.receipt(number: claim.receiptNumber) else {
            throw StoreError.notFound(Message("receipt.notFound", ReceiptNumber.text(claim.receiptNumber)))
        }
        let settled = try await state.database.claims(receipt: receipt.number).compactMap { claim -> SettledClaim? in
            guard case .settled(let outcome) = claim.state, let settledAt = claim.settledAt else { return nil }
            return SettledClaim(receivedOn: SaleDocument.day(claim.receivedAt), settledOn: SaleDocument.day(settledAt), outcome: outcome)
        }
        return LegalGuarantee.current(soldOn: SaleDocument.day(receipt.soldAt), claims: settled)
    }
}
