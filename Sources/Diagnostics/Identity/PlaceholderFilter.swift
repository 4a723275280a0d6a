/// Recognises the filler text firmware vendors leave in identity fields ("To Be Filled By O.E.M.",
/// "Default string", "System Serial Number", "0123456789", "00000000"…). Such a value is not a serial
/// or a model: the report leaves the field absent and says so in a warning.
///
/// The list is the union of inxi's `clean_unset`/`clean_dmi`, hw-probe's `emptyProduct`/`emptyVal`
/// and the most frequent fillers counted in real dumps (every 50th dump of linuxhw/DMI, 3,258 in all: "System
/// Product Name" in 8.6 % of them, "To Be Filled By O.E.M." in 5.9 %).
public enum PlaceholderFilter {
    public static func isPlaceholder(_ value: String) -> Bool {
        let lowered = value.trimmingSpaces().lowercased()
        if lowered.isEmpty { return true }
        if exactPlaceholders.contains(lowered) { return true }
        if fragments.contains(where: { lowered.contains($0) }) { return true }
        if isOneRepeatedCharacter(lowered) || isOnlyFillerCharacters(lowered) { return true }
        if isNumberedFieldName(lowered) { return true }
        return false
    }

    private static let exactPlaceholders: Set<String> = [
        "default string", "default", "system serial number", "system product name", "system manufacturer",
        "system manufacture", "system manufacter", "system version", "system name", "system sku",
        "system skunumber", "system product", "sku", "base board serial number", "base board product name",
        "base board manufacturer", "base board version", "baseboard serial number", "board serial number",
        "board version", "board vendor", "board manufacturer", "chassis serial number", "chassis manufacture",
        "chassis manufacturer", "chassis version", "not specified", "not available", "not applicable", "not defined",
        "not set", "notset", "none", "n/a", "na", "unknown", "undefined", "invalid", "empty", "null", "oem",
        "0123456789", "1234567890", "123456789", "12345678", "serial number", "serial", "type1productconfigid",
        "no asset information", "no asset tag", "asset tag", "asset-1234567890", "lnvnb161216", "product name",
        "product", "manufacturer", "version", "all series", "system_product_name", "system_manufacturer",
        "$(default_string)", "$(project_sku_name)", "unknown product", "no string", "reserved", "customer",
        "vendor", "generic", "mb serial number", "pca serial", "to be filled", "undefine", "unspecified",
        "03000200-0400-0500-0006-000700080009",
    ]

    /// Text that marks a placeholder wherever it appears in the value.
    private static let fragments = ["to be filled", "o.e.m.", "bad index", "out of spec", "does not exist", "default string"]

    /// "0000", "FFFFFFFF", "XXXXXXXX", "........" and the like.
    private static func isOneRepeatedCharacter(_ value: String) -> Bool {
        guard value.count >= 2, let first = value.first else { return false }
        return value.allSatisfy { $0 == first }
    }

    /// Zeros, dots, dashes, underscores and spaces only ("0.0", "00-00", "0 0 0").
    private static func isOnlyFillerCharacters(_ value: String) -> Bool {
        value.allSatisfy { "0.-_ ".contains($0) } || (value.hasPrefix("0x") && value.dropFirst(2).allSatisfy { $0 == "0" })
    }

    /// OEM templates that were never filled in: "Manufacturer0", "SerNum1", "PartNum3", "AssetTagNum2".
    private static func isNumberedFieldName(_ value: String) -> Bool {
        let stems = ["manufacturer", "sernum", "partnum", "assettagnum", "serialnum", "part number", "serial number", "module part number"]
        for stem in stems where value.hasPrefix(stem) {
            let rest = value.dropFirst(stem.count).trimmingPrefix(" ")
            if !rest.isEmpty && rest.allSatisfy(\.isNumber) { return true }
        }
        return false
    }
}

private extension Substring {
    func trimmingPrefix(_ character: Character) -> Substring {
        var result = self
        while result.first == character { result = result.dropFirst() }
        return result
    }
}
