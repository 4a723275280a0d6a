import Foundation
import Hummingbird
import RefurbCore
import RefurbStore
import RefurbWire

/// The changes made at the benches and in the shop: grade and price, stage moves (where the lifecycle
/// rules are enforced), repairs, drives taken out, and the sale. Each takes an optional `version`:
/// a device changed since the caller read it is a 409, never a lost update.
struct WorkshopController {
    let state: ServiceState

    struct PriceBody: Decodable, Sendable {
        let grade: String
        let priceCents: Int
        let version: Int?
    }

    struct MoveBody: Decodable, Sendable {
        let to: String
        let reason: String?
        let version: Int?
    }

    struct SaleBody: Decodable, Sendable {
        /// The price paid, when it differs from the label (or, for a solidarity sale, from the label less
        /// the solidarity reduction).
        let priceCents: Int?
        let version: Int?
        /// "public" (when left out) or "solidarity".
        let kind: String?
        /// For a solidarity sale, the organisation that referred the buyer: its name, never the person's.
        let partner: String?
        /// For a solidarity sale, instead of `partner`: the partner's referral code (`7K3Q-9FMB`), redeemed
        /// by the sale; the sale then records the code's partner.
        let referralCode: String?
        /// How the buyer paid: "cash", "card", "cheque" or "transfer"; left out, "unspecified" (the sales
        /// journal's closure then totals it under « non précisé »).
        let payment: String?
    }

    struct RepairBody: Decodable, Sendable {
        let note: String
        let partsCents: Int?
    }

    struct StorageBody: Decodable, Sendable {
        let storage: String?
        let note: String?
    }

    struct RemovableBody: Decodable, Sendable {
        let storage: String?
        /// "workshop-stick" or "returned-or-removed".
        let disposition: String?
        let reason: String?
    }

    func register(on routes: APIRoutes) {
        routes.add(.put, "/api/devices/{tag}/price", .permission(.gradeAndPrice)) { request, context in
            let body = try await request.decode(as: PriceBody.self, context: context)
            try RequestNumbers.check(body.priceCents, .money, field: "priceCents")
            guard let grade = Grade(rawValue: body.grade.uppercased()) else {
                throw APIError.unprocessable(Message("api.unknownGrade", body.grade, Grade.allCases.map(\.rawValue).joined(separator: ", ")))
            }
            let device = try await state.database.setGradeAndPrice(try DevicesController.tag(context), grade: grade,
                                                             price: Money(cents: body.priceCents), expectedVersion: body.version,
                                                             actor: try context.actor(), at: Date())
            return JSONResponse(DeviceView(device))
        }
        routes.add(.post, "/api/devices/{tag}/moves", .permission(.move)) { request, context in
            let body = try await request.decode(as: MoveBody.self, context: context)
            guard let stage = Stage(rawValue: body.to) else {
                throw APIError.unprocessable(Message("api.unknownStage", body.to, Stage.allCases.map(\.rawValue).joined(separator: ", ")))
            }
            // Selling goes through /sale, so that the price paid is recorded with the move.
            if stage == .sold, let credential = context.credential, !credential.account.can(.sell) {
                throw APIError.forbidden(.sell)
            }
            let device = try await state.database.move(try DevicesController.tag(context), to: stage, reason: body.reason,
                                                 expectedVersion: body.version, actor: try context.actor(), at: Date())
            return JSONResponse(DeviceView(device))
        }
        routes.add(.post, "/api/devices/{tag}/sale", .permission(.sell)) { request, context -> Response in
            let body = try await Self.optionalBody(SaleBody.self, request, context)
                ?? SaleBody(priceCents: nil, version: nil, kind: nil, partner: nil, referralCode: nil, payment: nil)
            try RequestNumbers.checkIfPresent(body.priceCents, .money, field: "priceCents")
            let terms: SaleTerms
            do {
                terms = try SaleTerms(kind: body.kind, partner: body.partner, referralCode: body.referralCode)
            } catch let error as SaleTermsError {
                return PricingProblem.unprocessable(error, language: context.language)
            }
            let device = try await state.database.sell(try DevicesController.tag(context), price: body.priceCents.map(Money.init(cents:)),
                                                 terms: terms, payment: try Self.payment(body.payment),
                                                 expectedVersion: body.version, actor: try context.actor(), at: Date(),
                                                 day: WorkshopClock.civilDay())
            return try JSONResponse(DeviceView(device)).response(from: request, context: context)
        }
        routes.add(.post, "/api/devices/{tag}/repairs", .permission(.logRepair)) { request, context in
            let body = try await request.decode(as: RepairBody.self, context: context)
            try RequestNumbers.checkIfPresent(body.partsCents, .money, field: "partsCents")
            let device = try await state.database.logRepair(try DevicesController.tag(context), note: body.note, partsCents: body.partsCents,
                                                      actor: try context.actor(), at: Date())
            return JSONResponse(DeviceView(device), status: .created)
        }
        routes.add(.post, "/api/devices/{tag}/storage/destroyed", .permission(.recordStorage)) { request, context in
            let body = try await request.decode(as: StorageBody.self, context: context)
            guard let storage = body.storage, !storage.isEmpty else { throw APIError.unprocessable(Message("api.storageMissing")) }
            let device = try await state.database.recordStorageDestroyed(try DevicesController.tag(context), storage: storage, note: body.note,
                                                                   actor: try context.actor(), at: Date())
            return JSONResponse(DeviceView(device), status: .created)
        }
        routes.add(.post, "/api/devices/{tag}/storage/removable", .permission(.recordStorage)) { request, context in
            let body = try await request.decode(as: RemovableBody.self, context: context)
            guard let storage = body.storage, !storage.isEmpty else { throw APIError.unprocessable(Message("api.storageMissing")) }
            let device = try await RemovableMediaRecording.record(try DevicesController.tag(context), storage: storage,
                                                            disposition: body.disposition, reason: body.reason,
                                                            in: state.database, actor: try context.actor(), at: Date())
            return JSONResponse(DeviceView(device), status: .created)
        }
        routes.add(.post, "/api/devices/{tag}/storage/none", .permission(.recordStorage)) { request, context in
            let body = try await Self.optionalBody(StorageBody.self, request, context)
            let device = try await state.database.confirmNoStorage(try DevicesController.tag(context), note: body?.note,
                                                             actor: try context.actor(), at: Date())
            return JSONResponse(DeviceView(device), status: .created)
        }
    }

    /// A body that may be left out entirely (an empty POST), but that must be right when given.
    static func optionalBody<T: Decodable>(_ type: T.Type, _ request: Request, _ context: RefurbRequestContext) async throws -> T? {
        var request = request
        let buffer = try await request.collectBody(upTo: context.maxUploadSize)
        guard buffer.readableBytes > 0 else { return nil }
        return try await request.decode(as: type, context: context)
    }

    /// How a sale was paid, from the API or a shop form: left out or empty, `unspecified`; anything else
    /// than the methods the journal knows is a 422 that lists them.
    static func payment(_ text: String?) throws -> PaymentMethod {
        guard let text, !text.isEmpty else { return .unspecified }
        guard let method = PaymentMethod(rawValue: text) else {
            throw APIError.unprocessable(Message("api.paymentUnknown", text, PaymentMethod.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        return method
    }
}
