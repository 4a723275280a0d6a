import Foundation

/// Sizes as people read them on drive labels: decimal units (a "500 GB" disk is 500 × 10⁹ bytes).
public enum ByteCountText {
    public static func text(_ count: UInt64) -> String {
        let units = ["B", "KB", "MB", "GB", "TB", "PB"]
        var value = Double(count)
        var unit = 0
        while value >= 1000, unit < units.count - 1 {
            value /= 1000
            unit += 1
        }
        return unit == 0 ? "\(count) B" : String(format: "%.2f ", value) + units[unit]
    }
}
