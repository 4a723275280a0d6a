import Foundation
import RefurbCore

/// A test record (and a checklist's items) as JSON in the event log and the checklists table, with times
/// written as ISO 8601 so that a person reading the log sees when each test was done.
enum TestRecordCoding {
    static func encode(_ record: TestRecord) -> String {
        String(decoding: (try? encoder.encode(record)) ?? Data("{}".utf8), as: UTF8.self)
    }

    static func decode(payload: String) throws -> TestRecord {
        try decoder.decode(Payload.self, from: Data(payload.utf8)).record
    }

    static func encode(items: [ChecklistItem]) -> String {
        String(decoding: (try? encoder.encode(items)) ?? Data("[]".utf8), as: UTF8.self)
    }

    static func decode(items: String) throws -> [ChecklistItem] {
        try decoder.decode([ChecklistItem].self, from: Data(items.utf8))
    }

    private struct Payload: Decodable {
        let record: TestRecord
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    private static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
