import RefurbCore
import Testing

@Suite("The workshop's identity as an admin types it")
struct WorkshopIdentityTests {
    @Test("name, address lines and contact are trimmed; empty lines and an empty contact are dropped")
    func cleaned() throws {
        let identity = try WorkshopIdentity(typedName: "  Atelier Solidaire ", address: "12 rue des Lilas\r\n\r\n  35000 Rennes  \n",
                                            contact: " ")
        #expect(identity == WorkshopIdentity(name: "Atelier Solidaire", addressLines: ["12 rue des Lilas", "35000 Rennes"], contact: nil))
    }

    @Test("a missing name, too many lines, invisible characters and overlong fields are refused, each naming its field")
    func refused() {
        #expect(throws: WorkshopIdentityError.nameMissing) { try WorkshopIdentity(typedName: " ", address: "", contact: "") }
        #expect(throws: WorkshopIdentityError.nameMalformed) {
            try WorkshopIdentity(typedName: "Atelier\u{200B}", address: "", contact: "")
        }
        #expect(throws: WorkshopIdentityError.addressMalformed) {
            try WorkshopIdentity(typedName: "Atelier", address: "1\n2\n3\n4\n5", contact: "")
        }
        #expect(throws: WorkshopIdentityError.contactMalformed) {
            try WorkshopIdentity(typedName: "Atelier", address: "", contact: String(repeating: "x", count: 151))
        }
        #expect(WorkshopIdentityError.addressMalformed.field == "address")
        #expect(WorkshopIdentityError.addressMalformed.message.text(in: .fr, catalog: .core)
            == "L'adresse tient en 4 lignes au plus, de 100 caractères au plus chacune, sans caractères invisibles.")
    }
}
