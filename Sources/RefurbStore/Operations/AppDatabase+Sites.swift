import Foundation
import GRDB
import RefurbCore

/// Sites and the roles held at them on SQLite (`SiteStore`); `RefurbPostgres.PostgresStore+Sites` keeps them
/// the same way on PostgreSQL.
extension AppDatabase {
    public func sites() throws -> [Site] {
        try writer.read { db in try Self.sites(where: "TRUE", in: db) }
    }

    public func site(code: SiteCode) throws -> Site? {
        try writer.read { db in try Self.sites(where: "site.code = ?", [code.text], in: db).first }
    }

    public func createSite(_ input: SiteInput, actor: Actor, at date: Date) throws -> Site {
        try writer.write { db in
            if let existing = try Self.sites(where: "site.code = ?", [input.code.text], in: db).first {
                throw StoreError.conflict(Message("site.siteCodeTaken", input.code.text, existing.name))
            }
            try db.execute(sql: "INSERT INTO site (code, name, address, createdAt) VALUES (?, ?, ?, ?)", arguments: [
                input.code.text, input.details.name, input.details.addressLines.joined(separator: "\n"), date,
            ])
            let site = Site(id: db.lastInsertedRowID, code: input.code, name: input.details.name,
                            addressLines: input.details.addressLines)
            try Self.appendAdministration("site-created", subject: "\(site.code.text) (\(site.name))", actor: actor, at: date, in: db)
            return site
        }
    }

    public func renameSite(_ code: SiteCode, to details: SiteDetails, actor: Actor, at date: Date) throws -> Site {
        try writer.write { db in
            var site = try Self.existingSite(code, in: db)
            try db.execute(sql: "UPDATE site SET name = ?, address = ? WHERE id = ?",
                           arguments: [details.name, details.addressLines.joined(separator: "\n"), site.id])
            site.name = details.name
            site.addressLines = details.addressLines
            try Self.appendAdministration("site-renamed", subject: "\(site.code.text) (\(site.name))", actor: actor, at: date, in: db)
            return site
        }
    }

    public func openLot(_ input: LotInput, in site: SiteCode, receivedOn: String, actor: Actor, at date: Date) throws -> Lot {
        try openLot(input, site: site, receivedOn: receivedOn, actor: actor, at: date)
    }

    public func site(ofLot code: LotCode) throws -> Site {
        try writer.read { db in
            guard let site = try Self.sites(where: "site.id = (SELECT siteId FROM lot WHERE code = ?)", [code.text], in: db).first else {
                throw StoreError.lotNotFound(code.text)
            }
            return site
        }
    }

    public func locate(scan input: String) throws -> LocatedDevice {
        let condition: String, argument: any DatabaseValueConvertible
        switch try ScannedCode(classifying: input, lotCodes: false) {
        case .tag(let tag): (condition, argument) = ("device.id = ?", Int64(tag.sequence))
        case .serial, .lot: (condition, argument) = ("device.serialKey = ?", SerialNumber.key(for: input))
        }
        return try writer.read { db in
            guard let row = try Row.fetchOne(db, sql: Self.locatedDeviceSQL(where: condition), arguments: [argument]) else {
                throw StoreError.deviceNotFound(input)
            }
            let device = try Self.device(text: { row[Int($0)] }, integer: { row[Int($0)] })
            return LocatedDevice(device: device, site: Self.site(id: row[13], code: row[14], name: row[15], address: row[16]))
        }
    }

    public func stockBySite() throws -> [SiteStock] {
        try writer.read { db in
            let rows = try Row.fetchAll(db, sql: Self.stockBySiteSQL).map { row in
                (site: Self.site(id: row[0], code: row[1], name: row[2], address: row[3]), stage: row[4] as String?, count: row[5] as Int)
            }
            return try Self.stock(from: rows)
        }
    }

    public func grant(_ grant: SiteGrant, to username: String, actor: Actor, at date: Date) throws {
        try writer.write { db in
            let (accountId, name) = try Self.accountIdentity(username, in: db)
            let siteId = try grant.site.map { try Self.existingSite($0, in: db).id }
            try db.execute(sql: """
                INSERT INTO accountSiteRole (accountId, siteId, role, grantedAt, grantedBy) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING
                """, arguments: [accountId, siteId, grant.roleName, date, actor.user])
            guard db.changesCount > 0 else { return }
            try Self.appendAdministration("site-role-granted", subject: "\(name): \(grant.logText)", actor: actor, at: date, in: db)
        }
    }

    public func revoke(_ grant: SiteGrant, from username: String, actor: Actor, at date: Date) throws {
        try writer.write { db in
            let (accountId, name) = try Self.accountIdentity(username, in: db)
            let siteId = try grant.site.map { try Self.existingSite($0, in: db).id }
            try db.execute(sql: """
                DELETE FROM accountSiteRole WHERE accountId = ? AND coalesce(siteId, 0) = ? AND role = ?
                """, arguments: [accountId, siteId ?? 0, grant.roleName])
            guard db.changesCount > 0 else { return }
            try Self.appendAdministration("site-role-revoked", subject: "\(name): \(grant.logText)", actor: actor, at: date, in: db)
        }
    }

    public func grants(of username: String) throws -> [SiteGrant] {
        try writer.read { db in try Self.grants(accountId: Self.accountIdentity(username, in: db).id, in: db) }
    }

    public func readableSites(of username: String) throws -> [Site] {
        try writer.read { db in
            let (accountId, _) = try Self.accountIdentity(username, in: db)
            guard try Bool.fetchOne(db, sql: "SELECT disabledAt IS NULL FROM account WHERE id = ?", arguments: [accountId]) == true else {
                return []
            }
            let access = SiteAccess(try Self.grants(accountId: accountId, in: db))
            return try Self.sites(where: "TRUE", in: db).filter { access.readsWholeNetwork || access.sitesWithRoles.contains($0.code) }
        }
    }

    // MARK: - Inside a transaction

    static func sites(where condition: String, _ arguments: StatementArguments = [], in db: Database) throws -> [Site] {
        try Row.fetchAll(db, sql: "SELECT \(siteColumnsSQL) FROM site WHERE \(condition) ORDER BY site.code", arguments: arguments)
            .map { site(id: $0[0], code: $0[1], name: $0[2], address: $0[3]) }
    }

    static func existingSite(_ code: SiteCode, in db: Database) throws -> Site {
        guard let site = try sites(where: "site.code = ?", [code.text], in: db).first else {
            throw StoreError.notFound(Message("site.siteNotFound", code.text))
        }
        return site
    }

    /// The row id of `code`'s site, or of the first site when `code` is nil.
    static func siteId(_ code: SiteCode?, in db: Database) throws -> Int64 {
        if let code { return try existingSite(code, in: db).id }
        guard let first = try Int64.fetchOne(db, sql: "SELECT min(id) FROM site") else {
            throw StoreError.corruptRow(table: "site", id: 0)
        }
        return first
    }

    /// The account's row id and name as stored, compared without case as sign-in compares them.
    static func accountIdentity(_ username: String, in db: Database) throws -> (id: Int64, name: String) {
        guard let row = try Row.fetchOne(db, sql: "SELECT id, username FROM account WHERE username = ? COLLATE NOCASE",
                                         arguments: [username]) else {
            throw StoreError.notFound(Message("store.accountNotFound", username))
        }
        return (row[0], row[1])
    }

    static func grants(accountId: Int64, in db: Database) throws -> [SiteGrant] {
        try Row.fetchAll(db, sql: """
            SELECT site.code, accountSiteRole.role, accountSiteRole.id FROM accountSiteRole
            LEFT JOIN site ON site.id = accountSiteRole.siteId WHERE accountSiteRole.accountId = ?
            """, arguments: [accountId]).map { row in
            guard let grant = SiteGrant(site: (row[0] as String?).map(SiteCode.init(trusted:)), roleName: row[1]) else {
                throw StoreError.corruptRow(table: "accountSiteRole", id: row[2])
            }
            return grant
        }.sorted()
    }
}
