/// Parses `/proc/cpuinfo`: blocks of "key : value" lines, one block per logical CPU (x86), sometimes with
/// machine-wide lines at the end (ARM's "Hardware").
struct CPUInfoParser {
    struct LogicalCPU: Equatable {
        var fields: [String: String] = [:]
    }

    let processors: [LogicalCPU]
    /// Lines outside any "processor" block.
    let machineFields: [String: String]

    init(lines: [Substring]) {
        var processors: [LogicalCPU] = []
        var machineFields: [String: String] = [:]
        var current: LogicalCPU?
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else {
                if line.trimmingSpacesAndTabs().isEmpty, let finished = current {
                    processors.append(finished)
                    current = nil
                }
                continue
            }
            let key = String(line[..<colon]).trimmingSpaces()
            let value = String(line[line.index(after: colon)...]).trimmingSpaces()
            if key == "processor" {
                if let finished = current { processors.append(finished) }
                current = LogicalCPU()
            }
            if current != nil {
                current?.fields[key] = value
            } else {
                machineFields[key] = value
            }
        }
        if let finished = current { processors.append(finished) }
        self.processors = processors
        self.machineFields = machineFields
    }

    /// The first value any processor (or the machine block) gives for one of `keys`.
    func firstValue(_ keys: String...) -> String? {
        for key in keys {
            if let value = processors.lazy.compactMap({ $0.fields[key] }).first(where: { !$0.isEmpty }) { return value }
            if let value = machineFields[key], !value.isEmpty { return value }
        }
        return nil
    }
}

private extension Substring {
    func trimmingSpacesAndTabs() -> Substring {
        drop(while: { $0 == " " || $0 == "\t" })
    }
}
