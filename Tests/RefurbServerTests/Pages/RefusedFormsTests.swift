import Foundation
@testable import RefurbServer
import Testing

/// The refused forms kept between a POST and the page it redirects to: shown to the one who posted,
/// for the form asked, while the thing is at the same version and within the lifetime; bounded.
@Suite("Refused forms")
struct RefusedFormsTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    func refusal(_ form: String = "price", version: Int? = 3) -> RefusedForms.Refusal {
        .init(form: form, text: "« douze » n'est pas un prix lisible.", fields: ["price": "douze"], version: version)
    }

    @Test("shown to the one who posted it, for its form and its page, again on F5")
    func shownToItsViewer() {
        let kept = RefusedForms()
        kept.keep(refusal(), about: "/shop/R000001L", for: "session:a", at: start)
        #expect(kept.refusal(of: "price", about: "/shop/R000001L", for: "session:a", version: 3, at: start)?.fields["price"] == "douze")
        #expect(kept.refusal(of: "price", about: "/shop/R000001L", for: "session:a", version: 3, at: start + 1) != nil, "F5 shows it again")
        #expect(kept.refusal(of: "price", about: "/shop/R000001L", for: "session:b", version: 3, at: start) == nil)
        #expect(kept.refusal(of: "sale", about: "/shop/R000001L", for: "session:a", version: 3, at: start) == nil)
        #expect(kept.refusal(of: "price", about: "/shop/R000002J", for: "session:a", version: 3, at: start) == nil)
    }

    @Test("out of date once the thing changed or after its lifetime: forgotten")
    func outOfDate() {
        let kept = RefusedForms(lifetime: 60)
        kept.keep(refusal(), about: "/shop/R000001L", for: "session:a", at: start)
        #expect(kept.refusal(of: "price", about: "/shop/R000001L", for: "session:a", version: 4, at: start) == nil)
        #expect(kept.refusal(of: "price", about: "/shop/R000001L", for: "session:a", version: 3, at: start) == nil, "forgotten once out of date")
        kept.keep(refusal(), about: "/shop/R000001L", for: "session:a", at: start)
        #expect(kept.refusal(of: "price", about: "/shop/R000001L", for: "session:a", version: 3, at: start + 61) == nil)
    }

    @Test("at most its capacity, the oldest going first")
    func bounded() {
        let kept = RefusedForms(capacity: 3)
        for index in 0..<5 {
            kept.keep(refusal(), about: "/shop/\(index)", for: "session:a", at: start + Double(index))
        }
        #expect(kept.count == 3)
        #expect(kept.refusal(of: "price", about: "/shop/0", for: "session:a", version: 3, at: start + 5) == nil)
        #expect(kept.refusal(of: "price", about: "/shop/4", for: "session:a", version: 3, at: start + 5) != nil)
    }
}
