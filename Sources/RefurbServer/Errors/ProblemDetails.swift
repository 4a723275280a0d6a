import Foundation
import HTTPTypes
import Hummingbird
import RefurbCore

/// An error as RFC 9457 problem details, with the message in the caller's language in `detail` and
/// a stable `code` for scripts. Extra members carry what a client needs to act (the broken rules, the
/// device already holding a serial, the current version).
public struct ProblemDetails: Codable, Sendable, Equatable {
    public var type: String
    public var title: String
    public var status: Int
    public var detail: String
    public var code: String
    public var rules: [String]?
    public var existingAssetTag: String?
    public var currentVersion: Int?

    public init(status: HTTPResponse.Status, code: String, detail: String) {
        type = "urn:refurb:problem:\(code)"
        title = status.reasonPhrase
        self.status = status.code
        self.detail = detail
        self.code = code
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
