import Foundation

/// The drive's health as `smartctl --json` reports it, reduced to what a buyer or donor cares about.
public struct SmartSummary: Codable, Sendable, Equatable {
    public var passed: Bool?
    public var powerOnHours: Int?
    public var reallocatedSectors: Int?
    public var pendingSectors: Int?
    public var mediaErrors: Int?
    public var percentageUsed: Int?
    public var temperatureCelsius: Int?

    /// Also returns the identity smartctl found, which fills what sysfs lacks (SATA serials, firmware).
    public static func parse(json data: Data) -> (summary: SmartSummary, identity: DriveIdentity)? {
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        func int(_ value: Any?) -> Int? { (value as? NSNumber)?.intValue }
        func object(_ value: Any?) -> [String: Any]? { value as? [String: Any] }

        var summary = SmartSummary()
        summary.passed = (object(root["smart_status"])?["passed"] as? NSNumber)?.boolValue
        summary.powerOnHours = int(object(root["power_on_time"])?["hours"])
        summary.temperatureCelsius = int(object(root["temperature"])?["current"])
        let attributes = (object(root["ata_smart_attributes"])?["table"] as? [[String: Any]]) ?? []
        func rawValue(_ id: Int) -> Int? {
            attributes.first { int($0["id"]) == id }.flatMap { int(object($0["raw"])?["value"]) }
        }
        summary.reallocatedSectors = rawValue(5)
        summary.pendingSectors = rawValue(197)
        if let nvme = object(root["nvme_smart_health_information_log"]) {
            summary.mediaErrors = int(nvme["media_errors"])
            summary.percentageUsed = int(nvme["percentage_used"])
            summary.powerOnHours = summary.powerOnHours ?? int(nvme["power_on_hours"])
        }

        var wwn: String?
        if let wwnObject = object(root["wwn"]), let naa = int(wwnObject["naa"]), let oui = int(wwnObject["oui"]), let id = int(wwnObject["id"]) {
            wwn = String(format: "%x%06x%09llx", naa, oui, UInt64(id))
        }
        let identity = DriveIdentity(
            vendor: root["vendor"] as? String,
            model: (root["model_name"] as? String) ?? (root["product"] as? String),
            serial: root["serial_number"] as? String,
            firmware: (root["firmware_version"] as? String) ?? (root["revision"] as? String),
            wwn: wwn
        )
        return (summary, identity)
    }

    /// Runs `smartctl --json -x`. smartctl's exit status is a bit mask of findings, not a failure flag,
    /// so the JSON is used whenever it parses.
    public static func read(for disk: Disk, runner: CommandRunning) -> (summary: SmartSummary, identity: DriveIdentity)? {
        guard disk.transport != .loop,
              let output = try? runner.run(["smartctl", "--json", "-x", disk.devicePath], timeout: .seconds(60))
        else { return nil }
        return parse(json: Data(output.standardOutput.utf8))
    }
}
