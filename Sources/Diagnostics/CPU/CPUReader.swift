import HostSystem

/// Reads the processor from `/proc/cpuinfo` and `/sys/devices/system/cpu`, with the SMBIOS type 4
/// records as a fallback for what those do not give (the maximum speed inside many VMs, for one).
public struct CPUReader: Sendable {
    public let root: SystemRoot

    /// Flags that matter when grading or pricing: 64-bit, virtualisation, and the instruction sets recent
    /// software (Windows 11, browsers, video) requires.
    public static let flagsOfInterest = ["lm", "vmx", "svm", "nx", "pae", "aes", "sse4_2", "avx", "avx2", "avx512f", "hypervisor"]

    public init(root: SystemRoot) {
        self.root = root
    }

    public func read(processors smbiosProcessors: [ProcessorRecord], warnings: inout WarningLog) -> CPUReport? {
        let info: CPUInfoParser?
        switch root.lines("proc/cpuinfo") {
        case .success(let lines):
            let parsed = CPUInfoParser(lines: lines)
            info = parsed.processors.isEmpty && parsed.machineFields.isEmpty ? nil : parsed
            if info == nil { warnings.add(.cpu, "probe.warning.cpu.cpuinfoEmpty") }
        case .failure(let failure):
            warnings.addReadFailure(failure, area: .cpu, path: "/proc/cpuinfo")
            info = nil
        }
        let populatedSockets = smbiosProcessors.filter(\.isPopulated)
        guard info != nil || !populatedSockets.isEmpty else { return nil }

        var report = CPUReport()
        report.model = info?.firstValue("model name", "Model", "cpu model", "Processor", "Hardware")
            ?? populatedSockets.first?.version
        report.vendor = info?.firstValue("vendor_id", "CPU implementer", "vendor") ?? populatedSockets.first?.manufacturer
        report.threads = logicalCPUCount(info: info)
        report.sockets = socketCount(info: info) ?? (populatedSockets.isEmpty ? nil : populatedSockets.count)
        report.cores = coreCount(info: info, sockets: report.sockets)
            ?? populatedSockets.compactMap(\.coreCount).reduce(0, +).nonZero
        report.maxMHz = cpufreqMaximumMHz() ?? populatedSockets.compactMap(\.maxSpeedMHz).max()
        report.currentMHz = info?.firstValue("cpu MHz").flatMap(Double.init).map { Int($0.rounded()) }

        let flags = Set((info?.firstValue("flags", "Features") ?? "").split(separator: " ").map(String.init))
        report.flags = Self.flagsOfInterest.filter(flags.contains)
        if flags.contains("vmx") {
            report.virtualization = "VT-x"
        } else if flags.contains("svm") {
            report.virtualization = "AMD-V"
        }
        if !flags.isEmpty {
            report.is64Bit = flags.contains("lm") || flags.contains("asimd") || info?.firstValue("CPU architecture") == "8"
            report.underHypervisor = flags.contains("hypervisor")
        }
        if report.model == nil { warnings.add(.cpu, "probe.warning.cpu.noModel") }
        return report
    }

    /// CPUs present (online or not), else the number of blocks in cpuinfo.
    private func logicalCPUCount(info: CPUInfoParser?) -> Int? {
        if let present = root.text("sys/devices/system/cpu/present"), let count = CPUListParser.count(present) {
            return count
        }
        return info.map(\.processors.count).flatMap { $0 == 0 ? nil : $0 }
    }

    private func socketCount(info: CPUInfoParser?) -> Int? {
        let packages = Set(info?.processors.compactMap { $0.fields["physical id"] } ?? [])
        return packages.isEmpty ? nil : packages.count
    }

    /// Distinct (package, core) pairs; hybrid and SMT CPUs make "cpu cores" × sockets the second choice.
    private func coreCount(info: CPUInfoParser?, sockets: Int?) -> Int? {
        guard let info else { return nil }
        let pairs = Set(info.processors.compactMap { processor -> String? in
            guard let core = processor.fields["core id"] else { return nil }
            return (processor.fields["physical id"] ?? "0") + ":" + core
        })
        if !pairs.isEmpty { return pairs.count }
        if let perSocket = info.firstValue("cpu cores").flatMap(Int.init) {
            return perSocket * (sockets ?? 1)
        }
        return nil
    }

    /// The highest `cpuinfo_max_freq` (kHz) over all cpufreq policies: hybrid CPUs differ per core type.
    private func cpufreqMaximumMHz() -> Int? {
        let directory = "sys/devices/system/cpu/cpufreq"
        let kilohertz = root.entries(directory)
            .filter { $0.hasPrefix("policy") }
            .compactMap { root.integer(directory + "/" + $0 + "/cpuinfo_max_freq") }
            .max()
        return kilohertz.flatMap { $0 > 0 ? Int($0 / 1000) : nil }
    }
}

extension Int {
    var nonZero: Int? { self == 0 ? nil : self }
}
