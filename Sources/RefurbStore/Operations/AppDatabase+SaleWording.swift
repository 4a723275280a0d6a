import GRDB
import RefurbCore

extension AppDatabase {
    /// The wording guard where the workshop saves a text a buyer reads (a display name, a listing title, a
    /// label's or a receipt's words): refuses it with `SaleWordingRefusal` (the rule named, Décret 2022-190)
    /// when it calls the device « reconditionné » beside « comme neuf », « état neuf » or « à neuf », or says
    /// « reconditionné en France » while the workshop's saved address does not say France. Call it in the
    /// saving transaction (`in: db`) so that the text and the address are read together.
    public func checkSaleWording(_ text: String, field: SaleTextField) throws {
        try writer.read { db in try Self.checkSaleWording(text, field: field, in: db) }
    }

    public static func checkSaleWording(_ text: String, field: SaleTextField, in db: Database) throws {
        let address = try String.fetchOne(db, sql: "SELECT address FROM workshopIdentity WHERE id = 1") ?? ""
        try checkSaleWording(text, field: field, workshopAddress: address)
    }

    /// The same guard once the workshop's saved address (its lines joined by line breaks) is read, whichever
    /// engine read it.
    package static func checkSaleWording(_ text: String, field: SaleTextField, workshopAddress address: String) throws {
        let identity = WorkshopIdentity(name: "", addressLines: address.split(separator: "\n").map(String.init))
        try SaleWording.check(text, field: field, workshopInFrance: identity.isInFrance)
    }
}
