import Foundation
@testable import RefurbClient
import RefurbCore
import Testing

/// The service's answer to `GET /api/scan/{serial}` in the bench's terms.
@Suite struct IntakeRecordLookupTests {
    @Test("a device: its tag; a lot, a 404 or a 422: no intake record; a 401: refused; no answer: unreachable")
    func interpretsTheAnswer() {
        let device = Data(#"{"kind":"device","device":{"assetTag":"R000001L","serial":"PF0ABCDE"}}"#.utf8)
        #expect(IntakeRecordLookup.interpret(.accepted(status: 200, body: device), serial: "PF0ABCDE") == .found(tag: "R000001L"))
        let lot = Data(#"{"kind":"lot","lot":{"code":"LOT-2026-0001"}}"#.utf8)
        #expect(IntakeRecordLookup.interpret(.accepted(status: 200, body: lot), serial: "x") == .notFound(serial: "x"))
        #expect(IntakeRecordLookup.interpret(.refused(status: 404, message: "inconnu"), serial: "x") == .notFound(serial: "x"))
        #expect(IntakeRecordLookup.interpret(.refused(status: 422, message: "forme"), serial: "x") == .notFound(serial: "x"))
        #expect(IntakeRecordLookup.interpret(.refused(status: 401, message: "jeton"), serial: "x") == .refused(reason: "jeton"))
        #expect(IntakeRecordLookup.interpret(.unreachable(reason: "hors ligne"), serial: "x") == .unreachable(reason: "hors ligne"))
    }

    @Test("the serial is one path segment: a slash or a space cannot change the route")
    func pathSegment() {
        #expect(IntakeRecordLookup.pathSegment("PF0ABCDE") == "PF0ABCDE")
        #expect(IntakeRecordLookup.pathSegment("AB/12 3") == "AB%2F12%203")
        #expect(IntakeRecordLookup.pathSegment("É") == "%C3%89")
    }
}
