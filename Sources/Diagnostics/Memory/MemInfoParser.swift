/// Reads MemTotal from `/proc/meminfo` ("MemTotal:       16318324 kB").
enum MemInfoParser {
    static func totalBytes(lines: [Substring]) -> UInt64? {
        for line in lines where line.hasPrefix("MemTotal:") {
            let fields = line.dropFirst("MemTotal:".count).split(separator: " ")
            guard let amount = fields.first.flatMap({ UInt64($0) }), amount < UInt64.max >> 10 else { return nil }
            let unit = fields.count > 1 ? fields[1].lowercased() : "kb"
            return unit == "kb" ? amount << 10 : amount
        }
        return nil
    }
}
