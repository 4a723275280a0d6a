import Foundation
import RefurbCore

/// Times are stored in UTC and shown in the workshop's time zone ($REFURB_TZ, else Europe/Paris).
public enum WorkshopClock {
    public static var timeZone: TimeZone {
        let name = ProcessInfo.processInfo.environment["REFURB_TZ"] ?? "Europe/Paris"
        return TimeZone(identifier: name) ?? TimeZone(identifier: "Europe/Paris") ?? .gmt
    }

    /// Today in the workshop, as `YYYY-MM-DD`.
    public static func today(_ now: Date = Date()) -> String {
        format(now, pattern: "yyyy-MM-dd")
    }

    /// Today in the workshop, as the domain counts days.
    public static func civilDay(_ now: Date = Date()) -> CivilDay {
        CivilDay(today(now))!
    }

    /// A day as people write it: 28/11/2026 in French, 2026-11-28 in English (unambiguous for both sides).
    public static func displayDay(_ date: Date, in language: Language) -> String {
        format(date, pattern: language == .fr ? "dd/MM/yyyy" : "yyyy-MM-dd")
    }

    /// A stored day (`YYYY-MM-DD`, such as a lot's day of receipt) as people write it, like `displayDay`.
    public static func displayDay(stored day: String, in language: Language) -> String {
        let parts = day.split(separator: "-")
        guard language == .fr, parts.count == 3 else { return day }
        return "\(parts[2])/\(parts[1])/\(parts[0])"
    }

    /// A moment as the workshop's people read it: `2026-11-28 14:05`.
    public static func display(_ date: Date) -> String {
        format(date, pattern: "yyyy-MM-dd HH:mm")
    }

    /// A moment as every page shows it, the day as people write it then the time: `28/11/2026 14:05` in
    /// French, `2026-11-28 14:05` in English.
    public static func display(_ date: Date, in language: Language) -> String {
        displayDay(date, in: language) + " " + displayTime(date)
    }

    /// The time of day in the workshop: `14:05`.
    public static func displayTime(_ date: Date) -> String {
        format(date, pattern: "HH:mm")
    }

    private static func format(_ date: Date, pattern: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = pattern
        return formatter.string(from: date)
    }
}
