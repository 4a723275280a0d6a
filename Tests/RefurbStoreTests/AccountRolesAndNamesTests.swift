import Foundation
import RefurbCore
@testable import RefurbStore
import Testing

/// An account's roles changed by an admin, and names that only accents or capitals tell apart.
@Suite("Account roles and names")
struct AccountRolesAndNamesTests {
    static let alice = Actor(user: "alice", station: "bureau")

    /// alice (admin) and camille (technician).
    static func world() throws -> TemporaryDatabase {
        let world = try TemporaryDatabase()
        _ = try world.database.addAccount(username: "alice", passwordHash: "hash", roles: [.admin], actor: TemporaryDatabase.actor, at: Date())
        _ = try world.database.addAccount(username: "camille", passwordHash: "hash", roles: [.technician], actor: TemporaryDatabase.actor, at: Date())
        return world
    }

    @Test("new roles are kept and logged with the old ones; giving the same roles again logs nothing")
    func setRoles() throws {
        let world = try Self.world()
        let db = world.database
        let changed = try db.setRoles(username: "camille", roles: [.technician, .shop], actor: Self.alice, at: Date())
        #expect(changed.roles == [.technician, .shop])
        #expect(try db.accounts().first { $0.username == "camille" }?.roles == [.technician, .shop])
        let events = try db.administrationEvents()
        #expect(events.first?.change == .administered(action: "roles-changed", subject: "camille [technician → technician,shop]"))
        #expect(events.first?.actor == Self.alice)
        _ = try db.setRoles(username: "camille", roles: [.shop, .technician], actor: Self.alice, at: Date())
        #expect(try db.administrationEvents().count == events.count)
        #expect(throws: StoreError.notFound(Message("store.accountNotFound", "nobody"))) {
            try db.setRoles(username: "nobody", roles: [.shop], actor: Self.alice, at: Date())
        }
        #expect(throws: StoreError.self) { try db.setRoles(username: "camille", roles: [], actor: Self.alice, at: Date()) }
    }

    @Test("nobody takes the admin role from themselves, nor from the last active admin; a disabled admin's can go")
    func adminRoleGuards() throws {
        let world = try Self.world()
        let db = world.database
        #expect(throws: StoreError.conflict(Message("store.cannotDemoteSelf", "alice"))) {
            try db.setRoles(username: "alice", roles: [.shop], actor: Self.alice, at: Date())
        }
        #expect(throws: StoreError.conflict(Message("store.lastActiveAdmin", "alice"))) {
            try db.setRoles(username: "alice", roles: [.shop], actor: Actor(user: "camille", station: "x"), at: Date())
        }
        #expect(try db.accounts().first { $0.username == "alice" }?.roles == [.admin], "nothing changed")

        _ = try db.addAccount(username: "bob", passwordHash: "hash", roles: [.admin], actor: Self.alice, at: Date())
        _ = try db.disableAccount(username: "bob", actor: Self.alice, at: Date())
        // bob is disabled: alice stays the only active admin, so bob's admin role may go but alice's may not.
        #expect(throws: StoreError.conflict(Message("store.lastActiveAdmin", "alice"))) {
            try db.setRoles(username: "alice", roles: [.intake], actor: Actor(user: "bob", station: "x"), at: Date())
        }
        #expect(try db.setRoles(username: "bob", roles: [.intake], actor: Self.alice, at: Date()).roles == [.intake])
        // With a second active admin, one can take the role from the other.
        _ = try db.addAccount(username: "dana", passwordHash: "hash", roles: [.admin, .shop], actor: Self.alice, at: Date())
        #expect(try db.setRoles(username: "dana", roles: [.shop], actor: Self.alice, at: Date()).roles == [.shop])
    }

    @Test("« Léa » is refused when « lea » exists, and so are « LEA » and « Lea », naming the account that exists")
    func namesWithoutAccents() throws {
        let world = try Self.world()
        let db = world.database
        _ = try db.addAccount(username: "lea", passwordHash: "hash", roles: [.shop], actor: Self.alice, at: Date())
        for name in ["Léa", "LEA", "Lea", "léa", "LÉA"] {
            #expect(throws: StoreError.conflict(Message("store.accountNameClash", name, "lea")), "\(name)") {
                try db.addAccount(username: name, passwordHash: "hash", roles: [.shop], actor: Self.alice, at: Date())
            }
        }
        #expect(try db.accounts().count == 3, "nothing was created")
        #expect(Message("store.accountNameClash", "Léa", "lea").text(in: .fr, catalog: .store).contains("compte existant « lea »"))
        // Names that differ by a letter are still two people.
        #expect(try db.addAccount(username: "leo", passwordHash: "hash", roles: [.shop], actor: Self.alice, at: Date()).username == "leo")
        _ = try db.addAccount(username: "Zoé", passwordHash: "hash", roles: [.shop], actor: Self.alice, at: Date())
        #expect(throws: StoreError.conflict(Message("store.accountNameClash", "zoe", "Zoé"))) {
            try db.addAccount(username: "zoe", passwordHash: "hash", roles: [.shop], actor: Self.alice, at: Date())
        }
    }
}
