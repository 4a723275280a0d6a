import Foundation
import RefurbCore

/// Numbers as the office reads them: kilograms and days with the decimal mark and digit grouping of
/// each language (1 234,5 kg in French, 1,234.5 kg in English), and weeks by their first day.
enum OfficeFormat {
    /// One decimal, dropped when it is zero: "12", "12,5".
    static func decimal(_ value: Double, in language: Language) -> String {
        let tenths = Int(saturating: (value * 10).rounded())
        let whole = grouped(tenths / 10, in: language)
        let fraction = (tenths % 10).magnitude
        guard fraction != 0 else { return whole }
        return whole + (language == .fr ? "," : ".") + String(fraction)
    }

    static func grouped(_ value: Int, in language: Language) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result += language == .fr ? "\u{202F}" : "," }
            result.append(digit)
        }
        return (value < 0 ? "-" : "") + result
    }

    static func kilograms(grams: Int, in language: Language) -> String {
        Office.text("ui.office.unit.kg", decimal(Double(grams) / 1000, in: language), in: language)
    }

    /// A lot's stored weight in kilograms, or said to be out of range (`Quantity.weight`) when it was
    /// written before weights were checked, or by another program.
    static func lotWeight(grams: Int, in language: Language) -> String {
        guard Quantity.weight.contains(grams) else {
            return Office.text("range.stored", Quantity.weight.string(grams, in: language), in: language)
        }
        return kilograms(grams: grams, in: language)
    }

    /// Under a day in hours ("7 h", "moins d'1 h"), otherwise in days with one decimal ("2,5 j").
    static func duration(days: Double, in language: Language) -> String {
        let hours = Int(saturating: (days * 24).rounded())
        if hours < 1 { return Office.text("ui.office.unit.underAnHour", in: language) }
        if days < 1 { return Office.text("ui.office.unit.hours", String(hours), in: language) }
        return Office.text("ui.office.unit.days", decimal(days, in: language), in: language)
    }

    /// A week's first day, short, for a chart's axis: "30 nov." or "30 Nov".
    static func weekLabel(_ start: Date, in language: Language) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: language == .fr ? "fr_FR" : "en_GB")
        formatter.timeZone = WorkshopClock.timeZone
        formatter.setLocalizedDateFormatFromTemplate("dMMM")
        return formatter.string(from: start)
    }
}
