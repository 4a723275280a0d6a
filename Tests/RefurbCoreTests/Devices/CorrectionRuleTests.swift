import Testing
@testable import RefurbCore

/// Who may correct a device, by role and stage.
@Suite("Correction rule")
struct CorrectionRuleTests {
    static func device(at stage: Stage) -> Device {
        Device(assetTag: AssetTag(sequence: 42)!, lotCode: LotCode(year: 2026, number: 1), category: .laptop, stage: stage)
    }

    @Test("intake and technicians correct anything until the device is ready", arguments: [Role.intake, .technician])
    func workshopRoles(role: Role) {
        for stage in [Stage.received, .diagnosed, .inRepair, .wiped, .forParts] {
            #expect(CorrectionRule.refusal(device: Self.device(at: stage), fields: Set(CorrectionRule.Field.allCases), roles: [role]) == nil)
        }
        let ready = CorrectionRule.refusal(device: Self.device(at: .ready), fields: [.serial], roles: [role])
        #expect(ready?.key == "correction.afterReady")
    }

    @Test("the shop corrects the maker and the model only")
    func shop() {
        let ready = Self.device(at: .ready)
        #expect(CorrectionRule.refusal(device: ready, fields: [.manufacturer, .model], roles: [.shop]) == nil)
        let serial = CorrectionRule.refusal(device: ready, fields: [.model, .serial], roles: [.shop])
        #expect(serial == Message("correction.shopMakerModelOnly", ready.assetTag.text, "serial"))
        #expect(serial?.text(in: .fr, catalog: .core).contains("pas le numéro de série") == true)
        #expect(serial?.text(in: .en, catalog: .core).contains("not the serial number") == true)
    }

    @Test("nothing on a device that has left the workshop without admin; admin corrects anything",
          arguments: [Stage.sold, .donated, .recycled])
    func leftWorkshop(stage: Stage) {
        let device = Self.device(at: stage)
        for role in [Role.intake, .technician, .shop] {
            let refusal = CorrectionRule.refusal(device: device, fields: [.model], roles: [role])
            #expect(refusal?.key == "correction.\(stage.rawValue)AdminOnly")
            #expect(refusal?.text(in: .fr, catalog: .core).contains("seule l'administration") == true)
            #expect(refusal?.text(in: .en, catalog: .core).contains("only admin") == true)
        }
        #expect(CorrectionRule.refusal(device: device, fields: Set(CorrectionRule.Field.allCases), roles: [.admin]) == nil)
    }
}

@Suite("Correction input")
struct DeviceCorrectionTests {
    @Test("a reason is required, and a serial is checked as at intake")
    func checked() throws {
        #expect(throws: IntakeInputError.reasonMissing) { try DeviceCorrection(serial: "5CG7301XYZ", reason: "  ") }
        #expect(throws: IntakeInputError.self) { try DeviceCorrection(serial: "(CGè\"à&XYW", reason: "scan") }
        let correction = try DeviceCorrection(serial: " 5CG7301XYZ ", category: "Desktop", reason: "faute de frappe")
        #expect(correction.serial?.text == "5CG7301XYZ")
        #expect(correction.category == .desktop)
        #expect(correction.fields == [.serial, .category])
    }

    @Test("a lot correction checks its weight and count as when the lot was opened")
    func lot() throws {
        #expect(throws: LotCorrectionError.reasonMissing) { try LotCorrection(donorName: "Mairie", reason: nil) }
        #expect(throws: LotCorrectionError.self) { try LotCorrection(weightKilograms: "douze", reason: "pesée") }
        let correction = try LotCorrection(weightKilograms: "52,5", reason: "pesée refaite")
        #expect(correction.weightGrams == 52_500)
    }
}
