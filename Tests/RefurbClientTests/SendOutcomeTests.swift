import Foundation
import RefurbWire
import Testing
@testable import RefurbClient

@Suite struct SendOutcomeTests {
    @Test func theProblemDetailIsPreferredToItsTitle() {
        let both = Data(#"{"type":"about:blank","title":"Unprocessable Content","status":422,"detail":"Numéro de série déjà enregistré."}"#.utf8)
        #expect(ProblemDetails.message(from: both) == "Numéro de série déjà enregistré.")
        let titleOnly = Data(#"{"title":"Not Found","status":404}"#.utf8)
        #expect(ProblemDetails.message(from: titleOnly) == "Not Found")
        let blankDetail = Data(#"{"title":"Conflict","detail":"  "}"#.utf8)
        #expect(ProblemDetails.message(from: blankDetail) == "Conflict")
        #expect(ProblemDetails.message(from: Data("<html>".utf8)) == nil)
        #expect(ProblemDetails.message(from: Data("{}".utf8)) == nil)
    }

    @Test(arguments: [200, 201, 202, 204])
    func successIsAccepted(_ status: Int) {
        let outcome = SubmissionSender().outcome(status: status, body: Data("ok".utf8), location: nil)
        #expect(outcome == .accepted(status: status, body: Data("ok".utf8)))
    }

    @Test(arguments: [400, 404, 409, 413, 422])
    func clientErrorsAreRefused(_ status: Int) {
        let body = Data(#"{"title":"T","status":\#(status),"detail":"D"}"#.utf8)
        #expect(SubmissionSender().outcome(status: status, body: body, location: nil) == .refused(status: status, message: "D"))
    }

    @Test(arguments: [408, 429, 500, 502, 503, 504, 302, 307, 101])
    func busyServersRedirectsAndOddAnswersAreKeptForLater(_ status: Int) {
        guard case .unreachable(let reason) = SubmissionSender().outcome(status: status, body: Data(), location: "http://x") else {
            Issue.record("HTTP \(status) should keep the submission for later")
            return
        }
        #expect(reason.contains(String(status)))
    }

    @Test func aRefusalWithoutProblemDetailsStillSaysSomething() {
        let sender = SubmissionSender(language: "en")
        #expect(sender.outcome(status: 404, body: Data(), location: nil) == .refused(status: 404, message: "the service refused the submission (HTTP 404)"))
        #expect(sender.outcome(status: 400, body: Data("bad asset tag\n".utf8), location: nil) == .refused(status: 400, message: "bad asset tag"))
        #expect(sender.outcome(status: 400, body: Data("<html><body>nginx</body></html>".utf8), location: nil)
            == .refused(status: 400, message: "the service refused the submission (HTTP 400)"))
    }
}
