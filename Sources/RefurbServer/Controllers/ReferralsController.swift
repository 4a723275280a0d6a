import Foundation
import Hummingbird
import RefurbCore
import RefurbStore

/// Referral partners and their codes (issue 17): the office adds the organisations that send people to
/// the solidarity sale and issues them codes with a quota and a last day; the shop checks a code before
/// the sale (`POST /api/devices/{tag}/sale` with `referralCode` redeems it).
struct ReferralsController {
    let state: ServiceState

    struct PartnerBody: Decodable, Sendable {
        let name: String
    }

    struct CodeBody: Decodable, Sendable {
        /// How many sales the code allows (1–100).
        let quota: Int
        /// Its last day, YYYY-MM-DD in the workshop's calendar.
        let lastDay: String
    }

    func register(on routes: APIRoutes) {
        routes.add(.get, "/api/referral-partners", .permission(.manageWorkshop)) { _, context in
            let today = WorkshopClock.civilDay()
            return JSONResponse(try await state.database.referralPartners().map { ReferralPartnerView($0, today: today, language: context.language) })
        }
        routes.add(.post, "/api/referral-partners", .permission(.manageWorkshop)) { request, context in
            let body = try await request.decode(as: PartnerBody.self, context: context)
            let partner = try await state.database.addReferralPartner(name: body.name, actor: try context.actor(), at: Date())
            let use = try await state.database.referralPartners().first { $0.partner.id == partner.id }!
            return JSONResponse(ReferralPartnerView(use, today: WorkshopClock.civilDay(), language: context.language), status: .created)
        }
        routes.add(.post, "/api/referral-partners/{id}/codes", .permission(.manageWorkshop)) { request, context in
            let body = try await request.decode(as: CodeBody.self, context: context)
            let idText = try context.parameter("id")
            guard let id = Int64(idText) else { throw StoreError.notFound(Message("referral.partnerUnknown", idText)) }
            let today = WorkshopClock.civilDay()
            let status = try await state.database.issueReferralCode(partnerId: id, quota: body.quota, lastDay: body.lastDay, today: today,
                                                              actor: try context.actor(), at: Date(), code: .random())
            return JSONResponse(ReferralCodeView(status, today: today, language: context.language), status: .created)
        }
        routes.add(.get, "/api/referral-codes/{code}", .permission(.sell)) { _, context in
            let status = try await Self.codeStatus(context, in: state)
            return JSONResponse(ReferralCodeView(status, today: WorkshopClock.civilDay(), language: context.language))
        }
        routes.add(.post, "/api/referral-codes/{code}/revoke", .permission(.manageWorkshop)) { _, context in
            let code = try AppDatabase.referralCode(typed: try context.parameter("code"))
            let status = try await state.database.revokeReferralCode(code, actor: try context.actor(), at: Date())
            return JSONResponse(ReferralCodeView(status, today: WorkshopClock.civilDay(), language: context.language))
        }
    }

    /// The code named in the address (`{code}`), as it stands, or a 404 that says no such code exists (a
    /// 422 when it cannot be a code): for the API and the office page.
    static func codeStatus(_ context: RefurbRequestContext, in state: ServiceState) async throws -> ReferralCodeStatus {
        let code = try AppDatabase.referralCode(typed: try context.parameter("code"))
        guard let status = try await state.database.referralCodeStatus(code) else {
            throw StoreError.notFound(ReferralError.codeUnknown(code).message)
        }
        return status
    }
}

struct ReferralCodeView: Encodable, Sendable {
    /// `7K3Q-9FMB`.
    let code: String
    let partnerId: Int64
    let partner: String
    let quota: Int
    let used: Int
    let remaining: Int
    let lastDay: String
    /// "active", "used-up", "expired" or "revoked", today.
    let state: String
    let stateText: String

    init(_ status: ReferralCodeStatus, today: CivilDay, language: Language) {
        code = status.code.shown
        partnerId = status.partner.id
        partner = status.partner.name
        quota = status.quota
        used = status.used
        remaining = status.remaining
        lastDay = status.lastDay.text
        let state = status.state(on: today)
        self.state = state.rawValue
        stateText = state.label.text(in: language, catalog: StoreError.catalog)
    }
}

struct ReferralPartnerView: Encodable, Sendable {
    let id: Int64
    let name: String
    let createdAt: Date
    let sales: Int
    let salesCents: Int64
    let lastSale: Date?
    let codes: [ReferralCodeView]

    init(_ use: AppDatabase.ReferralPartnerUse, today: CivilDay, language: Language) {
        id = use.partner.id
        name = use.partner.name
        createdAt = use.createdAt
        sales = use.sales
        salesCents = use.salesCents
        lastSale = use.lastSale
        codes = use.codes.map { ReferralCodeView($0, today: today, language: language) }
    }
}
