import Foundation
import PostgresNIO
import RefurbCore
import RefurbStore

/// Label prints on PostgreSQL, as `AppDatabase+LabelPrints` keeps them on SQLite: one row per device and
/// kind, replaced by the next print of that kind, never a change of the device.
extension PostgresStore {
    @discardableResult
    public func recordLabelPrint(_ tag: AssetTag, kind: LabelKind, template: String, printer: String,
                                 actor: Actor, at date: Date) async throws -> LabelPrint {
        do {
            try await client.query("""
                INSERT INTO labelPrint (deviceId, kind, template, printer, printedAt, printedBy)
                VALUES (\(Int64(tag.sequence)), \(kind.rawValue), \(template), \(printer), \(date), \(actor.user))
                ON CONFLICT (deviceId, kind) DO UPDATE SET template = excluded.template, printer = excluded.printer,
                    printedAt = excluded.printedAt, printedBy = excluded.printedBy
                """, logger: logger)
        } catch where Self.sqlState(of: error) == "23503" {
            // The device's key is what refuses it: there is no device with this tag.
            throw StoreError.deviceNotFound(tag.text)
        }
        return LabelPrint(assetTag: tag.text, kind: kind.rawValue, template: template, printer: printer,
                          printedAt: date, printedBy: actor.user)
    }

    public func labelPrints(of tag: AssetTag) async throws -> [LabelPrint] {
        var prints: [LabelPrint] = []
        // Byte order, as SQLite sorts text.
        for try await (kind, template, printer, printedAt, printedBy) in try await client.query("""
            SELECT kind, template, printer, printedAt, printedBy FROM labelPrint WHERE deviceId = \(Int64(tag.sequence))
            ORDER BY kind COLLATE "C"
            """, logger: logger).decode((String, String, String, Date, String).self) {
            prints.append(LabelPrint(assetTag: tag.text, kind: kind, template: template, printer: printer,
                                     printedAt: printedAt, printedBy: printedBy))
        }
        return prints
    }

    public func assetTagPrints(of tags: [AssetTag]) async throws -> [String: LabelPrint] {
        guard !tags.isEmpty else { return [:] }
        let byId = Dictionary(tags.map { (Int64($0.sequence), $0) }, uniquingKeysWith: { first, _ in first })
        var prints: [String: LabelPrint] = [:]
        for try await (deviceId, kind, template, printer, printedAt, printedBy) in try await client.query("""
            SELECT deviceId, kind, template, printer, printedAt, printedBy FROM labelPrint
            WHERE deviceId = ANY(\(Array(byId.keys))) AND kind = \(LabelKind.assetTag.rawValue)
            """, logger: logger).decode((Int64, String, String, String, Date, String).self) {
            guard let tag = byId[deviceId] else { continue }
            prints[tag.text] = LabelPrint(assetTag: tag.text, kind: kind, template: template, printer: printer,
                                          printedAt: printedAt, printedBy: printedBy)
        }
        return prints
    }
}

extension PostgresStore: LabelPrintStore {}
