// FoundationEssentials keeps the full Foundation and ICU out of `refurb probe`: their loading alone
// costs more than the whole probe (see scripts/bench/probe).
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// How, when and by what the report was made.
public struct ProbeInfo: Codable, Equatable, Sendable {
    /// The version of the probe that wrote the report (not of the schema).
    public var version: String
    public var startedAt: Date
    public var durationMilliseconds: Double
    /// The directory read as `/` ("/" on a live machine, a fixture or a mounted image otherwise).
    public var root: String
    /// True when the probe ran as root: without it, SMBIOS tables, serials and SMART are out of reach.
    public var privileged: Bool
    /// False when SMART was turned off (`--no-smart`).
    public var smartChecked: Bool

    /// Bumped when the probe's findings could change for the same machine.
    public static let currentVersion = "1.0.0"
}
