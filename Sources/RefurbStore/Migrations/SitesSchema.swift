import GRDB
import RefurbCore

/// Sites (issue 16): the workshops of a network, each lot, device, API token and station key belonging to
/// one, and the roles accounts hold at a site or for the whole network.
///
/// Every database gets its first site here, id 1: coded from the workshop's identity when one was saved
/// (`SiteCode.derived(fromWorkshopName:)`), else ATELIER, and named and addressed as the identity is. Its
/// rows all belong to it. The new `siteId` columns default to 1, the first site, so that a row written
/// without naming a site (a token, a key, a lot opened through `InventoryStore.openLot`) stays in the only
/// site a workshop on its own has.
///
/// SQLite refuses `ADD COLUMN … REFERENCES … DEFAULT 1` while foreign keys are enforced. GRDB runs each
/// migration with them off and checks every foreign key before it commits (`foreignKeyChecks: .deferred`,
/// the default, following SQLite's own procedure for altering tables), so the columns are added in place,
/// without rebuilding the tables (and the device table's search index and triggers). The check at commit
/// proves that every row's site exists.
///
/// The existing accounts keep what they had: each one's roles (`account.roles`) become its roles at the
/// first site, and each admin also becomes a network admin, so that whoever ran the workshop can open the
/// next sites.
///
/// `lot.site` is left as it was: the free-text place a lot was collected from, not the workshop holding it.
enum SitesSchema {
    static func create(_ db: Database) throws {
        try db.create(table: "site") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("code", .text).notNull().unique()
            t.column("name", .text).notNull()
            /// The address's lines, joined by a line feed.
            t.column("address", .text).notNull().defaults(to: "")
            t.column("createdAt", .datetime).notNull()
        }
        let identity = try Row.fetchOne(db, sql: "SELECT name, address FROM workshopIdentity WHERE id = 1")
        let name: String? = identity?["name"]
        let address: String = identity?["address"] ?? ""
        try db.execute(sql: """
            INSERT INTO site (id, code, name, address, createdAt) VALUES (1, ?, ?, ?, CURRENT_TIMESTAMP)
            """, arguments: [SiteCode.derived(fromWorkshopName: name).text, name ?? "Atelier", address])

        for table in ["lot", "device", "apiToken", "stationKey"] {
            try db.alter(table: table) { t in
                t.add(column: "siteId", .integer).notNull().defaults(to: 1).references("site", onDelete: .restrict)
            }
        }
        try db.create(index: "lot_on_siteId", on: "lot", columns: ["siteId"])

        try db.create(table: "accountSiteRole") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("account", onDelete: .cascade).notNull()
            // NULL: the role holds for the whole network.
            t.belongsTo("site", onDelete: .restrict)
            t.column("role", .text).notNull()
            t.column("grantedAt", .datetime).notNull()
            t.column("grantedBy", .text).notNull()
            // A site's roles (`Role`) at a site, a network role (`NetworkRole`) for the network. Written out
            // rather than taken from the enums, so that this migration stays what it was when it shipped.
            t.check(sql: """
                (siteId IS NOT NULL AND role IN ('intake', 'technician', 'shop', 'admin')) \
                OR (siteId IS NULL AND role IN ('viewer', 'admin'))
                """)
        }
        // One row per role and place; NULLs are distinct in a UNIQUE constraint, so the network is 0 here.
        try db.execute(sql: """
            CREATE UNIQUE INDEX accountSiteRole_unique ON accountSiteRole(accountId, coalesce(siteId, 0), role)
            """)

        let accounts = try Row.fetchAll(db, sql: "SELECT id, roles FROM account ORDER BY id")
        for account in accounts {
            let id: Int64 = account["id"]
            let stored: String = account["roles"]
            let roles = Set(stored.split(separator: ",").map { String($0).trimmingSpaces() })
                .intersection(["intake", "technician", "shop", "admin"])
            for role in roles.sorted() {
                try db.execute(sql: """
                    INSERT INTO accountSiteRole (accountId, siteId, role, grantedAt, grantedBy)
                    VALUES (?, 1, ?, CURRENT_TIMESTAMP, 'v18-sites')
                    """, arguments: [id, role])
            }
            if roles.contains("admin") {
                try db.execute(sql: """
                    INSERT INTO accountSiteRole (accountId, siteId, role, grantedAt, grantedBy)
                    VALUES (?, NULL, 'admin', CURRENT_TIMESTAMP, 'v18-sites')
                    """, arguments: [id])
            }
        }
    }
}
