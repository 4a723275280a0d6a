import Foundation
@testable import RefurbServer
import Testing

/// The secrets the office shows after a form: kept for one viewer, for a few minutes, in bounded memory.
@Suite("Shown secrets")
struct ShownSecretsTests {
    @Test("a secret is shown to the viewer who made it, until it is noted or its minutes are over")
    func viewerAndLifetime() {
        let shelf = ShownSecrets(lifetime: 600, capacity: 8)
        let start = Date(timeIntervalSince1970: 1_000_000)
        shelf.keep("s3cret", about: "account:paul", for: "session:a", at: start)
        #expect(shelf.shown(about: "account:paul", for: "session:a", at: start.addingTimeInterval(599))?.secret == "s3cret")
        #expect(shelf.shown(about: "account:paul", for: "session:b", at: start) == nil, "another viewer sees nothing")
        #expect(shelf.shown(about: "account:paule", for: "session:a", at: start) == nil)
        #expect(shelf.shown(about: "account:paul", for: "session:a", at: start.addingTimeInterval(600)) == nil, "ten minutes later, gone")
        #expect(shelf.count == 0, "and forgotten")

        shelf.keep("other", about: "token:4", for: "session:a", at: start)
        shelf.forget(about: "token:4", for: "session:a")
        #expect(shelf.shown(about: "token:4", for: "session:a", at: start) == nil)
    }

    @Test("however many forms are posted, at most `capacity` secrets are held, the oldest going first")
    func bounded() {
        let shelf = ShownSecrets(lifetime: 600, capacity: 8)
        let start = Date(timeIntervalSince1970: 1_000_000)
        for index in 0..<100 {
            shelf.keep("secret-\(index)", about: "token:\(index)", for: "session:a", at: start.addingTimeInterval(Double(index) / 100))
        }
        #expect(shelf.count == 8)
        #expect(shelf.shown(about: "token:99", for: "session:a", at: start.addingTimeInterval(1))?.secret == "secret-99")
        #expect(shelf.shown(about: "token:0", for: "session:a", at: start.addingTimeInterval(1)) == nil)
    }
}
