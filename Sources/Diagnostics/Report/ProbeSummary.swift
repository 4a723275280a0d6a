import RefurbCore

/// The readable summary `refurb probe` prints for the technician: one line per part, then the warnings.
public enum ProbeSummary {
    public static func render(_ report: HardwareReport, language: Language) -> String {
        let catalog = MessageCatalog.core.merging(.diagnostics)
        func say(_ key: String, _ arguments: String...) -> String {
            catalog.text(for: Message(key: key, arguments: arguments), in: language)
        }
        var lines: [String] = []
        func line(_ labelKey: String, _ parts: [String?]) {
            let label = say(labelKey)
            let padded = label + String(repeating: " ", count: max(0, 12 - label.count))
            lines.append(padded + " : " + parts.compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · "))
        }

        lines.append(say("probe.summary.title", report.probe.version, decimal(report.probe.durationMilliseconds, 0, language)))

        let system = report.system
        let name = [system.manufacturer, system.model].compactMap { $0 }.joined(separator: " ")
        let productCode = system.model != system.product ? system.product.map { "(\($0))" } : nil
        line("probe.summary.machine", [
            name.isEmpty ? say("probe.summary.unknownMachine") : name,
            productCode,
            system.serialNumber.map { say("probe.summary.serial", $0) } ?? say("probe.summary.noSerial"),
            system.suggestedCategory.map { say("probe.summary.category", say("category." + $0.rawValue)) },
        ])

        if let cpu = report.cpu {
            line("probe.summary.cpu", [
                cpu.model,
                cpu.cores.map { say("probe.summary.cores", String($0), cpu.threads.map(String.init) ?? "?") },
                cpu.maxMHz.map { say("probe.summary.maxFrequency", decimal(Double($0) / 1000, 1, language)) },
                cpu.virtualization,
            ])
        }

        let memory = report.memory
        let installedModules = memory.modules.filter(\.installed)
        let moduleDescription = installedModules.isEmpty ? nil : moduleSummary(installedModules, language: language)
        line("probe.summary.memory", [
            memory.installedBytes.map { say("probe.summary.installed", QuantityFormat.memorySize(Double($0), language: language)) },
            moduleDescription,
            memory.emptySlotCount.map { say("probe.summary.freeSlots", String($0), String(memory.slotCount ?? 0)) },
            memory.usableBytes.map { say("probe.summary.usable", QuantityFormat.memorySize(Double($0), language: language)) },
        ])

        for disk in report.storage {
            let kind = disk.rotational.map { say($0 ? "probe.summary.rotational" : "probe.summary.solidState") }
            let health: String
            if let smart = disk.smart {
                let reasons = smart.reasons.filter { $0.severity != .info || smart.verdict == .ok || smart.verdict == .unknown }
                    .map { $0.message.text(in: language, catalog: catalog) }
                let verdict = say("probe.summary.health", say("probe.summary.verdict." + smart.verdict.rawValue))
                health = reasons.isEmpty ? verdict : verdict + " (" + reasons.joined(separator: ", ") + ")"
            } else {
                health = say("probe.summary.smartOff")
            }
            line("probe.summary.disk", [
                disk.name, disk.model, QuantityFormat.diskSize(Double(disk.sizeBytes), language: language),
                disk.transport.rawValue.uppercased(), kind, disk.removable ? say("probe.summary.removable") : nil,
                disk.serialNumber.map { say("probe.summary.serial", $0) }, health,
            ])
        }

        for battery in report.batteries {
            line("probe.summary.battery", [
                battery.name,
                battery.healthPercent.map { say("probe.summary.batteryHealth", decimal($0, 1, language)) } ?? say("probe.summary.batteryHealthUnknown"),
                battery.cycleCount.map { say("probe.summary.cycles", String($0)) },
                battery.technology, [battery.manufacturer, battery.model].compactMap { $0 }.joined(separator: " "),
            ])
        }

        for adapter in report.graphics {
            line("probe.summary.graphics", [
                [adapter.vendorName, adapter.deviceName].compactMap { $0 }.joined(separator: " "),
                "[\(adapter.vendorID):\(adapter.deviceID)]",
                adapter.driver.map { say("probe.summary.driver", $0) },
            ])
        }

        for display in report.displays {
            let resolution = display.nativeWidth.flatMap { width in display.nativeHeight.map { "\(width)×\($0)" } }
            line("probe.summary.display", [
                display.connector, display.builtIn ? say("probe.summary.builtIn") : nil,
                [display.manufacturerID, display.name].compactMap { $0 }.joined(separator: " "),
                display.diagonalInches.map { decimal($0, 1, language) + "\"" }, resolution,
            ])
        }

        if report.network.isEmpty {
            line("probe.summary.network", [say("probe.summary.none")])
        }
        for interface in report.network {
            let kind = switch interface.kind {
            case .wired: say("probe.summary.wired")
            case .wireless: say("probe.summary.wireless")
            case .other: say("probe.summary.otherLink")
            }
            line("probe.summary.network", [interface.name, kind, interface.macAddress, interface.driver])
        }

        if !report.probe.privileged {
            lines.append("")
            lines.append(say("probe.summary.notRoot"))
        }
        if !report.warnings.isEmpty {
            lines.append("")
            lines.append(say("probe.summary.warnings", String(report.warnings.count)))
            for warning in report.warnings {
                lines.append("  - " + warning.message.text(in: language, catalog: catalog))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// "2 × 1 Go DDR2 667 MT/s" — modules grouped when identical, as a seller would describe them.
    private static func moduleSummary(_ modules: [MemoryModule], language: Language) -> String {
        var groups: [(description: String, count: Int)] = []
        for module in modules {
            let description = [
                module.sizeBytes.map { QuantityFormat.memorySize(Double($0), language: language) },
                module.type,
                module.speedMTs.map { "\($0) MT/s" },
            ].compactMap { $0 }.joined(separator: " ")
            if let index = groups.firstIndex(where: { $0.description == description }) {
                groups[index].count += 1
            } else {
                groups.append((description, 1))
            }
        }
        return groups.map { "\($0.count) × \($0.description)" }.joined(separator: " + ")
    }

    private static func decimal(_ value: Double, _ digits: Int, _ language: Language) -> String {
        QuantityFormat.decimal(value, fractionDigits: digits, language: language)
    }
}
