import Foundation
import RefurbCore
import RefurbStore

/// The JSON shapes the CLI prints. Field names are part of the interface scripts use.
struct DeviceView: Encodable {
    let assetTag: String
    let lot: String
    let category: String
    let manufacturer: String?
    let model: String?
    let serial: String?
    let stage: String
    let grade: String?
    let priceCents: Int?
    let location: String?
    let version: Int

    init(_ device: Device) {
        assetTag = device.assetTag.text
        lot = device.lotCode.text
        category = device.category.rawValue
        manufacturer = device.manufacturer
        model = device.model
        serial = device.serial?.text
        stage = device.stage.rawValue
        grade = device.grade?.rawValue
        priceCents = device.price?.cents
        location = device.location
        version = device.version
    }

    enum CodingKeys: String, CodingKey {
        case assetTag, lot, category, manufacturer, model, serial, stage, grade, priceCents, location, version
    }

    /// Absent values are written as null rather than left out, so that scripts always find every key.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(assetTag, forKey: .assetTag)
        try container.encode(lot, forKey: .lot)
        try container.encode(category, forKey: .category)
        try container.encode(manufacturer, forKey: .manufacturer)
        try container.encode(model, forKey: .model)
        try container.encode(serial, forKey: .serial)
        try container.encode(stage, forKey: .stage)
        try container.encode(grade, forKey: .grade)
        try container.encode(priceCents, forKey: .priceCents)
        try container.encode(location, forKey: .location)
        try container.encode(version, forKey: .version)
    }
}

struct EventView: Encodable {
    let kind: String
    let summary: String
    let user: String
    let station: String
    let occurredAt: Date

    init(_ event: Event, language: Language) {
        kind = event.change.kind
        summary = event.change.summary(in: language)
        user = event.actor.user
        station = event.actor.station
        occurredAt = event.occurredAt
    }
}

struct LotView: Encodable {
    let code: String
    let donor: String
    let site: String?
    let receivedOn: String
    let declaredCount: Int?
    let weightKg: Double?
    let deviceCount: Int?

    init(_ lot: Lot, deviceCount: Int? = nil) {
        code = lot.code.text
        donor = lot.donorName
        site = lot.site
        receivedOn = lot.receivedOn
        declaredCount = lot.declaredCount
        weightKg = lot.weightGrams.map { Double($0) / 1000 }
        self.deviceCount = deviceCount
    }
}

struct ErrorView: Encodable {
    struct Body: Encodable {
        let code: String
        let message: String
        let rules: [String]?
        let existingAssetTag: String?
    }

    let error: Body

    init(code: String, message: String) {
        error = Body(code: code, message: message, rules: nil, existingAssetTag: nil)
    }

    init(_ storeError: StoreError, message: String) {
        switch storeError {
        case .refused(let refusal):
            error = Body(code: "refused", message: message, rules: refusal.rules.map(\.code), existingAssetTag: nil)
        case .duplicateSerial(_, let existing):
            error = Body(code: "duplicate-serial", message: message, rules: nil, existingAssetTag: existing.assetTag.text)
        case .versionConflict:
            error = Body(code: "version-conflict", message: message, rules: nil, existingAssetTag: nil)
        case .lotNotFound:
            error = Body(code: "lot-not-found", message: message, rules: nil, existingAssetTag: nil)
        case .deviceNotFound:
            error = Body(code: "device-not-found", message: message, rules: nil, existingAssetTag: nil)
        case .invalidInput:
            error = Body(code: "invalid-input", message: message, rules: nil, existingAssetTag: nil)
        case .corruptRow:
            error = Body(code: "corrupt-row", message: message, rules: nil, existingAssetTag: nil)
        case .notADatabase:
            error = Body(code: "not-a-database", message: message, rules: nil, existingAssetTag: nil)
        }
    }
}
