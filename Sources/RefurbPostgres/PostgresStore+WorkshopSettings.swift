import Foundation
import PostgresNIO
import RefurbCore
import RefurbStore

/// Pricing rules, the workshop's identity and the printers on PostgreSQL, with the rules
/// `AppDatabase+Pricing`, `+WorkshopIdentity` and `+Printers` keep on SQLite: the same checks and the
/// same encodings (the `package` helpers of RefurbStore), so a setting saved by one engine reads the same
/// once copied to the other.
extension PostgresStore {
    public func pricingRules() async throws -> PricingRules {
        try await savedPricingRules().rules
    }

    public func savedPricingRules() async throws -> SavedPricingRules {
        for try await (body, savedAt, savedBy) in try await client.query(
            "SELECT body, savedAt, savedBy FROM pricingRules WHERE id = 1", logger: logger).decode((String, Date, String).self) {
            return SavedPricingRules(rules: try AppDatabase.pricingRules(body: body), savedAt: savedAt, savedBy: savedBy)
        }
        return SavedPricingRules(rules: .shipped, savedAt: nil, savedBy: nil)
    }

    @discardableResult
    public func savePricingRules(_ rules: PricingRules, actor: Actor, at date: Date) async throws -> SavedPricingRules {
        let checked = try rules.validated()
        let body = try AppDatabase.pricingRulesBody(checked)
        try await transaction { connection in
            try await connection.query("""
                INSERT INTO pricingRules (id, body, savedAt, savedBy) VALUES (1, \(body), \(date), \(actor.user))
                ON CONFLICT (id) DO UPDATE SET body = excluded.body, savedAt = excluded.savedAt, savedBy = excluded.savedBy
                """, logger: logger)
            try await Self.appendAdministration("pricing-saved", subject: AppDatabase.pricingSavedSubject(checked), actor: actor, at: date,
                                                on: connection, logger: logger)
        }
        return SavedPricingRules(rules: checked, savedAt: date, savedBy: actor.user)
    }

    public func workshopIdentity() async throws -> SavedWorkshopIdentity? {
        for try await (name, address, contact, savedAt, savedBy) in try await client.query(
            "SELECT name, address, contact, savedAt, savedBy FROM workshopIdentity WHERE id = 1", logger: logger)
            .decode((String, String, String, Date, String).self) {
            return SavedWorkshopIdentity(identity: AppDatabase.workshopIdentity(name: name, address: address, contact: contact),
                                         savedAt: savedAt, savedBy: savedBy)
        }
        return nil
    }

    @discardableResult
    public func saveWorkshopIdentity(_ identity: WorkshopIdentity, actor: Actor, at date: Date) async throws -> SavedWorkshopIdentity {
        let checked = try AppDatabase.checkedWorkshopIdentity(identity)
        let address = checked.addressLines.joined(separator: "\n")
        try await transaction { connection in
            try await connection.query("""
                INSERT INTO workshopIdentity (id, name, address, contact, savedAt, savedBy)
                VALUES (1, \(checked.name), \(address), \(checked.contact ?? ""), \(date), \(actor.user))
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, address = excluded.address, contact = excluded.contact,
                    savedAt = excluded.savedAt, savedBy = excluded.savedBy
                """, logger: logger)
            try await Self.appendAdministration("workshop-identity-saved", subject: checked.name, actor: actor, at: date,
                                                on: connection, logger: logger)
        }
        return SavedWorkshopIdentity(identity: checked, savedAt: date, savedBy: actor.user)
    }

    // Printers are few and rarely changed: each change takes the table's write lock, so that two processes
    // making different printers the default one after the other leave one default, not a refused index.

    public func savePrinter(_ printer: PrinterSetting, actor: Actor, at date: Date) async throws {
        let name = try AppDatabase.checkedPrinterName(printer.name)
        let uri = try AppDatabase.checkedLabel(printer.uri, field: "uri")
        let format = try printer.format.flatMap { $0.isEmpty ? nil : try AppDatabase.checkedLabel($0, field: "format") }
        let template = try printer.template.flatMap { $0.isEmpty ? nil : try AppDatabase.checkedLabel($0, field: "template") }
        try await transaction { connection in
            try await connection.query("LOCK TABLE printer IN SHARE ROW EXCLUSIVE MODE", logger: logger)
            let wasDefault = try await Self.printers(where: "name = $1", bind: name, on: connection, logger: logger).first?.isDefault ?? false
            let isDefault = printer.isDefault || wasDefault
            if isDefault {
                try await connection.query("UPDATE printer SET isDefault = false WHERE name <> \(name) AND isDefault", logger: logger)
            }
            try await connection.query("""
                INSERT INTO printer (name, uri, createdAt, format, assetTagTemplate, isDefault)
                VALUES (\(name), \(uri), \(date), \(format), \(template), \(isDefault))
                ON CONFLICT (name) DO UPDATE SET uri = excluded.uri, createdAt = excluded.createdAt, format = excluded.format,
                    assetTagTemplate = excluded.assetTagTemplate, isDefault = excluded.isDefault
                """, logger: logger)
            try await Self.keepOneDefaultPrinter(on: connection, logger: logger)
            let described = [uri, format, template].compactMap { $0 }.joined(separator: ", ")
            try await Self.appendAdministration("printer-saved", subject: "\(name) → \(described)", actor: actor, at: date,
                                                on: connection, logger: logger)
            if isDefault && !wasDefault {
                try await Self.appendAdministration("printer-default", subject: name, actor: actor, at: date, on: connection, logger: logger)
            }
        }
    }

    public func makeDefaultPrinter(named name: String, actor: Actor, at date: Date) async throws {
        try await transaction { connection in
            try await connection.query("LOCK TABLE printer IN SHARE ROW EXCLUSIVE MODE", logger: logger)
            guard let printer = try await Self.printers(where: "name = $1", bind: name, on: connection, logger: logger).first else {
                throw StoreError.notFound(Message("store.printerNotFound", name))
            }
            guard !printer.isDefault else { return }
            try await connection.query("UPDATE printer SET isDefault = false WHERE isDefault", logger: logger)
            try await connection.query("UPDATE printer SET isDefault = true WHERE name = \(name)", logger: logger)
            try await Self.appendAdministration("printer-default", subject: name, actor: actor, at: date, on: connection, logger: logger)
        }
    }

    public func printers() async throws -> [PrinterSetting] {
        try await client.withConnection { connection in
            try await Self.printers(where: "TRUE", bind: Optional<String>.none, on: connection, logger: logger)
        }
    }

    public func printer(named name: String) async throws -> PrinterSetting? {
        try await client.withConnection { connection in
            try await Self.printers(where: "name = $1", bind: name, on: connection, logger: logger).first
        }
    }

    public func defaultPrinter() async throws -> PrinterSetting? {
        try await client.withConnection { connection in
            try await Self.printers(where: "isDefault", bind: Optional<String>.none, on: connection, logger: logger).first
        }
    }

    public func removePrinter(named name: String, actor: Actor, at date: Date) async throws {
        try await transaction { connection in
            try await connection.query("LOCK TABLE printer IN SHARE ROW EXCLUSIVE MODE", logger: logger)
            var removed = false
            for try await _ in try await connection.query("DELETE FROM printer WHERE name = \(name) RETURNING 1", logger: logger) {
                removed = true
            }
            guard removed else { throw StoreError.notFound(Message("store.printerNotFound", name)) }
            try await Self.keepOneDefaultPrinter(on: connection, logger: logger)
            try await Self.appendAdministration("printer-removed", subject: name, actor: actor, at: date, on: connection, logger: logger)
        }
    }

    // MARK: - Inside a transaction or on one connection

    /// Printers by name in SQLite's order (bytes, `COLLATE "C"`), whatever the server's locale.
    static func printers(where condition: String, bind value: (some PostgresEncodable & Sendable)?, on connection: PostgresConnection,
                         logger: Logger) async throws -> [PrinterSetting] {
        var bindings = PostgresBindings()
        if let value { try bindings.append(value) }
        let sql = #"SELECT name, uri, format, assetTagTemplate, isDefault FROM printer WHERE \#(condition) ORDER BY name COLLATE "C""#
        var printers: [PrinterSetting] = []
        for try await (name, uri, format, template, isDefault) in try await connection.query(
            PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger).decode((String, String, String?, String?, Bool).self) {
            printers.append(PrinterSetting(name: name, uri: uri, format: format, template: template, isDefault: isDefault))
        }
        return printers
    }

    /// With printers and none the default (the default was removed), the oldest becomes it, as on SQLite.
    static func keepOneDefaultPrinter(on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query("""
            UPDATE printer SET isDefault = true
            WHERE NOT EXISTS (SELECT 1 FROM printer WHERE isDefault)
              AND name = (SELECT name FROM printer ORDER BY createdAt, name COLLATE "C" LIMIT 1)
            """, logger: logger)
    }
}

extension PostgresStore: WorkshopSettingsStore {}
