import Foundation
import HTTPTypes
import Hummingbird

/// A JSON answer with its status. Dates are ISO 8601 in UTC and keys sorted, so answers are stable.
struct JSONResponse<Value: Encodable & Sendable>: ResponseGenerator {
    var status: HTTPResponse.Status = .ok
    let value: Value
    var headers: HTTPFields = [:]

    init(_ value: Value, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) {
        self.value = value
        self.status = status
        self.headers = headers
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers = headers
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: try Self.encoder.encode(value))))
    }

    /// Made once: JSONEncoder may be shared between requests as long as nobody changes its settings.
    static var encoder: JSONEncoder { sharedJSONEncoder }
}

private let sharedJSONEncoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    return encoder
}()

/// JSON already written, for routes that write their answer by hand (see `DeviceView.jsonText`).
struct JSONTextResponse: ResponseGenerator {
    let text: String

    init(text: String) {
        self.text = text
    }

    /// Through the same encoder as `JSONResponse`.
    init(_ value: some Encodable) throws {
        text = String(decoding: try sharedJSONEncoder.encode(value), as: UTF8.self)
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}

/// A body of bytes with its media type (PNG previews, PDF certificates, signed JSON as received).
struct BytesResponse: ResponseGenerator {
    let bytes: [UInt8]
    let contentType: String
    var fileName: String?

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers = HTTPFields()
        headers[.contentType] = contentType
        if let fileName { headers[.contentDisposition] = "inline; filename=\"\(fileName)\"" }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}

struct NoContent: ResponseGenerator {
    func response(from request: Request, context: some RequestContext) throws -> Response {
        Response(status: .noContent)
    }
}
