import Foundation
import HTTPTypes
import Hummingbird
import RefurbCore
import RefurbWire

/// The service's side of `ProblemDetails` (RefurbWire): made from an HTTP status, and sent as
/// `application/problem+json`.
extension ProblemDetails {
    public init(status: HTTPResponse.Status, code: String, detail: String) {
        self.init(status: status.code, title: status.reasonPhrase, code: code, detail: detail)
    }

    func response(headers extra: HTTPFields = [:]) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        var headers = extra
        headers[.contentType] = "application/problem+json; charset=utf-8"
        return Response(status: HTTPResponse.Status(code: status), headers: headers,
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
