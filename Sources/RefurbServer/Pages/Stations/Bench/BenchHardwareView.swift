import Diagnostics
import Foundation
import RefurbCore

/// The hardware summary of the latest report, in plain words: maker, model, processor, memory, each
/// disk with its health, each battery with its health. Mirrors what `ProbeSummary` prints at the bench
/// machine, laid out for the page.
struct BenchHardwareView {
    struct Disk {
        /// The drive as certificates and the wiping station name it (serial, else WWN, else path).
        let driveName: String
        /// The same, as the lifecycle rules compare it.
        let key: String
        /// The disk as a person finds it on the page: "sda, n° de série S3Z9NB0K123456" (the serial as the
        /// firmware gave it).
        let label: String
        /// A USB stick or card reader: not part of the device, shown apart.
        let isRemovableMedia: Bool
        let values: [String: Any]
    }

    let values: [String: Any]
    let disks: [Disk]

    init(_ report: HardwareReport, words: BenchWords) {
        let language = words.language
        let system = report.system
        var values: [String: Any] = [
            "maker": system.manufacturer ?? words("ui.bench.unknown"),
            // The marketing name, with the product code when it says something more ("ThinkPad X1 Carbon 5th (20HRCTO1WW)").
            "model": system.model.map { model in
                system.product.map { $0 == model ? model : "\(model) (\($0))" } ?? model
            } ?? system.product ?? words("ui.bench.unknown"),
            "serial": system.serialNumber ?? words("ui.bench.unknown"),
            "probedAt": WorkshopClock.display(report.probe.startedAt, in: language),
        ]
        if let cpu = report.cpu {
            values["cpu"] = [
                cpu.model ?? words("ui.bench.unknown"),
                cpu.cores.map { words("ui.bench.cpu.cores", String($0), cpu.threads.map(String.init) ?? "?") },
                cpu.maxMHz.map { words("ui.bench.cpu.maxFrequency", QuantityFormat.decimal(Double($0) / 1000, fractionDigits: 1, language: language)) },
            ].compactMap { $0 }.joined(separator: " · ")
        } else {
            values["cpu"] = words("ui.bench.unknown")
        }
        values["memory"] = Self.memory(report.memory, words: words)
        if !report.probe.privileged { values["notRoot"] = words("ui.bench.hardware.notRoot") }
        if !report.probe.smartChecked { values["smartOff"] = words("ui.bench.hardware.smartOff") }

        disks = report.storage.map { disk in
            let name = DriveKey(reported: disk).text
            let health = DiskHealthWords(disk.smart, words: words)
            let kind = disk.rotational.map { words($0 ? "ui.bench.disk.rotational" : "ui.bench.disk.solidState") }
            let description = [
                disk.model ?? disk.vendor,
                QuantityFormat.diskSize(Double(disk.sizeBytes), language: language, unitSeparator: "\u{00A0}"),
                disk.transport == .unknown ? nil : disk.transport.rawValue.uppercased(),
                kind,
                disk.removable ? words("ui.bench.disk.removable") : nil,
            ].compactMap { $0 }.joined(separator: " · ")
            let label = disk.serialNumber.map { words("ui.bench.disk.label", disk.name, $0) } ?? disk.name
            let shown: [String: Any] = [
                "name": disk.name, "drive": name, "serial": disk.serialNumber ?? words("ui.bench.unknown"),
                "description": description,
                "health": ["tone": health.tone, "text": health.verdict,
                           "reasons": health.reasons.map { reason -> [String: Any] in
                               var values: [String: Any] = ["text": reason.text]
                               if let raw = reason.raw { values["raw"] = raw }
                               return values
                           },
                           "hasReasons": !health.reasons.isEmpty] as [String: Any],
            ]
            return Disk(driveName: name, key: SerialNumber.key(for: name), label: label, isRemovableMedia: disk.isRemovableMedia,
                        values: shown)
        }
        values["batteries"] = report.batteries.map { battery -> [String: Any] in
            let health = BatteryHealthWords(battery, words: words)
            var values: [String: Any] = [
                "name": [battery.name, [battery.manufacturer, battery.model].compactMap { $0 }.joined(separator: " ")]
                    .filter { !$0.isEmpty }.joined(separator: " · "),
                "tone": health.tone, "text": health.verdict,
            ]
            if let detail = health.detail { values["detail"] = detail }
            return values
        }
        values["hasBatteries"] = !report.batteries.isEmpty
        self.values = values
    }

    /// "8 Go installés · 2 × 4 Go DDR3 1600 MT/s · 0 emplacement(s) libre(s) sur 2".
    private static func memory(_ memory: MemoryReport, words: BenchWords) -> String {
        let language = words.language
        var groups: [(description: String, count: Int)] = []
        for module in memory.modules where module.installed {
            let description = [
                module.sizeBytes.map { QuantityFormat.memorySize(Double($0), language: language, unitSeparator: "\u{00A0}") },
                module.type,
                module.speedMTs.map { "\($0) MT/s" },
            ].compactMap { $0 }.joined(separator: " ")
            if let index = groups.firstIndex(where: { $0.description == description }) {
                groups[index].count += 1
            } else {
                groups.append((description, 1))
            }
        }
        let parts = [
            (memory.installedBytes ?? memory.usableBytes).map { words("ui.bench.memory.installed", QuantityFormat.memorySize(Double($0), language: language, unitSeparator: "\u{00A0}")) },
            groups.isEmpty ? nil : groups.map { "\($0.count) × \($0.description)" }.joined(separator: " + "),
            memory.emptySlotCount.map { words("ui.bench.memory.freeSlots", String($0), String(memory.slotCount ?? 0)) },
        ].compactMap { $0 }
        return parts.isEmpty ? words("ui.bench.unknown") : parts.joined(separator: " · ")
    }
}
