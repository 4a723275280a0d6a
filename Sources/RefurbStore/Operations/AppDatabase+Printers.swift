import Foundation
import GRDB
import RefurbCore

extension AppDatabase {
    /// Adds or replaces a printer. After it, exactly one printer is the default when there is any: this one
    /// when it asks to be (or already was), else the one that was, else this one, the first.
    public func savePrinter(_ printer: PrinterSetting, actor: Actor, at date: Date) throws {
        let name = try Self.checkedPrinterName(printer.name)
        let uri = try Self.checkedLabel(printer.uri, field: "uri")
        let format = try printer.format.flatMap { $0.isEmpty ? nil : try Self.checkedLabel($0, field: "format") }
        let template = try printer.template.flatMap { $0.isEmpty ? nil : try Self.checkedLabel($0, field: "template") }
        try writer.write { db in
            let wasDefault = try PrinterRecord.fetchOne(db, key: name)?.isDefault ?? false
            let isDefault = printer.isDefault || wasDefault
            if isDefault {
                try PrinterRecord.filter(PrinterRecord.Columns.name != name).updateAll(db, PrinterRecord.Columns.isDefault.set(to: false))
            }
            try PrinterRecord(name: name, uri: uri, createdAt: date, format: format, assetTagTemplate: template,
                              isDefault: isDefault).save(db)
            try Self.keepOneDefaultPrinter(in: db)
            let described = [uri, format, template].compactMap { $0 }.joined(separator: ", ")
            try Self.appendAdministration("printer-saved", subject: "\(name) → \(described)", actor: actor, at: date, in: db)
            if isDefault && !wasDefault {
                try Self.appendAdministration("printer-default", subject: name, actor: actor, at: date, in: db)
            }
        }
    }

    /// Makes a printer the one the stations print on.
    public func makeDefaultPrinter(named name: String, actor: Actor, at date: Date) throws {
        try writer.write { db in
            guard var record = try PrinterRecord.fetchOne(db, key: name) else {
                throw StoreError.notFound(Message("store.printerNotFound", name))
            }
            guard !record.isDefault else { return }
            try PrinterRecord.updateAll(db, PrinterRecord.Columns.isDefault.set(to: false))
            record.isDefault = true
            try record.update(db)
            try Self.appendAdministration("printer-default", subject: name, actor: actor, at: date, in: db)
        }
    }

    public func printers() throws -> [PrinterSetting] {
        try writer.read { db in try PrinterRecord.order(PrinterRecord.Columns.name).fetchAll(db).map(\.setting) }
    }

    public func printer(named name: String) throws -> PrinterSetting? {
        try writer.read { db in try PrinterRecord.fetchOne(db, key: name)?.setting }
    }

    /// The printer the stations print on when they name none; nil when there is no printer at all.
    public func defaultPrinter() throws -> PrinterSetting? {
        try writer.read { db in try PrinterRecord.filter(PrinterRecord.Columns.isDefault == true).fetchOne(db)?.setting }
    }

    public func removePrinter(named name: String, actor: Actor, at date: Date) throws {
        try writer.write { db in
            guard try PrinterRecord.deleteOne(db, key: name) else {
                throw StoreError.notFound(Message("store.printerNotFound", name))
            }
            try Self.keepOneDefaultPrinter(in: db)
            try Self.appendAdministration("printer-removed", subject: name, actor: actor, at: date, in: db)
        }
    }

    /// With printers and none the default (the default was removed, or a database from before defaults), the
    /// oldest becomes it.
    private static func keepOneDefaultPrinter(in db: Database) throws {
        guard try PrinterRecord.filter(PrinterRecord.Columns.isDefault == true).fetchCount(db) == 0,
              var oldest = try PrinterRecord.order(PrinterRecord.Columns.createdAt, PrinterRecord.Columns.name).fetchOne(db)
        else { return }
        oldest.isDefault = true
        try oldest.update(db)
    }

    /// A printer's name is also the last segment of its address (`/api/printers/{name}`) and an option in the
    /// stations' lists, so it is a short name a person types: letters, digits, spaces and `.-_'()`, with at
    /// least one letter or digit. A name such as `..` or `a/b` would be saved but could never be reached again.
    package static func checkedPrinterName(_ text: String) throws -> String {
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
