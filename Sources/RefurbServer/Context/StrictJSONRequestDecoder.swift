import Foundation
import Hummingbird
import RefurbCore

/// Decodes request bodies as JSON only when they say they are JSON, and turns decoding failures into
/// a 400 that names the field, instead of Hummingbird's generic message.
public struct StrictJSONRequestDecoder: RequestDecoder {
    public func decode<T: Decodable>(_ type: T.Type, from request: Request, context: some RequestContext) async throws -> T {
        if let contentType = request.headers[.contentType], !contentType.lowercased().contains("json") {
            throw APIError.badRequest(Message("api.body.notJSON", contentType))
        }
        let buffer = try await request.body.collect(upTo: context.maxUploadSize)
        guard buffer.readableBytes > 0 else { throw APIError.badRequest(Message("api.body.empty")) }
        do {
            return try JSONDecoder().decode(T.self, from: Data(buffer.readableBytesView))
        } catch let error as DecodingError {
            throw APIError.badRequest(Self.describe(error))
        } catch let error as IdentifierError {
            throw APIError.unprocessable(error.message)
        } catch let error as APIError {
            throw error
        }
    }

    static func describe(_ error: DecodingError) -> Message {
        func path(_ context: DecodingError.Context) -> String {
            let text = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
            return text.isEmpty ? "(racine)" : text
        }
        switch error {
        case .keyNotFound(let key, let context):
            let parent = path(context)
            return Message("api.body.missingField", parent == "(racine)" ? key.stringValue : parent + "." + key.stringValue)
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return Message("api.body.wrongType", path(context))
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? Message("api.body.malformed") : Message("api.body.wrongValue", path(context))
        @unknown default:
            return Message("api.body.malformed")
        }
    }
}
