import Foundation

/// The fields of an `application/x-www-form-urlencoded` body, as an HTML form posts them.
public struct FormFields: Sendable {
    public let values: [String: String]

    public init(_ body: String) {
        var values: [String: String] = [:]
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = parts.first.map(String.init).flatMap(Self.decode) else { continue }
            values[name] = parts.count > 1 ? Self.decode(String(parts[1])) ?? "" : ""
        }
        self.values = values
    }

    public subscript(name: String) -> String? { values[name] }

    private static func decode(_ text: String) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
