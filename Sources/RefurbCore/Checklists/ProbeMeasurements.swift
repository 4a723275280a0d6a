/// What the hardware probe measured that a checklist test also asks about: each battery's health, each
/// drive's SMART verdict, the memory, the drives found. The service reads them from the latest report;
/// RefurbCore only judges them (`ChecklistPrefill`).
public struct ProbeMeasurements: Hashable, Sendable {
    public struct Drive: Hashable, Sendable {
        /// As the bench names it ("sda").
        public var name: String
        public var sizeBytes: Int64
        /// The SMART overall verdict: true passed, false failed, nil not read.
        public var smartPassed: Bool?

        public init(name: String, sizeBytes: Int64, smartPassed: Bool?) {
            self.name = name
            self.sizeBytes = sizeBytes
            self.smartPassed = smartPassed
        }
    }

    /// Each battery's full capacity against its design capacity, in percent; nil when it could not be read.
    public var batteryHealthPercents: [Double?]
    public var memoryBytes: Int64?
    /// Fixed drives only: a USB stick left plugged in is not the device's.
    public var drives: [Drive]

    public init(batteryHealthPercents: [Double?] = [], memoryBytes: Int64? = nil, drives: [Drive] = []) {
        self.batteryHealthPercents = batteryHealthPercents
        self.memoryBytes = memoryBytes
        self.drives = drives
    }
}
