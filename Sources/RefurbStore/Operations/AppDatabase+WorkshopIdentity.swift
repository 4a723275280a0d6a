import Foundation
import GRDB
import RefurbCore

/// The workshop's identity as an admin saved it, with when and by whom.
public struct SavedWorkshopIdentity: Hashable, Sendable {
    public var identity: WorkshopIdentity
    public var savedAt: Date
    public var savedBy: String

    package init(identity: WorkshopIdentity, savedAt: Date, savedBy: String) {
        self.identity = identity
        self.savedAt = savedAt
        self.savedBy = savedBy
    }
}

extension AppDatabase {
    /// The identity an admin saved, or nil while none was.
    public func workshopIdentity() throws -> SavedWorkshopIdentity? {
        try writer.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT name, address, contact, savedAt, savedBy FROM workshopIdentity WHERE id = 1") else {
                return nil
            }
            return SavedWorkshopIdentity(identity: Self.workshopIdentity(name: row["name"], address: row["address"], contact: row["contact"]),
                                         savedAt: row["savedAt"], savedBy: row["savedBy"])
        }
    }

    /// Saves the identity (checked by `WorkshopIdentity(typedName:address:contact:)` before it gets here, and
    /// checked again) in place of the previous one, and notes it in the administration log.
    @discardableResult
    public func saveWorkshopIdentity(_ identity: WorkshopIdentity, actor: Actor, at date: Date) throws -> SavedWorkshopIdentity {
        let checked = try Self.checkedWorkshopIdentity(identity)
        try writer.write { db in
            try db.execute(sql: """
                INSERT INTO workshopIdentity (id, name, address, contact, savedAt, savedBy) VALUES (1, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET name = excluded.name, address = excluded.address, contact = excluded.contact,
                    savedAt = excluded.savedAt, savedBy = excluded.savedBy
                """, arguments: [checked.name, checked.addressLines.joined(separator: "\n"), checked.contact ?? "", date, actor.user])
            try Self.appendAdministration("workshop-identity-saved", subject: checked.name, actor: actor, at: date, in: db)
        }
        return SavedWorkshopIdentity(identity: checked, savedAt: date, savedBy: actor.user)
    }

    /// The identity in the row's columns: the address's lines joined by line breaks, no contact saved as "".
    package static func workshopIdentity(name: String, address: String, contact: String) -> WorkshopIdentity {
        WorkshopIdentity(name: name, addressLines: address.split(separator: "\n").map(String.init), contact: contact.isEmpty ? nil : contact)
    }

    /// The identity checked again as the form checks it, whichever engine saves it.
    package static func checkedWorkshopIdentity(_ identity: WorkshopIdentity) throws -> WorkshopIdentity {
        let checked: WorkshopIdentity
        do {
            checked = try WorkshopIdentity(typedName: identity.name, address: identity.addressLines.joined(separator: "\n"),
                                           contact: identity.contact ?? "")
        } catch {
            throw StoreError.invalidInput(error.message)
        }
        guard checked.addressLines.count == identity.addressLines.count else {
            throw StoreError.invalidInput(WorkshopIdentityError.addressMalformed.message)
        }
        // The name and the contact head every receipt: a buyer reads them beside the device's line.
        for text in [checked.name, checked.contact ?? ""] {
            try SaleWording.check(text, field: .workshopName, workshopInFrance: checked.isInFrance)
        }
        return checked
    }
}
