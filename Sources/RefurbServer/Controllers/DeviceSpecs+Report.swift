import Diagnostics
import Foundation
import RefurbCore
import RefurbStore

extension DeviceSpecs {
    /// What pricing needs from a device and its latest hardware report. Drives recorded as removed and
    /// destroyed are left out: they are no longer in what the shop sells.
    init(device: Device, grade: Grade?, report: HardwareReport?, destroyedDrives: Set<String>) {
        self.init(category: device.category, grade: grade, hasReport: report != nil)
        guard let report else { return }
        if let cpu = report.cpu, cpu.model != nil || cpu.cores != nil || cpu.threads != nil {
            processor = ProcessorSpecs(model: cpu.model, cores: cpu.cores, threads: cpu.threads)
        }
        memoryGiB = Self.memoryGiB(report.memory)
        mainDrive = report.storage
            .filter { !$0.isRemovableMedia && !destroyedDrives.contains(SerialNumber.key(for: DriveKey(reported: $0).text)) }
            .max { $0.sizeBytes < $1.sizeBytes }
            .map { DriveSpecs(kind: Self.kind(of: $0), sizeGB: Int(saturating: (Double($0.sizeBytes) / 1e9).rounded())) }
        // A report is sent by a bench machine, and stored: its figures are converted without trapping,
        // whatever they say (a health of 1e300 % would otherwise stop the service on every shop page).
        batteryHealthPercent = report.batteries
            .filter { $0.present != false }
            .compactMap(\.healthPercent)
            .filter { !$0.isNaN }
            .min()
            .map { Int(saturating: $0.rounded()) }
    }

    /// Installed memory in whole GiB. What the kernel can use is a little less than what is fitted (the
    /// firmware and graphics keep some), so that figure is rounded up.
    static func memoryGiB(_ memory: MemoryReport) -> Int? {
        let gib = Double(1 << 30)
        if let installed = memory.installedBytes, installed > 0 { return Int(saturating: (Double(installed) / gib).rounded()) }
        // Added as Doubles: module sizes come from the report, and two of 2⁶³ would overflow a UInt64 sum.
        let modules = memory.modules.filter(\.installed).compactMap(\.sizeBytes).reduce(0.0) { $0 + Double($1) }
        if modules > 0 { return Int(saturating: (modules / gib).rounded()) }
        if let usable = memory.usableBytes, usable > 0 { return Int(saturating: (Double(usable) / gib).rounded(.up)) }
        return nil
    }

    static func kind(of drive: StorageDevice) -> StorageKind {
        switch drive.transport {
        case .nvme: return .nvme
        case .mmc: return .emmc
        default: break
        }
        switch drive.rotational {
        case true?: return .hdd
        case false?: return .ssd
        case nil: return .unknown
        }
    }
}

extension DeviceSpecs {
    /// A stored device's specs from what the store keeps of it: its latest report as received (JSON; one that
    /// does not decode counts as none) and its facts (the drives recorded as destroyed). The service and
    /// `refurb label --tag` read them each on their own engine and build the specs here.
    public init(device: Device, grade: Grade?, reportJSON: Data?, facts: LifecycleFacts) {
        self.init(device: device, grade: grade, report: reportJSON.flatMap { try? HardwareReport.decode(from: $0) },
                  destroyedDrives: facts.erasure.destroyed)
    }
}

/// A device's specs for pricing, read from the store: the device, its latest report and the drives
/// recorded as destroyed. `grade` overrides the device's own (to try a grade before giving it).
struct PriceSuggestionSource {
    let database: any ServiceStore

    func specs(of tag: AssetTag, grade: Grade? = nil) async throws -> (Device, DeviceSpecs) {
        guard let device = try await database.device(tag: tag) else { throw StoreError.deviceNotFound(tag.text) }
        return (device, DeviceSpecs(device: device, grade: grade ?? device.grade, reportJSON: try await database.latestReport(of: tag),
                                    facts: try await database.facts(for: tag)))
    }

    /// A device with its specs, its suggested price and the rules it came from.
    struct Priced {
        let device: Device
        let specs: DeviceSpecs
        let suggestion: PriceSuggestion
        let rules: PricingRules
    }

    func suggestion(for tag: AssetTag, grade: Grade? = nil) async throws -> Priced {
        let (device, specs) = try await specs(of: tag, grade: grade)
        let rules = try await database.pricingRules()
        let cap = PublicDonorPriceCap.cap(for: device.category, donorType: try await database.lot(code: device.lotCode)?.lot.donorType)
        return Priced(device: device, specs: specs, suggestion: PriceCalculator.suggest(for: specs, rules: rules, cap: cap),
                      rules: rules)
    }
}
