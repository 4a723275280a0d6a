import RefurbCore

/// What the bench console points out under the machine's summary: what is missing or suspicious, the things a
/// technician must look at before the machine goes on (a failing disk, a worn battery, no serial to find its
/// intake record by). The summary says everything; this says what needs a decision. Words: `MessageCatalog.benchConsole`.
public enum BenchConcerns {
    /// Below this share of its design capacity, a battery no longer lasts a working morning: a laptop sold with it
    /// comes back. Shops that refurbish laptops commonly replace batteries under 60 to 70 %.
    public static let wornBatteryPercent = 60.0

    public static func of(_ report: HardwareReport) -> [Message] {
        var concerns: [Message] = []
        if report.system.serialNumber == nil {
            concerns.append(Message("bench.concern.noSerial"))
        }
        if report.storage.isEmpty {
            concerns.append(Message("bench.concern.noDisk"))
        }
        for disk in report.storage {
            switch disk.smart?.verdict {
            case .failing?: concerns.append(Message("bench.concern.smartFailing", disk.name, disk.model ?? "?"))
            case .warning?: concerns.append(Message("bench.concern.smartWarning", disk.name, disk.model ?? "?"))
            default: break
            }
        }
        for battery in report.batteries {
            if let health = battery.healthPercent, health < wornBatteryPercent {
                concerns.append(Message("bench.concern.wornBattery", battery.name, String(Int(health.rounded()))))
            }
        }
        if report.system.suggestedCategory == .laptop, report.batteries.isEmpty {
            concerns.append(Message("bench.concern.noBattery"))
        }
        if report.memory.installedBytes == nil, report.memory.usableBytes == nil {
            concerns.append(Message("bench.concern.noMemory"))
        }
        return concerns
    }
}
