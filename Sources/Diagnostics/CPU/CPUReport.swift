/// The processor as a buyer and a grader see it.
public struct CPUReport: Codable, Equatable, Sendable {
    public var model: String?
    public var vendor: String?
    public var sockets: Int?
    public var cores: Int?
    public var threads: Int?
    /// The highest frequency the CPU reaches (cpufreq), or the firmware's "max speed" when cpufreq is absent.
    public var maxMHz: Int?
    public var currentMHz: Int?
    /// "VT-x" or "AMD-V" when the CPU offers hardware virtualisation.
    public var virtualization: String?
    public var is64Bit: Bool?
    /// True when the CPU says it runs under a hypervisor: this report describes a virtual machine.
    public var underHypervisor: Bool?
    /// The flags of interest that the CPU has (see `CPUReader.flagsOfInterest`).
    public var flags: [String]

    public init() {
        flags = []
    }
}
