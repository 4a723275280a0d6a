#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import RefurbCore

/// An error as RFC 9457 problem details: the service answers every 4xx and 5xx with one, and the clients read
/// it. `detail` is the message in the caller's language, `code` a stable word for scripts; the extra members
/// carry what a client needs to act (the broken rules, the device already holding a serial, the current version).
public struct ProblemDetails: Codable, Sendable, Equatable {
    public var type: String
    public var title: String
    public var status: Int
    public var detail: String
    public var code: String
    public var rules: [String]?
    public var existingAssetTag: String?
    public var currentVersion: Int?

    /// `title` is the status's reason phrase; `type` is made from the code.
    public init(status: Int, title: String, code: String, detail: String) {
        type = "urn:refurb:problem:\(code)"
        self.title = title
        self.status = status
        self.detail = detail
        self.code = code
    }

    private enum CodingKeys: String, CodingKey {
        case type, title, status, detail, code, rules, existingAssetTag, currentVersion
    }

    /// Every member of RFC 9457 is optional: a proxy's or another service's problem may carry a title alone.
    /// What is absent reads as empty (0 for the status).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.decodeIfPresent(String.self, forKey: .type) ?? ""
        title = try container.decodeIfPresent(String.self, forKey: .title) ?? ""
        status = try container.decodeIfPresent(Int.self, forKey: .status) ?? 0
        detail = try container.decodeIfPresent(String.self, forKey: .detail) ?? ""
        code = try container.decodeIfPresent(String.self, forKey: .code) ?? ""
        rules = try container.decodeIfPresent([String].self, forKey: .rules)
        existingAssetTag = try container.decodeIfPresent(String.self, forKey: .existingAssetTag)
        currentVersion = try container.decodeIfPresent(Int.self, forKey: .currentVersion)
    }

    /// The sentence to show: `detail`, else `title`; nil when the body is not problem details or says nothing.
    public static func message(from body: Data) -> String? {
        guard let problem = try? JSONDecoder().decode(ProblemDetails.self, from: body) else { return nil }
        for text in [problem.detail, problem.title] {
            let trimmed = text.trimmingSpaces()
            if !trimmed.isEmpty {
                return trimmed
            }
        }
        return nil
    }
}
