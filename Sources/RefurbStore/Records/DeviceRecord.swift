import Foundation
import GRDB
import RefurbCore

struct DeviceRecord: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "device"
    static let lot = belongsTo(LotRecord.self)

    /// The asset tag's sequence number.
    var id: Int64
    var assetTag: String
    var lotId: Int64
    var category: String
    var manufacturer: String?
    var model: String?
    var serial: String?
    var serialKey: String?
    var stage: String
    var grade: String?
    var priceCents: Int?
    var location: String?
    var version: Int
    var createdAt: Date
    var updatedAt: Date
    /// v14-device-display-name.
    var displayName: String?
    /// The site that holds the device (v18-sites): its lot's when it was taken in.
    var siteId: Int64 = 1

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let assetTag = Column(CodingKeys.assetTag)
        static let category = Column(CodingKeys.category)
        static let lotId = Column(CodingKeys.lotId)
        static let serial = Column(CodingKeys.serial)
        static let serialKey = Column(CodingKeys.serialKey)
        static let manufacturer = Column(CodingKeys.manufacturer)
        static let model = Column(CodingKeys.model)
        static let stage = Column(CodingKeys.stage)
        static let grade = Column(CodingKeys.grade)
        static let priceCents = Column(CodingKeys.priceCents)
        static let version = Column(CodingKeys.version)
        static let displayName = Column(CodingKeys.displayName)
        static let updatedAt = Column(CodingKeys.updatedAt)
        static let siteId = Column(CodingKeys.siteId)
        /// Set when the intake scan was undone (v4-intake-voids); such a device is passed over everywhere.
        static let voidedAt = Column("voidedAt")
    }

    /// The domain value. Stored values are constrained by CHECKs, so an unreadable one means the file
    /// was edited by hand: that is reported rather than guessed at.
    func device(lotCode: String) throws -> Device {
        guard let tag = try? AssetTag(parsing: assetTag),
              let lot = try? LotCode(parsing: lotCode),
              let category = DeviceCategory(rawValue: category),
              let stage = Stage(rawValue: stage) else {
            throw StoreError.corruptRow(table: Self.databaseTableName, id: id)
        }
        return Device(
            assetTag: tag, lotCode: lot, category: category, manufacturer: manufacturer, model: model,
            serial: serial.map(SerialNumber.init(trusted:)), stage: stage,
            grade: grade.flatMap(Grade.init(rawValue:)), price: priceCents.map(Money.init(cents:)),
            location: location, version: version, displayName: displayName)
    }
}

/// A device row with its lot's code, as most queries want it.
struct DeviceWithLot: Decodable, Sendable, FetchableRecord {
    var device: DeviceRecord
    var lot: LotCodeOnly

    struct LotCodeOnly: Decodable, Sendable, FetchableRecord {
        var code: String
    }

    /// Devices still counted: an undone intake scan is left out.
    static func request() -> QueryInterfaceRequest<DeviceWithLot> {
        DeviceRecord
            .filter(DeviceRecord.Columns.voidedAt == nil)
            .including(required: DeviceRecord.lot.select(LotRecord.Columns.code))
            .asRequest(of: DeviceWithLot.self)
    }

    func domain() throws -> Device { try device.device(lotCode: lot.code) }
}
