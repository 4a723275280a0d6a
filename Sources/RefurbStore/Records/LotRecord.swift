import Foundation
import GRDB
import RefurbCore

struct LotRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "lot"
    static let donor = belongsTo(DonorRecord.self)

    var id: Int64?
    var code: String
    var year: Int
    var number: Int
    var donorId: Int64
    var site: String?
    var receivedOn: String
    var declaredCount: Int?
    var weightGrams: Int?
    var createdAt: Date
    /// 1 when opened, plus one per field corrected on the lot itself.
    var version: Int = 1
    /// Its devices, undone intakes left out; kept by the database's triggers (`LotDeviceCountSchema`),
    /// never written from here.
    var liveDeviceCount: Int = 0
    /// `DonorType`'s raw value, nil when nobody said.
    var donorType: String?
    /// The site the lot was opened in (v18-sites); 1 is the first site.
    var siteId: Int64 = 1

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let code = Column(CodingKeys.code)
        static let year = Column(CodingKeys.year)
        static let number = Column(CodingKeys.number)
        static let siteId = Column(CodingKeys.siteId)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    func lot(donorName: String) -> Lot {
        Lot(code: LotCode(year: year, number: number), donorName: donorName, site: site,
            receivedOn: receivedOn, declaredCount: declaredCount, weightGrams: weightGrams,
            donorType: donorType.flatMap(DonorType.init(rawValue:)))
    }
}
