import RefurbCore

/// Lists the disks in `/sys/block` with what sysfs knows about each: model, serial, WWN, size, sector
/// sizes, rotation, transport and removability. SMART is added afterwards by the probe.
public struct BlockDeviceReader: Sendable {
    public let root: SystemRoot

    public init(root: SystemRoot) {
        self.root = root
    }

    public func read(warnings: inout WarningLog) -> [StorageDevice] {
        let names = root.entries("sys/block")
        if names.isEmpty {
            warnings.add(.storage, "probe.warning.storage.noSysBlock")
            return []
        }
        var devices: [StorageDevice] = []
        for name in names {
            switch BlockDeviceFilter.decide(name: name, root: root) {
            case .skipped:
                continue
            case .optical:
                warnings.add(.storage, "probe.warning.storage.opticalSkipped", name)
                continue
            case .disk:
                if let device = readDisk(name, warnings: &warnings) { devices.append(device) }
            }
        }
        if devices.isEmpty { warnings.add(.storage, "probe.warning.storage.noDisks") }
        return devices
    }

    private func readDisk(_ name: String, warnings: inout WarningLog) -> StorageDevice? {
        let directory = "sys/block/" + name
        // The size file counts 512-byte sectors whatever the disk's own sector size is.
        guard let sectors = root.integer(directory + "/size"), sectors >= 0, UInt64(sectors) < UInt64.max / 512 else {
            warnings.add(.storage, "probe.warning.storage.noSize", name)
            return nil
        }
        if sectors == 0 {
            // A card reader or USB slot with no medium: nothing to erase, nothing to sell.
            warnings.add(.storage, "probe.warning.storage.noMedium", name)
            return nil
        }
        let transport = DiskTransportClassifier.transport(name: name, devicePath: root.resolved(directory))
        var device = StorageDevice(name: name, sizeBytes: UInt64(sectors) * 512, transport: transport)
        device.model = root.text(directory + "/device/model") ?? root.text(directory + "/device/name")
        let vendor = root.text(directory + "/device/vendor")
        // libata reports every SATA disk's SCSI vendor as "ATA"; that names the bus, not the maker.
        device.vendor = vendor == "ATA" || vendor?.hasPrefix("0x") == true ? nil : vendor
        device.serialNumber = (root.text(directory + "/device/serial") ?? root.text(directory + "/serial") ?? unitSerial(directory))
            .flatMap { PlaceholderFilter.isPlaceholder($0) ? nil : $0 }
        device.wwn = wwn(root.text(directory + "/wwid") ?? root.text(directory + "/device/wwid"))
        device.firmwareVersion = root.text(directory + "/device/firmware_rev") ?? root.text(directory + "/device/rev")
        device.logicalSectorSize = root.integer(directory + "/queue/logical_block_size").map { Int($0) }
        device.physicalSectorSize = root.integer(directory + "/queue/physical_block_size").map { Int($0) }
        device.rotational = root.integer(directory + "/queue/rotational").map { $0 != 0 }
        device.removable = root.integer(directory + "/removable") == 1
        device.readOnly = root.integer(directory + "/ro") == 1
        switch transport {
        case .nvme, .mmc: device.rotational = false
        // Virtual disks report "rotational" whatever backs them: it says nothing about the hardware.
        case .virtio: device.rotational = nil
        default: break
        }
        return device
    }

    /// SCSI VPD page 0x80 (unit serial number): a 4-byte header, then the serial in ASCII. This is where
    /// a SATA disk's serial lives in sysfs.
    private func unitSerial(_ directory: String) -> String? {
        guard case .success(let bytes) = root.readBytes(directory + "/device/vpd_pg80", limit: 4096), bytes.count > 4,
              let length = bytes.littleEndianUInt16(at: 2).map({ Int($0.byteSwapped) })
        else { return nil }
        return PrintableText.trimmed(bytes[4..<min(bytes.count, 4 + length)])
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
