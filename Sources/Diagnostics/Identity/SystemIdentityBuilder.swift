import RefurbCore

/// Applies the identity rules to what the firmware said: placeholders become absent with a warning,
/// Lenovo's readable model is taken from Version, and the chassis code suggests a category.
enum SystemIdentityBuilder {
    static func build(from firmware: FirmwareIdentity, source: IdentitySource, warnings: inout WarningLog) -> SystemIdentity {
        var identity = SystemIdentity()
        identity.source = source
        identity.manufacturer = warnings.accept(firmware.manufacturer, as: .systemManufacturer, warnIfMissing: true)
        identity.product = warnings.accept(firmware.productName, as: .systemProduct, warnIfMissing: true)
        identity.version = warnings.accept(firmware.version, as: .systemVersion)
        identity.serialNumber = warnings.accept(firmware.serialNumber, as: .systemSerial, warnIfMissing: true)
        identity.sku = warnings.accept(firmware.sku, as: .systemSKU)
        identity.family = warnings.accept(firmware.family, as: .systemFamily)
        identity.uuid = uuid(firmware.uuid, warnings: &warnings)
        identity.model = model(manufacturer: identity.manufacturer, product: identity.product, version: identity.version)

        let board = SystemIdentity.Baseboard(
            manufacturer: warnings.accept(firmware.boardManufacturer, as: .boardManufacturer),
            product: warnings.accept(firmware.boardProduct, as: .boardProduct),
            version: firmware.boardVersion.flatMap { PlaceholderFilter.isPlaceholder($0) ? nil : $0 },
            serialNumber: warnings.accept(firmware.boardSerialNumber, as: .boardSerial)
        )
        if board != SystemIdentity.Baseboard() { identity.baseboard = board }

        if let chassisType = firmware.chassisType {
            identity.chassis = SystemIdentity.Chassis(
                typeCode: Int(chassisType.code),
                typeName: chassisType.name,
                manufacturer: warnings.accept(firmware.chassisManufacturer, as: .chassisManufacturer),
                serialNumber: warnings.accept(firmware.chassisSerialNumber, as: .chassisSerial)
            )
        }
        let bios = SystemIdentity.Firmware(vendor: firmware.biosVendor, version: firmware.biosVersion, releaseDate: firmware.biosReleaseDate)
        if bios != SystemIdentity.Firmware() { identity.bios = bios }
        return identity
    }

    /// Lenovo puts the machine-type code in Product Name and the name people know in Version.
    static func model(manufacturer: String?, product: String?, version: String?) -> String? {
        if let manufacturer, manufacturer.uppercased() == "LENOVO", let version {
            return version
        }
        return product
    }

    private static func uuid(_ value: SMBIOSUUID.Value?, warnings: inout WarningLog) -> String? {
        switch value {
        case .uuid(let text):
            return warnings.accept(text, as: .systemUUID)
        case .notPresent:
            warnings.add(.system, "probe.warning.uuid.notPresent")
            return nil
        case .notSettable:
            warnings.add(.system, "probe.warning.uuid.notSettable")
            return nil
        case nil:
            return nil
        }
    }
}
