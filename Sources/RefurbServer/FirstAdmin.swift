import Foundation
import RefurbStore

/// On the first start against an empty database, an `admin` account with a made-up password, which
/// the caller prints once. Nil when accounts already exist.
public enum FirstAdmin {
    public static let username = "admin"

    public static func ensure(in database: any AccessStore, bcryptCost: UInt8) async throws -> String? {
        guard try await database.accountCount() == 0 else { return nil }
        let password = SecretToken.password()
        let hash = PasswordHasher(cost: bcryptCost).hashNow(password)
        return try await database.createFirstAdmin(username: username, passwordHash: hash, at: Date()) == nil ? nil : password
    }
}
