#if canImport(FoundationEssentials)
import struct FoundationEssentials.Date
#else
import struct Foundation.Date
#endif

/// A day on the workshop's calendar (year, month, day), with no time and no time zone: guarantees are
/// counted in days and months from the day of the sale, as the law counts them. The service turns a
/// moment into the workshop's day (`WorkshopClock`); everything here is plain arithmetic.
public struct CivilDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A day that exists (29 February only in a leap year); nil otherwise.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), (1...Self.length(of: month, in: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// `YYYY-MM-DD`, as the store keeps days.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The day `date` falls on in UTC: for the store, which knows no time zone, when its caller gives no
    /// workshop day. The service gives the workshop's (`WorkshopClock.civilDay`).
    public static func utc(_ date: Date) -> CivilDay {
        let epoch = CivilDay(year: 1970, month: 1, day: 1)!
        return CivilDay(dayNumber: epoch.dayNumber + Int((date.timeIntervalSince1970 / 86_400).rounded(.down)))
    }

    public var text: String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(day))"
    }

    public var description: String { text }

    /// 28/11/2026 in French, 2026-11-28 in English (as every page writes a day).
    public func shown(in language: Language) -> String {
        guard language == .fr else { return text }
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(two(day))/\(two(month))/\(year)"
    }

    public static func < (lhs: CivilDay, rhs: CivilDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    static func length(of month: Int, in year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The same day `months` later; a day the later month lacks becomes its last day (31 August plus six
    /// months is 28 or 29 February), as the civil code counts a term in months (art. 641).
    public func adding(months: Int) -> CivilDay {
        let index = year * 12 + (month - 1) + months
        let newYear = index / 12, newMonth = index % 12 + 1
        return CivilDay(year: newYear, month: newMonth, day: min(day, Self.length(of: newMonth, in: newYear)))!
    }

    public func adding(days: Int) -> CivilDay {
        CivilDay(dayNumber: dayNumber + days)
    }

    /// Days from this day to `other` (negative when `other` is earlier).
    public func days(until other: CivilDay) -> Int {
        other.dayNumber - dayNumber
    }

    /// Days since 1 March of year 0 in the proleptic Gregorian calendar (the usual civil-from-days
    /// arithmetic), so that adding days needs no calendar object.
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = y / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra
    }

    init(dayNumber: Int) {
        let era = dayNumber / 146_097
        let dayOfEra = dayNumber - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthPart = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthPart + 2) / 5 + 1
        let month = monthPart < 10 ? monthPart + 3 : monthPart - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.year = year
        self.month = month
        self.day = day
    }
}
