import Foundation
import GRDB
import RefurbCore

struct LabelPrintRecord: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "labelPrint"

    var deviceId: Int64
    var kind: String
    var template: String
    var printer: String
    var printedAt: Date
    var printedBy: String

    enum Columns {
        static let deviceId = Column(CodingKeys.deviceId)
        static let kind = Column(CodingKeys.kind)
    }

    func print(tag: AssetTag) -> LabelPrint {
        LabelPrint(assetTag: tag.text, kind: LabelKind(rawValue: kind) ?? .assetTag, template: template,
                   printer: printer, printedAt: printedAt, printedBy: printedBy)
    }
}

/// The kinds of label a device gets: its asset tag at intake, its price in the shop.
public enum LabelKind: String, Hashable, Sendable, Codable, CaseIterable {
    case assetTag = "asset-tag"
    case price
}

/// The last time one of a device's labels was printed, and where.
public struct LabelPrint: Hashable, Sendable, Codable {
    public var assetTag: String
    public var kind: LabelKind
    public var template: String
    public var printer: String
    public var printedAt: Date
    public var printedBy: String
}
