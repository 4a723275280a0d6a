#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One result to deliver to the service: a hardware report, an erasure certificate… It is the unit of the spool
/// (one file each) and of idempotency (`id` is sent as the `Idempotency-Key` header, the same on every attempt).
public struct Submission: Codable, Sendable, Equatable {
    /// A UUID; letters, digits and dashes only, since it is also part of the spool file name.
    public let id: String
    public let method: String
    public let path: String
    public let contentType: String
    public let body: Data
    /// Kept to the millisecond, so that it survives the spool file unchanged.
    public let createdAt: Date
    /// One line for people: "rapport de diagnostic R000001L".
    public let summary: String

    public init(
        id: String = UUID().uuidString.lowercased(),
        method: String = "POST",
        path: String,
        contentType: String = "application/json",
        body: Data,
        createdAt: Date = Date(),
        summary: String
    ) {
        self.id = id
        self.method = method
        self.path = path
        self.contentType = contentType
        self.body = body
        self.createdAt = Self.wholeMilliseconds(createdAt)
        self.summary = summary
    }

    /// Milliseconds since 1970, as in the spool file name.
    public var createdAtMillis: Int64 {
        Int64((createdAt.timeIntervalSince1970 * 1000).rounded())
    }

    /// True when `id` can name a file and a header: 1 to 64 ASCII letters, digits and dashes.
    public var hasValidID: Bool { Self.isValidID(id) }

    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.count <= 64 && id.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
        }
    }

    static func wholeMilliseconds(_ date: Date) -> Date {
        let millis = (date.timeIntervalSince1970 * 1000).rounded()
        return Date(timeIntervalSince1970: millis / 1000)
    }

    // The spool file is meant to be readable by a person who opens it: the date is ISO 8601, and a body that is
    // UTF-8 text (JSON, in practice) is stored as text under "bodyText"; any other body is base64 under "body".
    private enum CodingKeys: String, CodingKey {
        case id, method, path, contentType, body, bodyText, createdAt, summary
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        method = try container.decode(String.self, forKey: .method)
        path = try container.decode(String.self, forKey: .path)
        contentType = try container.decode(String.self, forKey: .contentType)
        if let text = try container.decodeIfPresent(String.self, forKey: .bodyText) {
            body = Data(text.utf8)
        } else {
            body = try container.decode(Data.self, forKey: .body)
        }
        let stamp = try container.decode(String.self, forKey: .createdAt)
        guard let date = Self.parseTimestamp(stamp) else {
            throw DecodingError.dataCorruptedError(
                forKey: .createdAt, in: container, debugDescription: "not an ISO 8601 date: \(stamp)")
        }
        createdAt = Self.wholeMilliseconds(date)
        summary = try container.decode(String.self, forKey: .summary)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(method, forKey: .method)
        try container.encode(path, forKey: .path)
        try container.encode(contentType, forKey: .contentType)
        try container.encode(Self.formatTimestamp(createdAt), forKey: .createdAt)
        try container.encode(summary, forKey: .summary)
        if let text = String(validating: body, as: UTF8.self) {
            try container.encode(text, forKey: .bodyText)
        } else {
            try container.encode(body, forKey: .body)
        }
    }

    // Formatted by hand around whole seconds, so that the milliseconds are exact both ways (no binary-fraction rounding).
    static func formatTimestamp(_ date: Date) -> String {
        let millis = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let seconds = millis >= 0 ? millis / 1000 : (millis - 999) / 1000
        let fraction = millis - seconds * 1000
        let whole = Date(timeIntervalSince1970: TimeInterval(seconds)).formatted(Date.ISO8601FormatStyle())
        let digits = String(fraction)
        let padded = String(repeating: "0", count: 3 - digits.count) + digits
        return String(whole.dropLast()) + "." + padded + "Z"
    }

    static func parseTimestamp(_ text: String) -> Date? {
        guard text.hasSuffix("Z") else { return nil }
        var wholeText = String(text.dropLast())
        var millis: Int64 = 0
        if let dot = wholeText.firstIndex(of: ".") {
            let digits = wholeText[wholeText.index(after: dot)...]
            guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return nil }
            let three = String((digits + "00").prefix(3))
            millis = Int64(three) ?? 0
            wholeText = String(wholeText[..<dot])
        }
        guard let whole = try? Date.ISO8601FormatStyle().parse(wholeText + "Z") else { return nil }
        let total = Int64(whole.timeIntervalSince1970.rounded()) * 1000 + millis
        return Date(timeIntervalSince1970: TimeInterval(total) / 1000)
    }
}
