import Foundation
import RefurbCore
@testable import RefurbStore
import Testing

@Suite("The workshop's identity in the store")
struct WorkshopIdentityStoreTests {
    @Test("none until an admin saves one; saved, it survives a reopening, replaces the previous one and is logged")
    func saved() throws {
        let world = try TemporaryDatabase()
        #expect(try world.database.workshopIdentity() == nil)
        let first = WorkshopIdentity(name: "Atelier Solidaire", addressLines: ["12 rue des Lilas", "35000 Rennes"], contact: "02 99 00 00 00")
        try world.database.saveWorkshopIdentity(first, actor: TemporaryDatabase.actor, at: Date())
        let second = WorkshopIdentity(name: "Atelier Solidaire de Rennes", addressLines: ["3 place de la Gare", "35000 Rennes"], contact: nil)
        try world.database.saveWorkshopIdentity(second, actor: TemporaryDatabase.actor, at: Date())
        let reopened = try world.reopen()
        let saved = try #require(try reopened.workshopIdentity())
        #expect(saved.identity == second)
        #expect(saved.savedBy == "test")
        #expect(try reopened.administrationEvents().first?.change
            == .administered(action: "workshop-identity-saved", subject: "Atelier Solidaire de Rennes"))
    }

    @Test("an identity that breaks a check is refused with the form's words and changes nothing")
    func refused() throws {
        let world = try TemporaryDatabase()
        let tooLong = WorkshopIdentity(name: "Atelier", addressLines: ["1", "2", "3", "4", "5"], contact: nil)
        #expect(throws: StoreError.invalidInput(WorkshopIdentityError.addressMalformed.message)) {
            try world.database.saveWorkshopIdentity(tooLong, actor: TemporaryDatabase.actor, at: Date())
        }
        let emptyLine = WorkshopIdentity(name: "Atelier", addressLines: ["1", ""], contact: nil)
        #expect(throws: StoreError.self) {
            try world.database.saveWorkshopIdentity(emptyLine, actor: TemporaryDatabase.actor, at: Date())
        }
        #expect(try world.database.workshopIdentity() == nil)
        #expect(try world.database.administrationEvents().isEmpty)
    }
}
