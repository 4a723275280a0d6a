@testable import RefurbServer
import Testing

/// Where the login page may send people afterwards: the classic open-redirect list, judged as a browser
/// reads an address.
@Suite("Same-origin paths after signing in")
struct SameOriginPathTests {
    @Test("addresses elsewhere, in every disguise, are refused", arguments: [
        "//evil.example", "/\\evil.example", "\\\\evil.example", "/\t/evil.example", "/%09/evil.example", "\t//evil.example",
        "/\n/evil.example", "/\r\n/evil.example", " //evil.example", "/%2F/evil.example", "/%2f/evil.example", "/%5Cevil.example",
        "/%252F/evil.example", "/%5C%5Cevil.example", "https://evil.example", "http:evil.example", "javascript:alert(1)",
        "JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>", "evil.example", "", " ", "/x\\..\\evil",
        "/%00/evil.example", "/bench\u{0}x", "/bench é", "\u{1}//evil.example",
    ])
    func refused(_ next: String) {
        #expect(SameOriginPath.check(next) == nil, "\(next.debugDescription)")
        #expect(PagesController.safeNext(next) == nil)
    }

    @Test("paths on this site are kept as they came", arguments: [
        "/", "/bench", "/bench/R000001L", "/office/lots?search=dell%20latitude&page=2", "/shop#prix", "/office/users?done=account-added&subject=camille",
        "/intake/%C3%A9", "/a/b/../c", "/@evil.example",
    ])
    func kept(_ next: String) {
        #expect(SameOriginPath.check(next) == next)
    }

    @Test("what a browser would drop is dropped from what is kept")
    func cleaned() {
        #expect(SameOriginPath.check(" /bench\t") == "/bench")
        #expect(SameOriginPath.check("/ben\nch") == "/bench")
        #expect(SameOriginPath.check(nil) == nil)
        #expect(SameOriginPath.check("/" + String(repeating: "a", count: 5_000)) == nil)
    }
}
