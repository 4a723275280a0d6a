import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import RefurbCore
@testable import RefurbServer
import Testing

/// The wording guard where the office saves a text a buyer reads: the workshop's name heads every receipt.
@Suite("Wording guard in the office")
struct SaleWordingRouteTests {
    @Test("a workshop name with « reconditionné » and « comme neuf » is refused on its form with the rule named; nothing is saved")
    func workshopName() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            var headers = workshop.headers(.admin, json: false)
            headers[.accept] = "text/html"
            headers[.contentType] = "application/x-www-form-urlencoded"
            let body = "name=Ordis%20reconditionn%C3%A9s%20comme%E2%80%91neufs&address=35000%20Rennes&contact="
            let (status, html) = try await client.execute(uri: "/office/workshop", method: .post, headers: headers,
                                                          body: ByteBuffer(string: body)) { ($0.status, String(buffer: $0.body)) }
            #expect(status == .unprocessableContent)
            #expect(html.contains("Décret 2022-190, art. R122-4"), "the rule is named")
            #expect(html.contains("comme neuf"))
            #expect(try workshop.database.workshopIdentity() == nil, "nothing was saved")
        }
    }
}
