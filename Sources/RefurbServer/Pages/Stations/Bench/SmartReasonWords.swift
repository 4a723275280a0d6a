import Diagnostics
import Foundation
import RefurbCore

/// One SMART reason as the bench page says it: the probe's catalog sentence with its counts grouped
/// ("43 800 heures"), and where smartctl's own English went into it (a message such as "Unknown USB bridge
/// […]", attribute names such as "Reallocated_Sector_Ct"), the common ones in the reader's words, with
/// smartctl's text kept beside them as a detail for whoever searches it on the web.
struct SmartReasonWords {
    let text: String
    /// smartctl's words as it wrote them, when the sentence translated them.
    let raw: String?

    /// Reasons whose arguments are counts, written with the language's digit grouping.
    private static let counted: Set<String> = [
        "probe.smart.errorLog", "probe.smart.reallocated", "probe.smart.pending", "probe.smart.uncorrectable",
        "probe.smart.mediaErrors", "probe.smart.powerOnHours", "probe.smart.powerOnHoursHigh",
    ]

    init(_ reason: SmartReason, words: BenchWords) {
        let message = reason.message
        switch message.key {
        case "probe.smart.noData":
            let said = message.arguments.first?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            if said.isEmpty {
                text = words("ui.bench.smartctl.noData")
                raw = nil
            } else if let key = Self.messageKey(said) {
                text = words("probe.smart.noData", words(key))
                raw = said
            } else {
                text = words.text(message)
                raw = nil
            }
        case "probe.smart.prefailNow", "probe.smart.failedInPast":
            let names = (message.arguments.first ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            let translated = names.map { name in Self.attributeKeys[name].map { words($0) } ?? name }
            text = words.text(Message(key: message.key, arguments: [translated.joined(separator: ", ")]))
            raw = translated == names ? nil : names.joined(separator: ", ")
        case let key where Self.counted.contains(key):
            let arguments = message.arguments.map { argument in UInt(argument).map { QuantityFormat.integer($0, in: words.language) } ?? argument }
            text = words.text(Message(key: key, arguments: arguments))
            raw = nil
        default:
            text = words.text(message)
            raw = nil
        }
    }

    /// smartctl's common messages (its JSON `messages[].string`, first one), by a piece of their text that
    /// does not change with the disk, the enclosure's ids or the device path.
    static func messageKey(_ said: String) -> String? {
        let lowered = said.lowercased()
        let pieces: [(String, String)] = [
            ("unknown usb bridge", "ui.bench.smartctl.usbBridge"),
            ("permission denied", "ui.bench.smartctl.permission"),
            ("operation not permitted", "ui.bench.smartctl.permission"),
            ("-d cciss", "ui.bench.smartctl.raid"),
            ("-d megaraid", "ui.bench.smartctl.raid"),
            ("-d areca", "ui.bench.smartctl.raid"),
            ("unable to detect device type", "ui.bench.smartctl.deviceType"),
            ("please specify device type", "ui.bench.smartctl.deviceType"),
            ("lacks smart capability", "ui.bench.smartctl.unsupported"),
            ("does not support smart", "ui.bench.smartctl.unsupported"),
            ("smart support is: unavailable", "ui.bench.smartctl.unsupported"),
            ("smart disabled", "ui.bench.smartctl.disabled"),
            ("smart support is: disabled", "ui.bench.smartctl.disabled"),
            ("standby mode", "ui.bench.smartctl.standby"),
            ("sleep mode", "ui.bench.smartctl.standby"),
            ("bad response to iec mode page", "ui.bench.smartctl.noAnswer"),
            ("read device identity failed", "ui.bench.smartctl.identity"),
            ("read smart data failed", "ui.bench.smartctl.readFailed"),
            ("mandatory smart command failed", "ui.bench.smartctl.mandatoryFailed"),
            ("no such device", "ui.bench.smartctl.gone"),
            ("open failed", "ui.bench.smartctl.openFailed"),
            ("open device", "ui.bench.smartctl.openFailed"),
        ]
        return pieces.first { lowered.contains($0.0) }?.1
    }

    /// ATA attribute names as smartctl's drive database prints them, for the attributes a threshold watches.
    static let attributeKeys: [String: String] = [
        "Raw_Read_Error_Rate": "ui.bench.smartAttribute.readErrors",
        "Read_Error_Rate": "ui.bench.smartAttribute.readErrors",
        "Spin_Up_Time": "ui.bench.smartAttribute.spinUpTime",
        "Spin_Retry_Count": "ui.bench.smartAttribute.spinRetries",
        "Start_Stop_Count": "ui.bench.smartAttribute.startStops",
        "Reallocated_Sector_Ct": "ui.bench.smartAttribute.reallocated",
        "Reallocated_Event_Count": "ui.bench.smartAttribute.reallocationEvents",
        "Current_Pending_Sector": "ui.bench.smartAttribute.pending",
        "Offline_Uncorrectable": "ui.bench.smartAttribute.uncorrectable",
        "Reported_Uncorrect": "ui.bench.smartAttribute.uncorrectable",
        "Seek_Error_Rate": "ui.bench.smartAttribute.seekErrors",
        "UDMA_CRC_Error_Count": "ui.bench.smartAttribute.crcErrors",
        "Command_Timeout": "ui.bench.smartAttribute.timeouts",
        "End-to-End_Error": "ui.bench.smartAttribute.endToEnd",
        "Power_On_Hours": "ui.bench.smartAttribute.powerOnHours",
        "Airflow_Temperature_Cel": "ui.bench.smartAttribute.temperature",
        "Temperature_Celsius": "ui.bench.smartAttribute.temperature",
        "Media_Wearout_Indicator": "ui.bench.smartAttribute.wear",
        "Wear_Leveling_Count": "ui.bench.smartAttribute.wear",
        "SSD_Life_Left": "ui.bench.smartAttribute.wear",
        "Percent_Lifetime_Remain": "ui.bench.smartAttribute.wear",
        "Remaining_Lifetime_Perc": "ui.bench.smartAttribute.wear",
        "Program_Fail_Count": "ui.bench.smartAttribute.programFails",
        "Program_Fail_Cnt_Total": "ui.bench.smartAttribute.programFails",
        "Erase_Fail_Count": "ui.bench.smartAttribute.eraseFails",
        "Erase_Fail_Count_Total": "ui.bench.smartAttribute.eraseFails",
        "Runtime_Bad_Block": "ui.bench.smartAttribute.badBlocks",
        "Used_Rsvd_Blk_Cnt_Tot": "ui.bench.smartAttribute.reserveUsed",
        "Available_Reservd_Space": "ui.bench.smartAttribute.reserveLeft",
    ]
}
