/// Sizes, speeds and durations written the way each language and each kind of hardware is sold: disks
/// in decimal units (a "500 GB" disk holds 500 × 10⁹ bytes), memory in binary ones (an "8 GB" module
/// is 8 GiB), French with a decimal comma and "Go"/"To". The probe's summary and the bench pages share
/// it; pages put a no-break space before the unit (`unitSeparator`) so that a figure never wraps from it.
public enum QuantityFormat {
    public static func diskSize(_ bytes: Double, language: Language, unitSeparator: String = " ") -> String {
        scaled(bytes, base: 1000, language: language, unitSeparator: unitSeparator)
    }

    public static func memorySize(_ bytes: Double, language: Language, unitSeparator: String = " ") -> String {
        scaled(bytes, base: 1024, language: language, unitSeparator: unitSeparator)
    }

    /// "85,3 Mo/s".
    public static func speed(_ bytesPerSecond: Double, language: Language, unitSeparator: String = " ") -> String {
        scaled(bytesPerSecond, base: 1000, language: language, unitSeparator: unitSeparator) + "/s"
    }

    /// "45 s", "12 min", "2 h 05 min": rounded to what a person waiting needs.
    public static func duration(seconds: Int) -> String {
        let seconds = max(0, seconds)
        if seconds < 60 { return "\(seconds) s" }
        let minutes = seconds.saturatingAdding(30) / 60
        if minutes < 60 { return "\(minutes) min" }
        let remainder = minutes % 60
        return "\(minutes / 60) h " + (remainder < 10 ? "0" : "") + "\(remainder) min"
    }

    /// Any figure, even one a hardware report made up (1e300, infinity): a whole number is written
    /// without `Int(_:)` beyond what an `Int` holds, which would stop the process.
    public static func decimal(_ value: Double, fractionDigits: Int, language: Language) -> String {
        var factor = 1.0
        for _ in 0..<max(0, fractionDigits) { factor *= 10 }
        let rounded = (value * factor).rounded() / factor
        var text: String
        if rounded.isFinite, rounded == rounded.rounded(), rounded.magnitude < 9.0e18 {
            text = String(Int(rounded))
        } else {
            text = rounded.isFinite ? String(rounded) : (rounded.isNaN ? "?" : (rounded < 0 ? "-∞" : "∞"))
        }
        if language == .fr { text = String(text.map { $0 == "." ? "," : $0 }) }
        return text
    }

    /// A whole number with the digit grouping of the language: "100 000" (narrow no-break spaces) in
    /// French, "100,000" in English.
    public static func integer(_ value: UInt, in language: Language) -> String {
        MoneyFormat.grouped(value, separator: language == .fr ? MoneyFormat.frenchGroupSeparator : ",")
    }

    private static func scaled(_ value: Double, base: Double, language: Language, unitSeparator: String) -> String {
        let units = language == .fr ? ["o", "Ko", "Mo", "Go", "To", "Po"] : ["B", "KB", "MB", "GB", "TB", "PB"]
        var amount = max(0, value)
        var unit = 0
        while amount >= base && unit < units.count - 1 {
            amount /= base
            unit += 1
        }
        let digits = amount >= 100 || unit == 0 ? 0 : 1
        return decimal(amount, fractionDigits: digits, language: language) + unitSeparator + units[unit]
    }
}
