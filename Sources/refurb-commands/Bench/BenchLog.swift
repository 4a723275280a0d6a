import Foundation
import Glibc

/// The log of one run on the stick (`logs/bench-YYYYMMDD-HHMMSS.log`, UTC): every line the screen showed and every
/// answer typed, for whoever looks into a machine later from any computer.
enum BenchLog {
    static func open(in folder: URL, now: Date = Date()) -> FileHandle? {
        let path = folder.appendingPathComponent("bench-" + stamp(now) + ".log").path
        guard FileManager.default.createFile(atPath: path, contents: nil) else { return nil }
        return FileHandle(forWritingAtPath: path)
    }

    /// "20261207-093015".
    static func stamp(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(parts.tm_year + 1900)\(two(parts.tm_mon + 1))\(two(parts.tm_mday))-\(two(parts.tm_hour))\(two(parts.tm_min))\(two(parts.tm_sec))"
    }
}
