import HostSystem
import RefurbCore

/// Lists the disks in `/sys/block` with what sysfs knows about each: model, serial, WWN, size, sector
/// sizes, rotation, transport and removability. SMART is added afterwards by the probe. The entries are read
/// by HostSystem's `BlockDevice`, as the wipe reads them; this decides what the report says of them.
public struct BlockDeviceReader: Sendable {
    public let root: SystemRoot

    public init(root: SystemRoot) {
        self.root = root
    }

    public func read(warnings: inout WarningLog) -> [StorageDevice] {
        let names = BlockDevice.names(root: root)
        if names.isEmpty {
            warnings.add(.storage, "probe.warning.storage.noSysBlock")
            return []
        }
        var devices: [StorageDevice] = []
        for name in names {
            switch BlockDeviceKind.of(name, root: root) {
            case .loop, .virtual:
                continue
            case .optical:
                warnings.add(.storage, "probe.warning.storage.opticalSkipped", name)
                continue
            case .disk:
                if let entry = BlockDevice(name: name, root: root), let device = storageDevice(entry, warnings: &warnings) {
                    devices.append(device)
                }
            }
        }
        if devices.isEmpty { warnings.add(.storage, "probe.warning.storage.noDisks") }
        return devices
    }

    private func storageDevice(_ entry: BlockDevice, warnings: inout WarningLog) -> StorageDevice? {
        guard let sizeBytes = entry.sizeBytes else {
            warnings.add(.storage, "probe.warning.storage.noSize", entry.name)
            return nil
        }
        if sizeBytes == 0 {
            // A card reader or USB slot with no medium: nothing to erase, nothing to sell.
            warnings.add(.storage, "probe.warning.storage.noMedium", entry.name)
            return nil
        }
        let transport = entry.transport.inHardwareReport
        var device = StorageDevice(name: entry.name, sizeBytes: sizeBytes, transport: transport)
        device.model = entry.model
        // libata reports every SATA disk's SCSI vendor as "ATA"; that names the bus, not the maker.
        device.vendor = entry.vendor == "ATA" || entry.vendor?.hasPrefix("0x") == true ? nil : entry.vendor
        device.serialNumber = entry.serial.flatMap { PlaceholderFilter.isPlaceholder($0) ? nil : $0 }
        device.wwn = wwn(entry.wwid)
        device.firmwareVersion = entry.firmware
        device.logicalSectorSize = entry.logicalSectorSize
        device.physicalSectorSize = entry.physicalSectorSize
        device.rotational = entry.rotational
        device.removable = entry.removable
        device.readOnly = entry.readOnly
        switch transport {
        case .nvme, .mmc: device.rotational = false
        // Virtual disks report "rotational" whatever backs them: it says nothing about the hardware.
        case .virtio: device.rotational = nil
        default: break
        }
        return device
    }

    /// sysfs gives "naa.5000c500a1b2c3d4" or "eui.0025388b91b1c5e2"; vendor-string ids ("t10.ATA …") are
    /// not world-wide names and are dropped.
    private func wwn(_ value: String?) -> String? {
        guard let value else { return nil }
        if value.hasPrefix("naa.") { return "0x" + value.dropFirst(4).lowercased() }
        if value.hasPrefix("eui.") { return value.lowercased() }
        return nil
    }
}

extension StorageDevice {
    /// Fills what sysfs did not know from smartctl's answer (a SATA serial, the WWN, the rotation rate).
    mutating func merge(_ output: SmartctlOutput) {
        if model == nil { model = output.modelName }
        if serialNumber == nil, let serial = output.serialNumber, !PlaceholderFilter.isPlaceholder(serial) {
            serialNumber = serial
        }
        if wwn == nil { wwn = output.wwn }
        if firmwareVersion == nil { firmwareVersion = output.firmwareVersion }
        if let rate = output.rotationRate {
            rotationRateRPM = rate == 0 ? nil : rate
            rotational = rate != 0
        } else if output.deviceProtocol == "NVMe" {
            rotational = false
        }
    }
}
