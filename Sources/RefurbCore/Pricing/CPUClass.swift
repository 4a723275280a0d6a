/// A processor's class for pricing: entry-level, mid-range or high-end.
public enum CPUClass: String, Codable, CaseIterable, Sendable {
    case basic
    case mid
    case high

    /// The class and why: a name word, or the thread count against the rules' thresholds. Nil when
    /// the report says neither the model nor how many threads.
    public static func classify(_ cpu: ProcessorSpecs, rules: CPURules) -> (cpuClass: CPUClass, reason: CPUClassReason)? {
        if let model = cpu.model {
            let lowered = model.lowercased()
            if let word = rules.basicWords.first(where: { !$0.isEmpty && lowered.contains($0.lowercased()) }) {
                return (.basic, .modelWord(word))
            }
        }
        guard let threads = cpu.threads ?? cpu.cores, threads > 0 else { return nil }
        if threads >= rules.highThreads { return (.high, .threads(threads)) }
        if threads >= rules.midThreads { return (.mid, .threads(threads)) }
        return (.basic, .threads(threads))
    }
}

public enum CPUClassReason: Hashable, Sendable {
    /// The model's name holds one of the entry-level words.
    case modelWord(String)
    /// The number of threads (or of cores, when threads are not known).
    case threads(Int)
}
