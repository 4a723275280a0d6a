import Foundation
import HTTPTypes
import Hummingbird
import RefurbCore
import RefurbStore

/// The bench page's forms, for browsers without script (and for the script's fallbacks): each change
/// goes through the same store operation as the API, then back to the device page. A refused or
/// wrong change shows the page again with the reason next to the form, and nothing changed.
extension BenchPages {
    func registerForms(on routes: APIRoutes) {
        routes.page(.post, "/bench/{tag}/repairs", .permission(.submitDiagnostics)) { request, context in
            try await submit(request, context, section: "repairs") { tag, form in
                try context.require(.logRepair)
                let parts = try Self.money(form["parts"], field: "parts")
                _ = try await state.database.logRepair(tag, note: form["note"] ?? "", partsCents: parts?.cents,
                                                 actor: try context.actor(), at: Date())
                return "repair"
            }
        }
        routes.page(.post, "/bench/{tag}/grade", .permission(.submitDiagnostics)) { request, context in
            try await submit(request, context, section: "grade") { tag, form in
                try context.require(.gradeAndPrice)
                guard let grade = form["grade"].flatMap(Grade.init(text:)) else {
                    throw StoreError.invalidInput(Message("ui.bench.grade.missing"))
                }
                guard let price = try Self.money(form["price"], field: "price") else { throw StoreError.invalidInput(Message("money.empty")) }
                _ = try await state.database.setGradeAndPrice(tag, grade: grade, price: price, expectedVersion: form["version"].flatMap { Int($0) },
                                                        actor: try context.actor(), at: Date())
                return "grade"
            }
        }
        routes.page(.post, "/bench/{tag}/moves", .permission(.submitDiagnostics)) { request, context in
            try await submit(request, context, section: "moves") { tag, form in
                try context.require(.move)
                guard let stage = form["to"].flatMap(Stage.init(rawValue:)), stage != .sold else {
                    throw StoreError.invalidInput(Message("api.unknownStage", form["to"] ?? "",
                                                          Stage.allCases.map(\.rawValue).joined(separator: ", ")))
                }
                do {
                    if BenchMovesView.confirmed.contains(stage), form["confirm"] != "yes" {
                        throw StoreError.invalidInput(Message("ui.bench.moves.confirmMissing"))
                    }
                    _ = try await state.database.move(tag, to: stage, reason: form["reason"], expectedVersion: form["version"].flatMap { Int($0) },
                                                actor: try context.actor(), at: Date())
                } catch {
                    throw RefusedMove(stage: stage, error: error)
                }
                return "moved"
            }
        }
        routes.page(.post, "/bench/{tag}/storage/destroyed", .permission(.submitDiagnostics)) { request, context in
            try await submit(request, context, section: "disks") { tag, form in
                try context.require(.recordStorage)
                let drive = form["storage"] ?? ""
                let found = try await state.database.facts(for: tag).erasure.storageFound
                guard !drive.isEmpty, found.contains(SerialNumber.key(for: drive)) else {
                    throw StoreError.invalidInput(Message("ui.bench.storage.unknownDrive", drive))
                }
                guard form["confirm"] == "yes" else { throw StoreError.invalidInput(Message("ui.bench.storage.confirmMissing")) }
                _ = try await state.database.recordStorageDestroyed(tag, storage: drive, note: form["note"], actor: try context.actor(), at: Date())
                return "destroyed"
            }
        }
        routes.page(.post, "/bench/{tag}/storage/removable", .permission(.submitDiagnostics)) { request, context in
            try await submit(request, context, section: "disks") { tag, form in
                try context.require(.recordStorage)
                // Said in the page's words: the API's refusal lists the values a program sends.
                guard let disposition = form["disposition"], RemovableMediaDisposition(rawValue: disposition) != nil else {
                    throw StoreError.invalidInput(Message("ui.bench.removable.choiceMissing"))
                }
                _ = try await RemovableMediaRecording.record(tag, storage: form["storage"] ?? "", disposition: disposition,
                                                       reason: form["reason"], in: state.database, actor: try context.actor(), at: Date())
                return "removable"
            }
        }
        routes.page(.post, "/bench/{tag}/storage/none", .permission(.submitDiagnostics)) { request, context in
            try await submit(request, context, section: "disks") { tag, form in
                try context.require(.recordStorage)
                guard form["confirm"] == "yes" else { throw StoreError.invalidInput(Message("ui.bench.storage.confirmMissing")) }
                _ = try await state.database.confirmNoStorage(tag, note: form["note"], actor: try context.actor(), at: Date())
                return "no-storage"
            }
        }
    }

    /// A move refused by a rule or by the person's missing confirmation: shown next to its button.
    struct RefusedMove: Error {
        let stage: Stage
        let error: any Error
    }

    /// Reads the form, makes the change, and sends the browser back to the device page saying what
    /// was done; on a refusal, shows the page again with the reason in the form's section.
    func submit(_ request: Request, _ context: RefurbRequestContext, section: String,
                        change: (AssetTag, FormFields) async throws -> String) async throws -> Response {
        var request = request
        let tag = try DevicesController.tag(context)
        let form = FormFields(String(buffer: try await request.collectBody(upTo: 64 * 1024)))
        do {
            let done = try await change(tag, form)
            return HTMLResponse.redirect(to: "/bench/\(tag.text)?done=\(done)#\(section)")
        } catch let error as APIError where error.status == .forbidden || error.status == .unauthorized {
            throw error
        } catch {
            var feedback = BenchDevicePage.Feedback(fields: form.values.filter {
                ["note", "parts", "price"].contains($0.key) || $0.key.hasPrefix("outcome.") || $0.key.hasPrefix("note.")
            })
            let cause = (error as? RefusedMove)?.error ?? error
            let (problem, _) = ProblemMiddleware.problem(for: cause, language: context.language)
            let detail = Self.catalogText(cause, fallback: problem.detail, language: context.language)
            if let refused = error as? RefusedMove {
                feedback.refusal = (refused.stage, detail)
            } else {
                feedback.error = (section, detail)
            }
            return try await device(tag, context: context, feedback: feedback, status: HTTPResponse.Status(code: problem.status))
                .response(from: request, context: context)
        }
    }

    /// The bench's own refusals (`ui.bench.*`, `api.*`) are in the page catalog, which the store's
    /// error text does not read.
    private static func catalogText(_ error: any Error, fallback: String, language: Language) -> String {
        if case .invalidInput(let message) = error as? StoreError {
            return BenchWords(language: language).text(message)
        }
        return fallback
    }

    /// An amount typed by a person ("12,50", "12.5 €"), or nil when the field was left empty; one out of
    /// `Money.allowedRange` is refused naming `field`.
    static func money(_ text: String?, field: String) throws -> Money? {
        guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return try MoneyFormat.parse(text, field: field)
    }
}
