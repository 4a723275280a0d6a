import RefurbCore

/// Sizes and numbers written the way each language and each kind of hardware is sold: disks in decimal
/// units (a "500 GB" disk holds 500 × 10⁹ bytes), memory in binary ones (an "8 GB" module is 8 GiB),
/// French with a decimal comma and "Go"/"To".
enum QuantityFormatter {
    static func diskSize(_ bytes: UInt64, language: Language) -> String {
        scaled(Double(bytes), base: 1000, language: language)
    }

    static func memorySize(_ bytes: UInt64, language: Language) -> String {
        scaled(Double(bytes), base: 1024, language: language)
    }

    static func decimal(_ value: Double, fractionDigits: Int, language: Language) -> String {
        var factor = 1.0
        for _ in 0..<fractionDigits { factor *= 10 }
        let rounded = (value * factor).rounded() / factor
        var text = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
        if language == .fr { text = text.replacingCharacters(".", with: ",") }
        return text
    }

    private static func scaled(_ value: Double, base: Double, language: Language) -> String {
        let units = language == .fr ? ["o", "Ko", "Mo", "Go", "To", "Po"] : ["B", "KB", "MB", "GB", "TB", "PB"]
        var amount = value
        var unit = 0
        while amount >= base && unit < units.count - 1 {
            amount /= base
            unit += 1
        }
        let digits = amount >= 100 || unit == 0 ? 0 : 1
        return decimal(amount, fractionDigits: digits, language: language) + " " + units[unit]
    }
}

private extension String {
    func replacingCharacters(_ target: Character, with replacement: Character) -> String {
        String(map { $0 == target ? replacement : $0 })
    }
}
