import Foundation
import RefurbCore
import RefurbStore
import Testing

/// Pricing rules, the workshop's identity and the printers: the same promises on every engine.
@Suite("The workshop settings contract, on each engine")
struct WorkshopSettingsContractTests {
    static let admin = Actor(user: "admin", station: "office")
    static let now = Date(timeIntervalSince1970: 1_796_000_000)

    func withSettings(_ engine: StoreEngine, _ body: (any WorkshopSettingsStore & AccessStore) async throws -> Void) async throws {
        try await engine.withStore { store in
            try await body(try #require(store as? any WorkshopSettingsStore & AccessStore))
        }
    }

    @Test("until an admin saves some, the shipped rules apply; rules saved are read back, and rules that fail a check change nothing", arguments: StoreEngine.available)
    func pricingRules(engine: StoreEngine) async throws {
        try await withSettings(engine) { store in
            let initial = try await store.savedPricingRules()
            #expect(initial.rules == .shipped)
            #expect(initial.savedAt == nil && initial.savedBy == nil)

            var broken = PricingRules.shipped
            broken.baseCents["laptop"] = -1
            await #expect(throws: PricingRulesError.self) {
                try await store.savePricingRules(broken, actor: Self.admin, at: Self.now)
            }
            #expect(try await store.savedPricingRules().savedAt == nil)
            #expect(try await store.administrationEvents(limit: 10).isEmpty)

            var rules = PricingRules.shipped
            rules.solidarityPercent = 40
            rules.baseCents["laptop"] = 15_000
            let saved = try await store.savePricingRules(rules, actor: Self.admin, at: Self.now)
            #expect(saved == SavedPricingRules(rules: rules, savedAt: Self.now, savedBy: "admin"))
            #expect(try await store.savedPricingRules() == saved)
            #expect(try await store.pricingRules() == rules)
            rules.solidarityPercent = 25
            try await store.savePricingRules(rules, actor: Self.admin, at: Self.now.addingTimeInterval(60))
            #expect(try await store.pricingRules().solidarityPercent == 25)
            #expect(try await store.administrationEvents(limit: 10).map(\.change) == [
                .administered(action: "pricing-saved", subject: "solidarity 25 %"),
                .administered(action: "pricing-saved", subject: "solidarity 40 %"),
            ])
        }
    }

    @Test("the workshop's identity: none until saved, then read back and replaced; one that breaks a check is refused with the form's words", arguments: StoreEngine.available)
    func identity(engine: StoreEngine) async throws {
        try await withSettings(engine) { store in
            #expect(try await store.workshopIdentity() == nil)
            let tooLong = WorkshopIdentity(name: "Atelier", addressLines: ["1", "2", "3", "4", "5"], contact: nil)
            await #expect(throws: StoreError.invalidInput(WorkshopIdentityError.addressMalformed.message)) {
                try await store.saveWorkshopIdentity(tooLong, actor: Self.admin, at: Self.now)
            }
            await #expect(throws: StoreError.self) {
                try await store.saveWorkshopIdentity(WorkshopIdentity(name: "Atelier", addressLines: ["1", ""], contact: nil),
                                                     actor: Self.admin, at: Self.now)
            }
            #expect(try await store.workshopIdentity() == nil)

            let first = WorkshopIdentity(name: "Atelier Solidaire", addressLines: ["12 rue des Lilas", "35000 Rennes"], contact: "02 99 00 00 00")
            try await store.saveWorkshopIdentity(first, actor: Self.admin, at: Self.now)
            #expect(try await store.workshopIdentity() == SavedWorkshopIdentity(identity: first, savedAt: Self.now, savedBy: "admin"))
            let second = WorkshopIdentity(name: "Atelier Solidaire de Rennes", addressLines: ["3 place de la Gare", "35000 Rennes"], contact: nil)
            let saved = try await store.saveWorkshopIdentity(second, actor: Self.admin, at: Self.now.addingTimeInterval(60))
            #expect(try await store.workshopIdentity() == saved)
            #expect(saved.identity == second)
            #expect(try await store.administrationEvents(limit: 1).map(\.change)
                    == [.administered(action: "workshop-identity-saved", subject: "Atelier Solidaire de Rennes")])
        }
    }

    @Test("one default printer: the first saved, replaced by one made default, passed to the oldest when it is removed", arguments: StoreEngine.available)
    func printers(engine: StoreEngine) async throws {
        try await withSettings(engine) { store in
            #expect(try await store.defaultPrinter() == nil)
            try await store.savePrinter(PrinterSetting(name: "accueil", uri: "usb://auto"), actor: Self.admin, at: Date(timeIntervalSince1970: 100))
            #expect(try await store.defaultPrinter()?.name == "accueil")
            try await store.savePrinter(PrinterSetting(name: "boutique", uri: "tcp://192.0.2.10:9100", format: "zpl"),
                                        actor: Self.admin, at: Date(timeIntervalSince1970: 200))
            #expect(try await store.defaultPrinter()?.name == "accueil")
            try await store.savePrinter(PrinterSetting(name: "atelier", uri: "tcp://192.0.2.11:9100", format: "brother:QL-820NWB",
                                                       template: "asset-tag-29", isDefault: true),
                                        actor: Self.admin, at: Date(timeIntervalSince1970: 300))
            #expect(try await store.printers().map(\.name) == ["accueil", "atelier", "boutique"])
            #expect(try await store.printers().filter(\.isDefault).map(\.name) == ["atelier"])
            #expect(try await store.printer(named: "atelier") == PrinterSetting(name: "atelier", uri: "tcp://192.0.2.11:9100",
                                                                                format: "brother:QL-820NWB", template: "asset-tag-29",
                                                                                isDefault: true))
            #expect(try await store.printer(named: "Atelier") == nil)
            // Saved again without asking to be the default, the default stays the default.
            try await store.savePrinter(PrinterSetting(name: "atelier", uri: "tcp://192.0.2.12:9100", format: "brother:QL-820NWB"),
                                        actor: Self.admin, at: Date(timeIntervalSince1970: 400))
            #expect(try await store.defaultPrinter()?.uri == "tcp://192.0.2.12:9100")
            #expect(try await store.printer(named: "atelier")?.template == nil)
            try await store.makeDefaultPrinter(named: "boutique", actor: Self.admin, at: Self.now)
            #expect(try await store.printers().filter(\.isDefault).map(\.name) == ["boutique"])
            try await store.removePrinter(named: "boutique", actor: Self.admin, at: Self.now)
            #expect(try await store.defaultPrinter()?.name == "accueil", "the oldest printer left")
            #expect(try await store.printers().filter(\.isDefault).count == 1)
            await #expect(throws: StoreError.notFound(Message("store.printerNotFound", "boutique"))) {
                try await store.makeDefaultPrinter(named: "boutique", actor: Self.admin, at: Self.now)
            }
            await #expect(throws: StoreError.notFound(Message("store.printerNotFound", "boutique"))) {
                try await store.removePrinter(named: "boutique", actor: Self.admin, at: Self.now)
            }
            await #expect(throws: StoreError.invalidInput(Message("store.printerNameMalformed", "a/b"))) {
                try await store.savePrinter(PrinterSetting(name: "a/b", uri: "usb://auto"), actor: Self.admin, at: Self.now)
            }
            let defaults = try await store.administrationEvents(limit: 50).compactMap { event -> String? in
                if case .administered(let action, let subject) = event.change, action == "printer-default" { return subject }
                return nil
            }
            #expect(Set(defaults) == ["atelier", "boutique"])
            try await store.removePrinter(named: "accueil", actor: Self.admin, at: Self.now)
            try await store.removePrinter(named: "atelier", actor: Self.admin, at: Self.now)
            #expect(try await store.defaultPrinter() == nil)
        }
    }

    @Test("printers saved at once, each asking to be the default, leave one default", arguments: StoreEngine.available)
    func concurrentDefaults(engine: StoreEngine) async throws {
        try await withSettings(engine) { store in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for number in 1...6 {
                    group.addTask {
                        try await store.savePrinter(PrinterSetting(name: "poste \(number)", uri: "tcp://192.0.2.\(number):9100", isDefault: true),
                                                    actor: Self.admin, at: Self.now)
                    }
                }
                try await group.waitForAll()
            }
            #expect(try await store.printers().count == 6)
            #expect(try await store.printers().filter(\.isDefault).count == 1)
        }
    }
}
