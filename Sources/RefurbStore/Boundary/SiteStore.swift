import Foundation
import RefurbCore

/// The sites of a network and who holds which role at them, on either engine (issue 16). Every lot and
/// device belongs to a site (`v18-sites`); a database made for one workshop has one site, the first, which
/// holds everything. Changes are noted in the administration log.
///
/// Deciding what an account may do at a site is `SiteAccess`'s (RefurbCore); the store keeps the grants.
public protocol SiteStore: Sendable {
    /// Every site, by code.
    func sites() async throws -> [Site]
    func site(code: SiteCode) async throws -> Site?
    /// A code already taken is refused, naming the site that has it, and nothing is written.
    func createSite(_ input: SiteInput, actor: Actor, at date: Date) async throws -> Site
    /// A new name and address; the code stays.
    func renameSite(_ code: SiteCode, to details: SiteDetails, actor: Actor, at date: Date) async throws -> Site

    /// Opens a lot in `site` (`InventoryStore.openLot` opens it in the first site). Lot numbers and asset
    /// tags run across the network: a code names one lot, a tag one device, whichever site holds it.
    func openLot(_ input: LotInput, in site: SiteCode, receivedOn: String, actor: Actor, at date: Date) async throws -> Lot
    /// The site a lot was opened in.
    func site(ofLot code: LotCode) async throws -> Site
    /// A device found by its tag or serial, as a person scanned it (the codes `device(scanned:)` takes),
    /// with the site that holds it: a tag scanned at another site still finds it, and says where it belongs.
    func locate(scan input: String) async throws -> LocatedDevice
    /// Every site with how many counted devices (undone intakes left out) it holds at each stage; a site
    /// without devices is listed with no counts.
    func stockBySite() async throws -> [SiteStock]

    /// Grants a role at a site or for the network; granting one already held changes nothing.
    func grant(_ grant: SiteGrant, to username: String, actor: Actor, at date: Date) async throws
    /// Takes a role back; taking back one not held changes nothing.
    func revoke(_ grant: SiteGrant, from username: String, actor: Actor, at date: Date) async throws
    /// What the account holds, network roles first, then by site and role.
    func grants(of username: String) async throws -> [SiteGrant]
    /// The sites the account may read, by code: every site for a network role, else those where it holds a
    /// role; none while it is disabled.
    func readableSites(of username: String) async throws -> [Site]
}

/// A device and the site that holds it.
public struct LocatedDevice: Hashable, Sendable {
    public var device: Device
    public var site: Site

    public init(device: Device, site: Site) {
        self.device = device
        self.site = site
    }
}

/// One site's stock, counted by stage.
public struct SiteStock: Hashable, Sendable {
    public var site: Site
    public var countsByStage: [Stage: Int]

    public init(site: Site, countsByStage: [Stage: Int]) {
        self.site = site
        self.countsByStage = countsByStage
    }

    public var total: Int { countsByStage.values.reduce(0, +) }
}

extension AppDatabase: SiteStore {}

extension AppDatabase {
    /// A site's columns, in the order `site(id:code:name:address:)` reads them.
    package static let siteColumnsSQL = "site.id, site.code, site.name, site.address"

    /// The site in a row of `siteColumnsSQL`: the address is kept as its lines joined by a line feed.
    package static func site(id: Int64, code: String, name: String, address: String) -> Site {
        Site(id: id, code: SiteCode(trusted: code), name: name,
             addressLines: address.split(separator: "\n", omittingEmptySubsequences: true).map(String.init))
    }

    /// A counted device with its lot's code (columns 0 to 12, read by `device(text:integer:)`) and the
    /// site that holds it (columns 13 to 16): `deviceLookupSQL`'s columns, so that the scans' own path
    /// stays as it is.
    package static func locatedDeviceSQL(where condition: String) -> String {
        """
        SELECT device.id, device.assetTag, lot.code, device.category, device.manufacturer, device.model,
               device.serial, device.stage, device.grade, device.priceCents, device.location, device.version,
               device.displayName, \(siteColumnsSQL)
        FROM device JOIN lot ON lot.id = device.lotId JOIN site ON site.id = device.siteId
        WHERE device.voidedAt IS NULL AND \(condition)
        """
    }

    /// Every site with its counted devices by stage, one row per site and stage (a site without devices has
    /// one row with a NULL stage), ordered by code.
    package static let stockBySiteSQL = """
        SELECT \(siteColumnsSQL), device.stage, count(device.id)
        FROM site LEFT JOIN device ON device.siteId = site.id AND device.voidedAt IS NULL
        GROUP BY site.id, site.code, site.name, site.address, device.stage
        ORDER BY site.code, device.stage
        """

    /// The stock rows read into one value per site, in the rows' order.
    package static func stock(from rows: [(site: Site, stage: String?, count: Int)]) throws -> [SiteStock] {
        var stocks: [SiteStock] = []
        for row in rows {
            if stocks.last?.site.id != row.site.id { stocks.append(SiteStock(site: row.site, countsByStage: [:])) }
            guard let text = row.stage else { continue }
            guard let stage = Stage(rawValue: text) else { throw StoreError.corruptRow(table: "device", id: 0) }
            stocks[stocks.count - 1].countsByStage[stage] = row.count
        }
        return stocks
    }
}
