import Foundation
@testable import RefurbServer
import RefurbStore
import Testing

@Suite("The cache of recognised tokens")
struct CredentialCacheTests {
    @Test("a token is asked of the database once, then answered from the cache")
    func cachesWhatTheDatabaseSaid() async throws {
        let workshop = try TestWorkshop()
        let hash = SecretToken.hash(try #require(workshop.tokens[.shop]))
        let cache = CredentialCache(lifetime: .seconds(60))
        var lookUps = 0
        func lookUp() throws -> Credential? {
            lookUps += 1
            return try workshop.database.credential(tokenSecretHash: hash)
        }
        #expect(try await cache.credential(tokenSecretHash: hash, lookUp: lookUp)?.account.username == "shop")
        #expect(try await cache.credential(tokenSecretHash: hash, lookUp: lookUp)?.account.username == "shop")
        #expect(lookUps == 1)
        #expect(try await cache.credential(tokenSecretHash: "unknown", lookUp: { nil }) == nil)
    }

    @Test("a look-up that was under way when the cache was emptied does not put back the old answer")
    func emptyingDuringALookUpWins() async throws {
        let workshop = try TestWorkshop()
        let hash = SecretToken.hash(try #require(workshop.tokens[.shop]))
        let cache = CredentialCache(lifetime: .seconds(60))
        // The database answered before the revocation; the cache is emptied before the answer is stored.
        let before = try workshop.database.credential(tokenSecretHash: hash)
        #expect(try await cache.credential(tokenSecretHash: hash, lookUp: {
            cache.removeAll()
            return before
        }) != nil)
        var askedAgain = false
        _ = try await cache.credential(tokenSecretHash: hash, lookUp: {
            askedAgain = true
            return nil
        })
        #expect(askedAgain, "the answer from before the change was not kept")
    }
}
