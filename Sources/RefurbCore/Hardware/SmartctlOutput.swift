/// The parts of `smartctl --json -x` that Refurb uses, read leniently: a missing or oddly typed key is just
/// absent. Key names follow smartctl 7.x (json_format_version 1.0); SCSI drives' names changed in 7.3
/// (`vendor`, `product`, `revision` became `scsi_vendor`, `scsi_product`, `scsi_revision`), both are read.
///
/// The one reader of smartctl's JSON: the probe's health verdict and disk report (Diagnostics,
/// `SmartHealthAssessment`) and the erasure certificate's drive health and identity (Erasure, `SmartSummary`)
/// both read it. It is here, pure, because neither feature depends on the other. It reads bytes with
/// `JSONParser`, which is what keeps the probe's 84-capture corpus within its budget (see `JSONParser`).
public struct SmartctlOutput: Sendable, Equatable {
    public struct Attribute: Sendable, Equatable {
        public var id: Int
        public var name: String
        /// The normalised value (100 or 200 when new, counting down), and the threshold that means failure.
        public var value: Int?
        public var threshold: Int?
        /// "", "now" or "past".
        public var whenFailed: String
        /// The raw count (the first number of `raw.string`): what the verdict and the report use.
        public var rawValue: Int?
        /// `raw.value` as smartctl gives it: the whole 48-bit raw field, which some drives pack with
        /// several numbers. The erasure certificate has always printed this one.
        public var rawField: Int?
    }

    public var exitStatusInJSON: Int?
    public var smartctlVersion: String?
    public var messages: [String] = []
    /// "ATA", "NVMe" or "SCSI".
    public var deviceProtocol: String?
    /// SCSI drives only: the vendor and product fields of the INQUIRY data.
    public var vendor: String?
    public var product: String?
    public var modelName: String?
    public var serialNumber: String?
    public var firmwareVersion: String?
    public var wwn: String?
    public var capacityBytes: UInt64?
    /// 0 means a solid-state drive; absent for NVMe and when the drive does not say.
    public var rotationRate: Int?
    public var passed: Bool?
    public var powerOnHours: Int?
    public var powerCycles: Int?
    public var temperatureCelsius: Int?
    public var attributes: [Int: Attribute] = [:]
    public var ataErrorLogCount: Int?
    public var deviceStatisticsPercentageUsed: Int?
    public var enduranceUsedPercent: Int?
    public var nvmeCriticalWarning: Int?
    public var nvmePercentageUsed: Int?
    public var nvmeMediaErrors: Int?
    public var nvmeAvailableSpare: Int?
    public var nvmeAvailableSpareThreshold: Int?
    public var scsiGrownDefects: Int?
    public var scsiUncorrectedErrors: Int?

    public enum ParseError: Error, Equatable, Sendable {
        case notJSON
        case notAnObject
    }

    public init(json bytes: [UInt8]) throws(ParseError) {
        let document: JSONValue
        do {
            document = try JSONParser.parse(bytes)
        } catch {
            throw .notJSON
        }
        guard case .object = document else { throw .notAnObject }
        self.init(document: document)
    }

    init(document json: JSONValue) {
        exitStatusInJSON = json["smartctl", "exit_status"]?.int
        let version = json["smartctl", "version"]?.array.compactMap(\.int) ?? []
        smartctlVersion = version.isEmpty ? nil : version.map(String.init).joined(separator: ".")
        messages = json["smartctl", "messages"]?.array.compactMap { $0["string"]?.string } ?? []
        deviceProtocol = json["device", "protocol"]?.string
        vendor = Self.text(json["scsi_vendor"] ?? json["vendor"])
        product = Self.text(json["scsi_product"] ?? json["product"])
        modelName = Self.text(json["model_name"] ?? json["scsi_model_name"])
        serialNumber = Self.text(json["serial_number"])
        firmwareVersion = (json["firmware_version"] ?? json["scsi_revision"] ?? json["revision"])?.string
        wwn = Self.wwn(json["wwn"])
        capacityBytes = json["user_capacity", "bytes"]?.uint64 ?? json["nvme_total_capacity"]?.uint64
        rotationRate = json["rotation_rate"]?.int
        passed = json["smart_status", "passed"]?.bool
        temperatureCelsius = json["temperature", "current"]?.int
        powerCycles = json["power_cycle_count"]?.int

        for entry in json["ata_smart_attributes", "table"]?.array ?? [] {
            guard let id = entry["id"]?.int else { continue }
            attributes[id] = Attribute(
                id: id,
                name: entry["name"]?.string ?? "",
                value: entry["value"]?.int,
                threshold: entry["thresh"]?.int,
                whenFailed: entry["when_failed"]?.string ?? "",
                rawValue: Self.rawCount(entry["raw"]),
                rawField: entry["raw", "value"]?.int
            )
        }
        ataErrorLogCount = json["ata_smart_error_log", "extended", "count"]?.int ?? json["ata_smart_error_log", "summary", "count"]?.int
        deviceStatisticsPercentageUsed = Self.percentageUsedStatistic(json["ata_device_statistics"])
        enduranceUsedPercent = json["endurance_used", "current_percent"]?.int

        let nvme = json["nvme_smart_health_information_log"]
        nvmeCriticalWarning = nvme?["critical_warning"]?.int
        nvmePercentageUsed = nvme?["percentage_used"]?.int
        nvmeMediaErrors = nvme?["media_errors"]?.int
        nvmeAvailableSpare = nvme?["available_spare"]?.int
        nvmeAvailableSpareThreshold = nvme?["available_spare_threshold"]?.int

        scsiGrownDefects = json["scsi_grown_defect_list"]?.int
        let scsiErrors = ["read", "write", "verify"].compactMap { json["scsi_error_counter_log", $0, "total_uncorrected_errors"]?.int }
        scsiUncorrectedErrors = scsiErrors.isEmpty ? nil : scsiErrors.reduce(0, +)

        // smartctl normalises power-on time from attribute 9 with the drive database's raw format; the
        // raw attribute itself may be packed (Seagate) or in minutes, so it is only the last resort.
        powerOnHours = json["power_on_time", "hours"]?.int ?? nvme?["power_on_hours"]?.int
    }

    /// A text field as it is safe to show: trimmed, control characters as ".", nil when empty.
    private static func text(_ value: JSONValue?) -> String? {
        value?.string.flatMap { PrintableText.trimmed(Array($0.utf8)) }
    }

    /// The raw count of a counter attribute. `raw.value` can pack several numbers into 48 bits, so the
    /// first number of `raw.string` is preferred ("34013 (105 34 0)").
    private static func rawCount(_ raw: JSONValue?) -> Int? {
        if let text = raw?["string"]?.string {
            let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
            if let number = Int(digits) { return number }
        }
        return raw?["value"]?.int
    }

    /// ATA Device Statistics page 7 "Percentage Used Endurance Indicator" (needs `-x`).
    private static func percentageUsedStatistic(_ statistics: JSONValue?) -> Int? {
        for page in statistics?["pages"]?.array ?? [] where page["number"]?.int == 7 {
            for entry in page["table"]?.array ?? [] where entry["name"]?.string == "Percentage Used Endurance Indicator" {
                return entry["value"]?.int
            }
        }
        return nil
    }

    /// smartctl splits the WWN into NAA, OUI and ID; put it back together as lsblk shows it.
    private static func wwn(_ value: JSONValue?) -> String? {
        guard let naa = value?["naa"]?.uint64, let oui = value?["oui"]?.uint64, let id = value?["id"]?.uint64,
              naa < 16, oui < (1 << 24), id < (1 << 36)
        else { return nil }
        let combined = naa << 60 | oui << 36 | id
        let digits = String(combined, radix: 16)
        return "0x" + String(repeating: "0", count: max(0, 16 - digits.count)) + digits
    }
}
