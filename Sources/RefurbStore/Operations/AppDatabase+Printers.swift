import Foundation
import GRDB
import RefurbCore

extension AppDatabase {
    public func savePrinter(_ printer: PrinterSetting, actor: Actor, at date: Date) throws {
        let name = try Self.checkedLabel(printer.name, field: "name")
        let uri = try Self.checkedLabel(printer.uri, field: "uri")
        try writer.write { db in
            try PrinterRecord(name: name, uri: uri, createdAt: date).save(db)
            try Self.appendAdministration("printer-saved", subject: "\(name) → \(uri)", actor: actor, at: date, in: db)
        }
    }

    public func printers() throws -> [PrinterSetting] {
        try writer.read { db in try PrinterRecord.order(Column("name")).fetchAll(db).map(\.setting) }
    }

    public func printer(named name: String) throws -> PrinterSetting? {
        try writer.read { db in try PrinterRecord.fetchOne(db, key: name)?.setting }
    }

    public func removePrinter(named name: String, actor: Actor, at date: Date) throws {
        try writer.write { db in
            guard try PrinterRecord.deleteOne(db, key: name) else {
                throw StoreError.notFound(Message("store.printerNotFound", name))
            }
            try Self.appendAdministration("printer-removed", subject: name, actor: actor, at: date, in: db)
        }
    }
}
