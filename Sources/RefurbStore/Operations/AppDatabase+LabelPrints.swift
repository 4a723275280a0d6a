import Foundation
import GRDB
import RefurbCore

extension AppDatabase {
    /// Notes that one of a device's labels came out of a printer, replacing the previous print of that kind.
    /// Not a change of the device: its version stays, so a form open on it stays valid.
    @discardableResult
    public func recordLabelPrint(_ tag: AssetTag, kind: LabelKind, template: String, printer: String,
                                 actor: Actor, at date: Date) throws -> LabelPrint {
        let record = LabelPrintRecord(deviceId: Int64(tag.sequence), kind: kind.rawValue, template: template,
                                      printer: printer, printedAt: date, printedBy: actor.user)
        try writer.write { db in
            guard try DeviceRecord.exists(db, key: record.deviceId) else { throw StoreError.deviceNotFound(tag.text) }
            try record.save(db)
        }
        return record.print(tag: tag)
    }

    /// The last print of each kind of the device's labels; empty when none was printed.
    public func labelPrints(of tag: AssetTag) throws -> [LabelPrint] {
        try writer.read { db in
            try LabelPrintRecord.filter(LabelPrintRecord.Columns.deviceId == Int64(tag.sequence))
                .order(LabelPrintRecord.Columns.kind).fetchAll(db).map { $0.print(tag: tag) }
        }
    }

    /// The asset-tag prints of the given devices (those of a lot's scan list), by tag.
    public func assetTagPrints(of tags: [AssetTag]) throws -> [String: LabelPrint] {
        guard !tags.isEmpty else { return [:] }
        let byId = Dictionary(tags.map { (Int64($0.sequence), $0) }, uniquingKeysWith: { first, _ in first })
        return try writer.read { db in
            let records = try LabelPrintRecord
                .filter(byId.keys.contains(LabelPrintRecord.Columns.deviceId) && LabelPrintRecord.Columns.kind == LabelKind.assetTag.rawValue)
                .fetchAll(db)
            var prints: [String: LabelPrint] = [:]
            for record in records { if let tag = byId[record.deviceId] { prints[tag.text] = record.print(tag: tag) } }
            return prints
        }
    }
}

extension LabelPrint {
    /// A print as either engine reads it from its `labelPrint` row; a kind this version does not know reads
    /// as the asset tag's, as on SQLite.
    package init(assetTag: String, kind: String, template: String, printer: String, printedAt: Date, printedBy: String) {
        self.assetTag = assetTag
        self.kind = LabelKind(rawValue: kind) ?? .assetTag
        self.template = template
        self.printer = printer
        self.printedAt = printedAt
        self.printedBy = printedBy
    }
}
