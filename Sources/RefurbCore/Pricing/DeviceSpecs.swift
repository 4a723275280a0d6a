/// What the suggested price is computed from: the device's category and grade, and what its latest
/// hardware report says (nil parts were not reported). The service fills it from the report; the
/// rules never see the report itself, so that the domain stays free of the probe's format.
public struct DeviceSpecs: Hashable, Sendable {
    public var category: DeviceCategory
    public var grade: Grade?
    /// False when no hardware report was received: only the base price and the grade count then.
    public var hasReport: Bool
    public var processor: ProcessorSpecs?
    public var memoryGiB: Int?
    /// The main drive still in the device (drives removed and destroyed are left out), nil when none.
    public var mainDrive: DriveSpecs?
    /// The health of the weakest battery, in % of its design capacity; nil when none was found.
    public var batteryHealthPercent: Int?

    public init(category: DeviceCategory, grade: Grade? = nil, hasReport: Bool = false, processor: ProcessorSpecs? = nil,
                memoryGiB: Int? = nil, mainDrive: DriveSpecs? = nil, batteryHealthPercent: Int? = nil) {
        self.category = category
        self.grade = grade
        self.hasReport = hasReport
        self.processor = processor
        self.memoryGiB = memoryGiB
        self.mainDrive = mainDrive
        self.batteryHealthPercent = batteryHealthPercent
    }

    /// Devices that run on a battery, where a missing one is worth saying.
    public var isPortable: Bool {
        category == .laptop || category == .tablet || category == .phone
    }
}

public struct ProcessorSpecs: Hashable, Sendable {
    public var model: String?
    public var cores: Int?
    public var threads: Int?

    public init(model: String? = nil, cores: Int? = nil, threads: Int? = nil) {
        self.model = model
        self.cores = cores
        self.threads = threads
    }
}

public struct DriveSpecs: Hashable, Sendable {
    public var kind: StorageKind
    /// Decimal gigabytes, as drives are sold.
    public var sizeGB: Int

    public init(kind: StorageKind, sizeGB: Int) {
        self.kind = kind
        self.sizeGB = sizeGB
    }
}

/// What a drive is made of, as far as price goes.
public enum StorageKind: String, Codable, CaseIterable, Sendable {
    case nvme
    case ssd
    case emmc
    case hdd
    case unknown

    public var isSolidState: Bool { self == .nvme || self == .ssd || self == .emmc }
}
