import Foundation
import RefurbCore
@testable import RefurbServer
import RefurbStore

/// An admin account and its Bearer token, written into a database before `refurb serve` opens it. For process
/// tests that run beside others: `HTTPClient.admin(of:)` signs in through URLSession.shared, whose one cookie
/// jar holds a single `refurb_session` for 127.0.0.1 whatever the port, so two services started at once
/// overwrite each other's session and the token request is refused (seen as "token 401").
enum PreparedAdmin {
    static let username = "admin"
    static let password = "correct horse battery"

    /// Creates the database at `databasePath` with the account, and returns a client holding its token.
    static func client(databasePath: String, baseURL: String = "") throws -> HTTPClient {
        let database = try AppDatabase.open(path: databasePath)
        let setup = Actor(user: "test", station: "setup")
        _ = try database.addAccount(username: username, passwordHash: PasswordHasher(cost: 4).hashNow(password),
                                    roles: [.admin], actor: setup, at: Date())
        let secret = SecretToken.make(prefix: "rft_")
        _ = try database.createToken(name: "tests", username: username, station: "tests", secretHash: SecretToken.hash(secret),
                                     actor: setup, at: Date())
        return HTTPClient(baseURL: baseURL, token: secret)
    }
}
