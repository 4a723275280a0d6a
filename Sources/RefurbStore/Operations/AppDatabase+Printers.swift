import Foundation
import GRDB
import RefurbCore

extension AppDatabase {
    public func savePrinter(_ printer: PrinterSetting, actor: Actor, at date: Date) throws {
        let name = try Self.checkedPrinterName(printer.name)
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

    /// A printer's name is also the last segment of its address (`/api/printers/{name}`) and an option in the
    /// stations' lists, so it is a short name a person types: letters, digits, spaces and `.-_'()`, with at
    /// least one letter or digit. A name such as `..` or `a/b` would be saved but could never be reached again.
    static func checkedPrinterName(_ text: String) throws -> String {
        let name = text.trimmingCharacters(in: .whitespaces)
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: " .-_'()"))
        guard (1...40).contains(name.count),
              name.unicodeScalars.allSatisfy({ allowed.contains($0) }),
              name.unicodeScalars.contains(where: { CharacterSet.alphanumerics.contains($0) }) else {
            throw StoreError.invalidInput(Message("store.printerNameMalformed", String(text.prefix(60))))
        }
        return name
    }
}
