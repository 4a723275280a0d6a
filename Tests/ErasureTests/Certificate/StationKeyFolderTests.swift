import Foundation
import Testing
@testable import Erasure

@Suite("The station key's folder, made from whatever path a technician gives")
struct StationKeyFolderTests {
    /// « k » once crashed `refurb keys init --keys k` (Foundation's deletingLastPathComponent traps on it).
    @Test("each folder on the way is listed, outermost first", arguments: [
        ("k", ["k"]),
        ("keys/station", ["keys", "keys/station"]),
        ("keys/station/", ["keys", "keys/station"]),
        ("/media/REFURB/keys", ["/media", "/media/REFURB", "/media/REFURB/keys"]),
        ("./k", ["./k"]),
        ("/", []),
        (".", []),
    ])
    func folders(path: String, expected: [String]) {
        #expect(StationKeyPair.folders(leadingTo: path) == expected)
    }
}
