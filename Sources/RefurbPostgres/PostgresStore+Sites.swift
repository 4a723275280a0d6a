import Foundation
import PostgresNIO
import RefurbCore
import RefurbStore

/// Sites and the roles held at them on PostgreSQL, as `AppDatabase+Sites` keeps them on SQLite, with the
/// same SQL where the two dialects agree (`AppDatabase.locatedDeviceSQL`, `stockBySiteSQL`).
extension PostgresStore {
    public func sites() async throws -> [Site] {
        try await client.withConnection { connection in
            try await Self.sites(where: "TRUE", bind: Optional<String>.none, on: connection, logger: logger)
        }
    }

    public func site(code: SiteCode) async throws -> Site? {
        try await client.withConnection { connection in
            try await Self.sites(where: "site.code = $1", bind: code.text, on: connection, logger: logger).first
        }
    }

    public func createSite(_ input: SiteInput, actor: Actor, at date: Date) async throws -> Site {
        try await transaction { connection in
            // The unique code decides between two creations at once; the second reads the first.
            var id: Int64?
            for try await inserted in try await connection.query("""
                INSERT INTO site (code, name, address, createdAt)
                VALUES (\(input.code.text), \(input.details.name), \(input.details.addressLines.joined(separator: "\n")), \(date))
                ON CONFLICT (code) DO NOTHING RETURNING id
                """, logger: logger).decode(Int64.self) { id = inserted }
            guard let id else {
                let existing = try await Self.sites(where: "site.code = $1", bind: input.code.text, on: connection, logger: logger).first
                throw StoreError.conflict(Message("site.siteCodeTaken", input.code.text, existing?.name ?? "?"))
            }
            let site = Site(id: id, code: input.code, name: input.details.name, addressLines: input.details.addressLines)
            try await Self.appendAdministration("site-created", subject: "\(site.code.text) (\(site.name))", actor: actor, at: date,
                                                on: connection, logger: logger)
            return site
        }
    }

    public func renameSite(_ code: SiteCode, to details: SiteDetails, actor: Actor, at date: Date) async throws -> Site {
        try await transaction { connection in
            var site = try await Self.existingSite(code, on: connection, logger: logger)
            try await connection.query("""
                UPDATE site SET name = \(details.name), address = \(details.addressLines.joined(separator: "\n")) WHERE id = \(site.id)
                """, logger: logger)
            site.name = details.name
            site.addressLines = details.addressLines
            try await Self.appendAdministration("site-renamed", subject: "\(site.code.text) (\(site.name))", actor: actor, at: date,
                                                on: connection, logger: logger)
            return site
        }
    }

    public func openLot(_ input: LotInput, in site: SiteCode, receivedOn: String, actor: Actor, at date: Date) async throws -> Lot {
        try await openLot(input, site: site, receivedOn: receivedOn, actor: actor, at: date)
    }

    public func site(ofLot code: LotCode) async throws -> Site {
        try await client.withConnection { connection in
            guard let site = try await Self.sites(where: "site.id = (SELECT siteId FROM lot WHERE code = $1)", bind: code.text,
                                                  on: connection, logger: logger).first else {
                throw StoreError.lotNotFound(code.text)
            }
            return site
        }
    }

    public func locate(scan input: String) async throws -> LocatedDevice {
        var bindings = PostgresBindings()
        let condition: String
        switch try ScannedCode(classifying: input, lotCodes: false) {
        case .tag(let tag):
            condition = "device.id = $1"
            bindings.append(Int64(tag.sequence))
        case .serial, .lot:
            condition = "device.serialKey = $1"
            try bindings.append(SerialNumber.key(for: input))
        }
        let rows = try await client.query(PostgresQuery(unsafeSQL: AppDatabase.locatedDeviceSQL(where: condition), binds: bindings),
                                          logger: logger)
        for try await row in rows {
            let device = try Self.device(in: row)
            let (id, code, name, address) = try row.makeRandomAccess().decodeSite(from: 13)
            return LocatedDevice(device: device, site: AppDatabase.site(id: id, code: code, name: name, address: address))
        }
        throw StoreError.deviceNotFound(input)
    }

    public func stockBySite() async throws -> [SiteStock] {
        var rows: [(site: Site, stage: String?, count: Int)] = []
        for try await (id, code, name, address, stage, count) in try await client.query(
            PostgresQuery(unsafeSQL: AppDatabase.stockBySiteSQL), logger: logger)
            .decode((Int64, String, String, String, String?, Int64).self) {
            rows.append((AppDatabase.site(id: id, code: code, name: name, address: address), stage, Int(count)))
        }
        return try AppDatabase.stock(from: rows)
    }

    public func grant(_ grant: SiteGrant, to username: String, actor: Actor, at date: Date) async throws {
        try await transaction { connection in
            let (accountId, name) = try await Self.accountIdentity(username, on: connection, logger: logger)
            var siteId: Int64?
            if let code = grant.site { siteId = try await Self.existingSite(code, on: connection, logger: logger).id }
            var inserted = false
            for try await _ in try await connection.query("""
                INSERT INTO accountSiteRole (accountId, siteId, role, grantedAt, grantedBy)
                VALUES (\(accountId), \(siteId), \(grant.roleName), \(date), \(actor.user))
                ON CONFLICT DO NOTHING RETURNING id
                """, logger: logger).decode(Int64.self) { inserted = true }
            guard inserted else { return }
            try await Self.appendAdministration("site-role-granted", subject: "\(name): \(grant.logText)", actor: actor, at: date,
                                                on: connection, logger: logger)
        }
    }

    public func revoke(_ grant: SiteGrant, from username: String, actor: Actor, at date: Date) async throws {
        try await transaction { connection in
            let (accountId, name) = try await Self.accountIdentity(username, on: connection, logger: logger)
            var siteId: Int64 = 0
            if let code = grant.site { siteId = try await Self.existingSite(code, on: connection, logger: logger).id }
            var removed = false
            for try await _ in try await connection.query("""
                DELETE FROM accountSiteRole
                WHERE accountId = \(accountId) AND coalesce(siteId, 0) = \(siteId) AND role = \(grant.roleName)
                RETURNING id
                """, logger: logger).decode(Int64.self) { removed = true }
            guard removed else { return }
            try await Self.appendAdministration("site-role-revoked", subject: "\(name): \(grant.logText)", actor: actor, at: date,
                                                on: connection, logger: logger)
        }
    }

    public func grants(of username: String) async throws -> [SiteGrant] {
        try await client.withConnection { connection in
            let (accountId, _) = try await Self.accountIdentity(username, on: connection, logger: logger)
            return try await Self.grants(accountId: accountId, on: connection, logger: logger)
        }
    }

    public func readableSites(of username: String) async throws -> [Site] {
        try await client.withConnection { connection in
            let (accountId, _) = try await Self.accountIdentity(username, on: connection, logger: logger)
            var enabled = false
            for try await value in try await connection.query(
                "SELECT disabledAt IS NULL FROM account WHERE id = \(accountId)", logger: logger).decode(Bool.self) { enabled = value }
            guard enabled else { return [] }
            let access = SiteAccess(try await Self.grants(accountId: accountId, on: connection, logger: logger))
            return try await Self.sites(where: "TRUE", bind: Optional<String>.none, on: connection, logger: logger)
                .filter { access.readsWholeNetwork || access.sitesWithRoles.contains($0.code) }
        }
    }

    // MARK: - Inside a transaction or on one connection

    static func sites(where condition: String, bind value: (some PostgresEncodable & Sendable)?,
                      on connection: PostgresConnection, logger: Logger) async throws -> [Site] {
        var bindings = PostgresBindings()
        if let value { try bindings.append(value) }
        let sql = "SELECT \(AppDatabase.siteColumnsSQL) FROM site WHERE \(condition) ORDER BY site.code"
        var sites: [Site] = []
        for try await (id, code, name, address) in try await connection.query(
            PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger).decode((Int64, String, String, String).self) {
            sites.append(AppDatabase.site(id: id, code: code, name: name, address: address))
        }
        return sites
    }

    static func existingSite(_ code: SiteCode, on connection: PostgresConnection, logger: Logger) async throws -> Site {
        guard let site = try await sites(where: "site.code = $1", bind: code.text, on: connection, logger: logger).first else {
            throw StoreError.notFound(Message("site.siteNotFound", code.text))
        }
        return site
    }

    /// The row id of `code`'s site, or of the first site when `code` is nil.
    static func siteId(_ code: SiteCode?, on connection: PostgresConnection, logger: Logger) async throws -> Int64 {
        if let code { return try await existingSite(code, on: connection, logger: logger).id }
        for try await id in try await connection.query("SELECT min(id) FROM site", logger: logger).decode(Int64?.self) {
            if let id { return id }
        }
        throw StoreError.corruptRow(table: "site", id: 0)
    }

    /// The account's row id and name as stored, compared without case as sign-in compares them.
    static func accountIdentity(_ username: String, on connection: PostgresConnection,
                                logger: Logger) async throws -> (id: Int64, name: String) {
        for try await (id, name) in try await connection.query(
            "SELECT id, username FROM account WHERE lower(username) = lower(\(username))", logger: logger)
            .decode((Int64, String).self) {
            return (id, name)
        }
        throw StoreError.notFound(Message("store.accountNotFound", username))
    }

    static func grants(accountId: Int64, on connection: PostgresConnection, logger: Logger) async throws -> [SiteGrant] {
        var grants: [SiteGrant] = []
        for try await (code, role, id) in try await connection.query("""
            SELECT site.code, accountSiteRole.role, accountSiteRole.id FROM accountSiteRole
            LEFT JOIN site ON site.id = accountSiteRole.siteId WHERE accountSiteRole.accountId = \(accountId)
            """, logger: logger).decode((String?, String, Int64).self) {
            guard let grant = SiteGrant(site: code.map(SiteCode.init(trusted:)), roleName: role) else {
                throw StoreError.corruptRow(table: "accountSiteRole", id: id)
            }
            grants.append(grant)
        }
        return grants.sorted()
    }
}

extension PostgresRandomAccessRow {
    /// A site's four columns (`AppDatabase.siteColumnsSQL`) from position `first` on.
    fileprivate func decodeSite(from first: Int) throws -> (Int64, String, String, String) {
        (try self[first].decode(Int64.self), try self[first + 1].decode(String.self),
         try self[first + 2].decode(String.self), try self[first + 3].decode(String.self))
    }
}

extension PostgresStore: SiteStore {}
