import HostSystem

/// Combines `/proc/meminfo` (what the system uses) with the SMBIOS memory records (what is installed,
/// where, and which slots are empty).
public struct MemoryReader: Sendable {
    public let root: SystemRoot

    public init(root: SystemRoot) {
        self.root = root
    }

    public func read(inventory: SMBIOSInventory?, warnings: inout WarningLog) -> MemoryReport {
        var report = MemoryReport()
        switch root.lines("proc/meminfo") {
        case .success(let lines):
            report.usableBytes = MemInfoParser.totalBytes(lines: lines)
            if report.usableBytes == nil { warnings.add(.memory, "probe.warning.memory.noMemTotal") }
        case .failure(let failure):
            warnings.addReadFailure(failure, area: .memory, path: "/proc/meminfo")
        }

        guard let inventory else {
            warnings.add(.memory, "probe.warning.memory.noModules")
            return report
        }
        let systemArrays = inventory.memoryArrays.filter(\.isSystemMemory)
        let otherArrayHandles = Set(inventory.memoryArrays.filter { !$0.isSystemMemory }.map(\.handle))
        // A device whose array is flash or video memory is not RAM; an unknown array handle is kept.
        let devices = inventory.memoryDevices.filter { !otherArrayHandles.contains($0.arrayHandle) }
        report.modules = devices.map { module(from: $0, warnings: &warnings) }
        report.slotCount = devices.isEmpty ? nil : devices.count
        report.emptySlotCount = devices.isEmpty ? nil : devices.filter { $0.size == .empty }.count
        let installed = report.modules.compactMap(\.sizeBytes)
        report.installedBytes = installed.isEmpty ? nil : installed.reduce(0, +)
        let systemHandles = Set(systemArrays.map(\.handle))
        let mapped = inventory.mappedAddresses.filter { systemHandles.isEmpty || systemHandles.contains($0.arrayHandle) }
        report.mappedBytes = mapped.isEmpty ? nil : mapped.map(\.sizeBytes).reduce(0, +)
        let capacities = systemArrays.compactMap(\.maximumCapacityBytes)
        report.maximumCapacityBytes = capacities.isEmpty ? nil : capacities.reduce(0, +)
        if devices.isEmpty { warnings.add(.memory, "probe.warning.memory.noModules") }
        return report
    }

    private func module(from device: MemoryDeviceRecord, warnings: inout WarningLog) -> MemoryModule {
        var module = MemoryModule(installed: device.size != .empty)
        module.slot = device.locator
        module.bank = device.bankLocator
        if case .bytes(let bytes) = device.size { module.sizeBytes = bytes }
        guard module.installed else { return module }
        module.type = MemoryDeviceNames.memoryType(device.memoryType)
        module.formFactor = MemoryDeviceNames.formFactor(device.formFactor)
        module.speedMTs = device.speedMTs
        module.configuredSpeedMTs = device.configuredSpeedMTs
        let manufacturer = warnings.accept(device.manufacturer, as: .memoryManufacturer, area: .memory)
        module.manufacturer = manufacturer.map { JEDECManufacturer.name(for: $0) ?? $0 }
        module.partNumber = warnings.accept(device.partNumber, as: .memoryPartNumber, area: .memory)
        module.serialNumber = warnings.accept(device.serialNumber, as: .memorySerial, area: .memory)
        return module
    }
}
