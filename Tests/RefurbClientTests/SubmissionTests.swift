import Foundation
import Testing
@testable import RefurbClient

@Suite struct SubmissionTests {
    @Test func aJSONBodyRoundTripsAsReadableText() throws {
        let submission = makeSubmission("R000001L", body: #"{"a":"é/ü","n":1}"#)
        let data = try JSONEncoder().encode(submission)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["bodyText"] as? String == #"{"a":"é/ü","n":1}"#)
        #expect(object["body"] == nil)
        #expect(try JSONDecoder().decode(Submission.self, from: data) == submission)
    }

    @Test func aBinaryBodyRoundTripsAsBase64() throws {
        let bytes = Data([0xFF, 0x00, 0xC3, 0x28, 0x80])
        let submission = Submission(path: "/api/x", contentType: "application/octet-stream", body: bytes, summary: "s")
        let data = try JSONEncoder().encode(submission)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["body"] as? String == bytes.base64EncodedString())
        let decoded = try JSONDecoder().decode(Submission.self, from: data)
        #expect(decoded.body == bytes)
        #expect(decoded == submission)
    }

    @Test func theCreationTimeIsKeptToTheMillisecondBothWays() throws {
        for seconds in [1_732_780_980.1234567, 1_732_780_980.9996, 0.001, 1_700_000_000] {
            let submission = Submission(path: "/p", body: Data(), createdAt: Date(timeIntervalSince1970: seconds), summary: "s")
            let decoded = try JSONDecoder().decode(Submission.self, from: JSONEncoder().encode(submission))
            #expect(decoded == submission)
            #expect(decoded.createdAtMillis == Int64((seconds * 1000).rounded()))
        }
        let stamp = Submission.formatTimestamp(Date(timeIntervalSince1970: 1_732_780_980.123))
        #expect(stamp == "2024-11-28T08:03:00.123Z")
        #expect(Submission.parseTimestamp("2024-11-28T08:03:00Z") == Date(timeIntervalSince1970: 1_732_780_980))
        #expect(Submission.parseTimestamp("yesterday") == nil)
    }

    @Test func defaultsAreAFreshUUIDAPOSTAndJSON() {
        let first = Submission(path: "/p", body: Data(), summary: "s")
        let second = Submission(path: "/p", body: Data(), summary: "s")
        #expect(first.id != second.id)
        #expect(UUID(uuidString: first.id) != nil)
        #expect(first.hasValidID)
        #expect(first.method == "POST")
        #expect(first.contentType == "application/json")
    }

    @Test(arguments: ["", "../etc", "a/b", "a b", "é", String(repeating: "a", count: 65)])
    func identifiersThatCannotNameAFileAreInvalid(_ id: String) {
        #expect(!Submission(id: id, path: "/p", body: Data(), summary: "s").hasValidID)
    }
}
