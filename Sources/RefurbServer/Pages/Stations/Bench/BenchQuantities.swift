import RefurbCore

/// Sizes, speeds and durations written as each language writes them: disks in decimal units (a
/// "500 GB" disk holds 500 × 10⁹ bytes), memory in binary ones, French with a decimal comma and
/// "Go"/"To". Mirrors the probe's own formatter, which is internal to Diagnostics.
enum BenchQuantities {
    static func diskSize(_ bytes: Double, language: Language) -> String {
        scaled(bytes, base: 1000, language: language)
    }

    static func memorySize(_ bytes: Double, language: Language) -> String {
        scaled(bytes, base: 1024, language: language)
    }

    /// "85,3 Mo/s".
    static func speed(_ bytesPerSecond: Double, language: Language) -> String {
        scaled(bytesPerSecond, base: 1000, language: language) + "/s"
    }

    /// "45 s", "12 min", "2 h 05 min": rounded to what a person waiting needs.
    static func duration(seconds: Int, language: Language) -> String {
        let seconds = max(0, seconds)
        if seconds < 60 { return "\(seconds) s" }
        let minutes = (seconds + 30) / 60
        if minutes < 60 { return "\(minutes) min" }
        let remainder = minutes % 60
        return "\(minutes / 60) h " + (remainder < 10 ? "0" : "") + "\(remainder) min"
    }

    static func decimal(_ value: Double, fractionDigits: Int, language: Language) -> String {
        var factor = 1.0
        for _ in 0..<fractionDigits { factor *= 10 }
        let rounded = (value * factor).rounded() / factor
        var text = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
        if language == .fr { text = String(text.map { $0 == "." ? "," : $0 }) }
        return text
    }

    private static func scaled(_ value: Double, base: Double, language: Language) -> String {
        let units = language == .fr ? ["o", "Ko", "Mo", "Go", "To", "Po"] : ["B", "KB", "MB", "GB", "TB", "PB"]
        var amount = max(0, value)
        var unit = 0
        while amount >= base && unit < units.count - 1 {
            amount /= base
            unit += 1
        }
        let digits = amount >= 100 || unit == 0 ? 0 : 1
        return decimal(amount, fractionDigits: digits, language: language) + "\u{00A0}" + units[unit]
    }
}
