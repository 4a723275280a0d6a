import Foundation
import RefurbCore

/// What the office sets once for the whole workshop, on either engine: the pricing rules the suggested
/// prices come from, the workshop's identity that heads its receipts, and the label printers with the one
/// the stations print on by default. Each change is noted in the administration log.
public protocol WorkshopSettingsStore: Sendable {
    /// The rules the suggested prices come from: the admin's, else those shipped.
    func pricingRules() async throws -> PricingRules
    func savedPricingRules() async throws -> SavedPricingRules
    /// Rules that break a check throw `PricingRulesError` and leave the saved ones as they were.
    @discardableResult
    func savePricingRules(_ rules: PricingRules, actor: Actor, at date: Date) async throws -> SavedPricingRules

    /// The identity an admin saved, or nil while none was.
    func workshopIdentity() async throws -> SavedWorkshopIdentity?
    /// Saves the identity in place of the previous one; one that breaks a check is refused with the form's words.
    @discardableResult
    func saveWorkshopIdentity(_ identity: WorkshopIdentity, actor: Actor, at date: Date) async throws -> SavedWorkshopIdentity

    /// Adds or replaces a printer. After it, exactly one printer is the default when there is any: this one
    /// when it asks to be (or already was), else the one that was, else this one, the first.
    func savePrinter(_ printer: PrinterSetting, actor: Actor, at date: Date) async throws
    /// Makes a printer the one the stations print on.
    func makeDefaultPrinter(named name: String, actor: Actor, at date: Date) async throws
    /// Every printer, by name.
    func printers() async throws -> [PrinterSetting]
    func printer(named name: String) async throws -> PrinterSetting?
    /// The printer the stations print on when they name none; nil when there is no printer at all.
    func defaultPrinter() async throws -> PrinterSetting?
    /// Removes a printer; when it was the default, the oldest one left becomes the default.
    func removePrinter(named name: String, actor: Actor, at date: Date) async throws
}

extension AppDatabase: WorkshopSettingsStore {}
