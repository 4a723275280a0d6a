import Foundation
import RefurbCore
import RefurbStore

/// What the intake forms do when they are posted without the script: open a lot, record one scan,
/// undo the last one. Each answers with the page to go back to.
enum IntakeForms {
    static func openLot(_ form: FormFields, state: ServiceState, context: RefurbRequestContext) async throws -> Lot {
        let declared = try form["declaredCount"].flatMap(cleaned).map { text -> Int in
            guard let count = Int(text) else {
                // All digits but too many for an Int is a number out of range, not a typo.
                guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                    throw IntakeFormError(message: Message("ui.intake.lots.declaredMalformed", text))
                }
                throw LotInputError.outOfRange(OutOfRange(field: "declaredCount", quantity: .deviceCount, value: nil))
            }
            return count
        }
        let input = try LotInput(donorName: form["donor"] ?? "", site: form["site"].flatMap(cleaned),
                                 declaredCount: declared, weightKilograms: form["weightKg"].flatMap(cleaned),
                                 donorType: try form["donorType"].flatMap(cleaned).map(DonorType.init(parsing:)))
        let now = Date()
        return try await state.database.openLot(input, receivedOn: WorkshopClock.today(now), actor: try context.actor(), at: now)
    }

    /// A lot code switches lot, an asset tag shows its device, anything else is a serial number taken in
    /// the current lot; a serial already recorded shows the device that has it.
    static func scan(_ form: FormFields, state: ServiceState, context: RefurbRequestContext) async throws -> String {
        let current = form["lot"].flatMap(cleaned)
        guard let code = form["code"].flatMap(cleaned) else { throw IntakeFormError(message: Message("ui.intake.scan.empty")) }
        if LotCode.looksLikeLotCode(code) || AssetTag.looksLikeAssetTag(code) {
            switch try await state.database.resolve(scan: code) {
            case .lot(let summary): return IntakePage.path(lot: summary.lot.code.text)
            case .device(let device): return IntakePage.path(lot: current, tag: device.assetTag.text)
            }
        }
        guard let current else { throw IntakeFormError(message: Message("ui.intake.js.needLot", code)) }
        let input = try IntakeInput(lot: current, category: form["category"] ?? "", serial: code,
                                    confirmedUnusualSerial: form["confirmUnusualSerial"] == "yes")
        do {
            let device = try await state.database.intake(input, actor: try context.actor(), at: Date())
            return IntakePage.path(lot: current, tag: device.assetTag.text, done: "created")
        } catch StoreError.duplicateSerial(_, let existing) {
            return IntakePage.path(lot: current, tag: existing.assetTag.text, done: "duplicate")
        }
    }

    static func void(_ form: FormFields, state: ServiceState, context: RefurbRequestContext) async throws -> String {
        let tag = try AssetTag(parsing: form["tag"] ?? "")
        let device = try await state.database.voidIntake(tag, actor: try context.actor(), at: Date())
        return IntakePage.path(lot: device.lotCode.text, done: "voided", voided: device.assetTag.text)
    }

    /// What went wrong, in the reader's language: the page's own refusals, else the API's wording.
    static func describe(_ error: any Error, language: Language) -> String {
        if let error = error as? IntakeFormError { return IntakeWords(language: language).text(error.message) }
        return ProblemMiddleware.problem(for: error, language: language).0.detail
    }

    private static func cleaned(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
