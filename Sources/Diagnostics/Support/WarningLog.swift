import HostSystem

/// Collects the warnings of one probe in the order they were found. Readers take it `inout` and carry on
/// after adding to it: nothing a reader meets is fatal to the rest of the probe.
public struct WarningLog: Sendable {
    public private(set) var warnings: [ProbeWarning] = []
    private var seen: Set<ProbeWarning> = []

    /// Hostile tables can produce a distinct fault per structure; past this many the report says
    /// "and more" once instead of growing without bound.
    public static let limit = 200

    public init() {}

    public mutating func add(_ warning: ProbeWarning) {
        // The same fault repeated is said once.
        guard !seen.contains(warning) else { return }
        seen.insert(warning)
        if warnings.count < Self.limit {
            warnings.append(warning)
        } else if warnings.count == Self.limit {
            warnings.append(ProbeWarning(.system, "probe.warning.tooMany", String(Self.limit)))
        }
    }

    public mutating func add(_ area: ProbeArea, _ key: String, _ arguments: String...) {
        add(ProbeWarning(area: area, message: .init(key: key, arguments: arguments)))
    }

    public mutating func add(contentsOf other: WarningLog) {
        for warning in other.warnings {
            add(warning)
        }
    }

    /// Says why a file could not be read, in the words the failure calls for.
    public mutating func addReadFailure(_ failure: FileReadFailure, area: ProbeArea, path: String) {
        switch failure {
        case .missing: add(area, "probe.warning.file.missing", path)
        case .permissionDenied: add(area, "probe.warning.file.permissionDenied", path)
        case .tooLarge(let limit): add(area, "probe.warning.file.tooLarge", path, String(limit))
        case .failed(let code): add(area, "probe.warning.file.unreadable", path, String(code))
        }
    }

    public func contains(key: String) -> Bool {
        warnings.contains { $0.key == key }
    }
}
