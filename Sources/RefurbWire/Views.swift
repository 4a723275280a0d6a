// FoundationEssentials, not the full Foundation: the probe's chain (RefurbClient) links this target.
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import RefurbCore

/// The JSON shapes of devices, events and lots, printed by the CLI and served by the API. Field names
/// are part of the interface scripts use (Schemas/openapi.yaml).
public struct DeviceView: Codable, Sendable {
    public let assetTag: String
    public let lot: String
    public let category: String
    public let manufacturer: String?
    public let model: String?
    public let serial: String?
    public let stage: String
    public let grade: String?
    public let priceCents: Int?
    public let location: String?
    public let version: Int
    /// What the shop calls it on its label and card, when it typed one.
    public let displayName: String?

    public init(_ device: Device) {
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
        displayName = device.displayName
    }

    enum CodingKeys: String, CodingKey {
        case assetTag, lot, category, manufacturer, model, serial, stage, grade, priceCents, location, version, displayName
    }

    /// Absent values are written as null rather than left out, so that scripts always find every key.
    public func encode(to encoder: any Encoder) throws {
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
        try container.encode(displayName, forKey: .displayName)
    }
}

public struct EventView: Codable, Sendable {
    public let kind: String
    public let summary: String
    public let user: String
    public let station: String
    public let occurredAt: Date

    public init(_ event: Event, language: Language) {
        kind = event.change.kind
        summary = event.change.summary(in: language)
        user = event.actor.user
        station = event.actor.station
        occurredAt = event.occurredAt
    }
}

public struct LotView: Codable, Sendable {
    public let code: String
    public let donor: String
    public let site: String?
    public let receivedOn: String
    public let declaredCount: Int?
    public let weightKg: Double?
    public let deviceCount: Int?
    /// 1 when opened, plus one per field corrected: what a correction sends back as the version it read.
    public let version: Int?
    /// `DonorType`'s raw value ("public": the devices' prices are capped by law), absent when nobody said.
    public let donorType: String?

    public init(_ lot: Lot, deviceCount: Int? = nil, version: Int? = nil) {
        code = lot.code.text
        donor = lot.donorName
        site = lot.site
        receivedOn = lot.receivedOn
        declaredCount = lot.declaredCount
        weightKg = lot.weightGrams.map { Double($0) / 1000 }
        donorType = lot.donorType?.rawValue
        self.deviceCount = deviceCount
        self.version = version
    }
}


/// What `GET /api/scan/{code}` answers: the device a tag or serial names, or the lot a lot code names.
/// The service writes a device's answer by hand (`DeviceView.jsonText`); a test holds it equal to this.
public struct ScanView: Codable, Sendable {
    /// "device" or "lot".
    public let kind: String
    public let device: DeviceView?
    public let lot: LotView?

    public init(kind: String, device: DeviceView?, lot: LotView?) {
        self.kind = kind
        self.device = device
        self.lot = lot
    }
}
