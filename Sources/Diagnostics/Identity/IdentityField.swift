/// The identity fields whose values are checked for placeholders, with names a person reads in a warning.
public enum IdentityField: String, CaseIterable, Sendable {
    case systemManufacturer = "system.manufacturer"
    case systemProduct = "system.product"
    case systemVersion = "system.version"
    case systemSerial = "system.serialNumber"
    case systemUUID = "system.uuid"
    case systemSKU = "system.sku"
    case systemFamily = "system.family"
    case boardManufacturer = "baseboard.manufacturer"
    case boardProduct = "baseboard.product"
    case boardSerial = "baseboard.serialNumber"
    case chassisManufacturer = "chassis.manufacturer"
    case chassisSerial = "chassis.serialNumber"
    case memoryManufacturer = "memory.manufacturer"
    case memorySerial = "memory.serialNumber"
    case memoryPartNumber = "memory.partNumber"

    var englishName: String {
        switch self {
        case .systemManufacturer: "System manufacturer"
        case .systemProduct: "System product name"
        case .systemVersion: "System version"
        case .systemSerial: "System serial number"
        case .systemUUID: "System UUID"
        case .systemSKU: "System SKU"
        case .systemFamily: "System family"
        case .boardManufacturer: "Motherboard manufacturer"
        case .boardProduct: "Motherboard model"
        case .boardSerial: "Motherboard serial number"
        case .chassisManufacturer: "Chassis manufacturer"
        case .chassisSerial: "Chassis serial number"
        case .memoryManufacturer: "Memory module manufacturer"
        case .memorySerial: "Memory module serial number"
        case .memoryPartNumber: "Memory module part number"
        }
    }

    var frenchName: String {
        switch self {
        case .systemManufacturer: "Fabricant du système"
        case .systemProduct: "Nom de produit du système"
        case .systemVersion: "Version du système"
        case .systemSerial: "Numéro de série du système"
        case .systemUUID: "UUID du système"
        case .systemSKU: "Référence (SKU) du système"
        case .systemFamily: "Famille du système"
        case .boardManufacturer: "Fabricant de la carte mère"
        case .boardProduct: "Modèle de la carte mère"
        case .boardSerial: "Numéro de série de la carte mère"
        case .chassisManufacturer: "Fabricant du boîtier"
        case .chassisSerial: "Numéro de série du boîtier"
        case .memoryManufacturer: "Fabricant de barrette mémoire"
        case .memorySerial: "Numéro de série de barrette mémoire"
        case .memoryPartNumber: "Référence de barrette mémoire"
        }
    }

    var placeholderKey: String { "probe.warning.placeholder." + rawValue }
    var missingKey: String { "probe.warning.missing." + rawValue }
}

extension WarningLog {
    /// Keeps a real value; turns a placeholder into nil with a warning quoting it.
    mutating func accept(_ value: String?, as field: IdentityField, area: ProbeArea = .system, warnIfMissing: Bool = false) -> String? {
        guard let value else {
            if warnIfMissing { add(area, field.missingKey) }
            return nil
        }
        guard !PlaceholderFilter.isPlaceholder(value) else {
            add(area, field.placeholderKey, value)
            return nil
        }
        return value
    }
}
