/// Parses the kernel's CPU list format ("0-3,6,8-9") used by `/sys/devices/system/cpu/{present,online}`.
enum CPUListParser {
    /// The number of CPUs in the list, or nil when the text is not a valid list. A hostile range such as
    /// "0-4294967295" is refused rather than counted.
    static func count(_ text: String) -> Int? {
        var total = 0
        for part in text.split(separator: ",") {
            let bounds = part.split(separator: "-", omittingEmptySubsequences: false)
            switch bounds.count {
            case 1:
                guard Int(bounds[0]) != nil else { return nil }
                total += 1
            case 2:
                guard let low = Int(bounds[0]), let high = Int(bounds[1]), low <= high, high - low < 65_536 else { return nil }
                total += high - low + 1
            default:
                return nil
            }
        }
        return total == 0 ? nil : total
    }
}
