import RefurbCore

/// The health of one disk as smartctl reported it, with the verdict and its reasons.
public struct SmartReport: Codable, Equatable, Sendable {
    public var verdict: SmartVerdict
    public var reasons: [SmartReason]
    /// smartctl's exit status bits, as the process returned them.
    public var exitStatus: Int?
    /// smartctl's own overall assessment (`smart_status.passed`).
    public var passed: Bool?
    public var powerOnHours: Int?
    public var powerCycles: Int?
    public var temperatureCelsius: Int?
    public var reallocatedSectors: Int?
    public var pendingSectors: Int?
    public var uncorrectableSectors: Int?
    /// Wear in percent of rated endurance (NVMe percentage used, or the SSD wear attribute). Can exceed 100.
    public var percentageUsed: Int?
    public var mediaErrors: Int?
    public var availableSparePercent: Int?
    public var smartctlVersion: String?
    /// smartctl's own messages ("Unknown USB bridge", "Device open failed"…).
    public var messages: [String]

    public init(verdict: SmartVerdict, reasons: [SmartReason] = []) {
        self.verdict = verdict
        self.reasons = reasons
        self.messages = []
    }
}

public enum SmartVerdict: String, Codable, Sendable, Comparable, CaseIterable {
    case ok
    case warning
    case failing
    case unknown

    /// Order of concern for combining reasons; `unknown` is decided apart, not by severity.
    private var rank: Int {
        switch self {
        case .ok: 0
        case .unknown: 1
        case .warning: 2
        case .failing: 3
        }
    }

    public static func < (lhs: SmartVerdict, rhs: SmartVerdict) -> Bool { lhs.rank < rhs.rank }
}

/// One reason behind a verdict, as a catalog message (so it reads in French or English) with its weight.
public struct SmartReason: Codable, Equatable, Hashable, Sendable {
    public enum Severity: String, Codable, Sendable {
        /// A fact worth showing (power-on hours, wear) that does not lower the verdict.
        case info
        case warning
        case failing
    }

    public var severity: Severity
    public var message: Message

    public init(_ severity: Severity, _ key: String, _ arguments: String...) {
        self.severity = severity
        self.message = Message(key: key, arguments: arguments)
    }

    public func text(in language: Language) -> String {
        message.text(in: language, catalog: .diagnostics)
    }

    private enum CodingKeys: String, CodingKey {
        case severity, key, arguments, text
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        severity = try container.decode(Severity.self, forKey: .severity)
        message = Message(
            key: try container.decode(String.self, forKey: .key),
            arguments: try container.decodeIfPresent([String].self, forKey: .arguments) ?? []
        )
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(severity, forKey: .severity)
        try container.encode(message.key, forKey: .key)
        try container.encode(message.arguments, forKey: .arguments)
        try container.encode(text(in: .en), forKey: .text)
    }
}
