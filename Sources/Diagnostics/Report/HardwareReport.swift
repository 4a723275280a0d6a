// FoundationEssentials keeps the full Foundation and ICU out of `refurb probe`: their loading alone
// costs more than the whole probe (see scripts/bench/probe).
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import RefurbCore

/// Everything `refurb probe` found on one machine, and what it could not find. This is what grading,
/// pricing and the erasure check rely on; its JSON form is described by
/// `Schemas/hardware-report.schema.json`, whose version is `schemaVersion`.
public struct HardwareReport: Codable, Equatable, Sendable {
    /// Bumped with the schema file whenever a field changes meaning or is removed.
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var probe: ProbeInfo
    public var system: SystemIdentity
    public var cpu: CPUReport?
    public var memory: MemoryReport
    public var storage: [StorageDevice]
    public var batteries: [BatteryReport]
    /// SMBIOS type 22 records: design capacity only, a cross-check on `batteries`.
    public var firmwareBatteries: [PortableBatteryRecord]
    public var graphics: [GraphicsAdapter]
    public var displays: [DisplayReport]
    public var network: [NetworkInterfaceReport]
    public var warnings: [ProbeWarning]

    public init(
        probe: ProbeInfo,
        system: SystemIdentity,
        cpu: CPUReport?,
        memory: MemoryReport,
        storage: [StorageDevice],
        batteries: [BatteryReport],
        firmwareBatteries: [PortableBatteryRecord],
        graphics: [GraphicsAdapter],
        displays: [DisplayReport],
        network: [NetworkInterfaceReport],
        warnings: [ProbeWarning]
    ) {
        self.schemaVersion = Self.currentSchemaVersion
        self.probe = probe
        self.system = system
        self.cpu = cpu
        self.memory = memory
        self.storage = storage
        self.batteries = batteries
        self.firmwareBatteries = firmwareBatteries
        self.graphics = graphics
        self.displays = displays
        self.network = network
        self.warnings = warnings
    }

    /// The report as the JSON the schema describes: sorted keys, ISO 8601 times. The bytes are `JSONEncoder`'s
    /// (`HardwareReportJSONTests` holds them equal), written without its dynamic casts, which cost a third of
    /// the probe's time on the bench stick's emulated machine (`SortedKeysJSONEncoder`, docs/fast-paths.md).
    public func jsonData(pretty: Bool = true) throws -> Data {
        Data(try SortedKeysJSONEncoder(pretty: pretty).encode(self))
    }

    public static func decode(from data: Data) throws -> HardwareReport {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(HardwareReport.self, from: data)
    }
}
