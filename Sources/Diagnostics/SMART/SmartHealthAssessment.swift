import RefurbCore

/// Turns smartctl's output and exit status into a verdict with reasons.
///
/// - failing: smartctl's own "DISK FAILING" (exit bit 3) or `smart_status.passed == false`. Nothing else,
///   because only the drive's own assessment is a verdict we can defend to a buyer.
/// - unknown: smartctl got no data (exit bits 0/1, or no health status and no attributes at all).
/// - warning: anything a technician should look at before selling: remapped, pending or uncorrectable
///   sectors, NVMe media errors or spare below threshold, worn-out flash, logged errors (bits 4–7),
///   a failed SMART command (bit 2) or a very long service life.
/// - ok otherwise.
public enum SmartHealthAssessment {
    /// About five years powered on around the clock; past this a disk is sold with a word of caution.
    public static let highPowerOnHours = 43_800

    public static func assess(_ output: SmartctlOutput, exitStatus: SmartctlExitStatus) -> SmartReport {
        var reasons: [SmartReason] = []
        let failing = exitStatus.contains(.diskFailing) || output.passed == false
        if failing {
            reasons.append(SmartReason(.failing, "probe.smart.failing"))
        }
        if exitStatus.contains(.prefailAttributesBelowThreshold) {
            reasons.append(SmartReason(.warning, "probe.smart.prefailNow", failedAttributeNames(output, when: "now")))
        }
        if exitStatus.contains(.attributesBelowThresholdInPast) {
            reasons.append(SmartReason(.warning, "probe.smart.failedInPast", failedAttributeNames(output, when: "past")))
        }
        if exitStatus.contains(.errorLogHasErrors) {
            reasons.append(SmartReason(.warning, "probe.smart.errorLog", output.ataErrorLogCount.map(String.init) ?? "?"))
        }
        if exitStatus.contains(.selfTestLogHasErrors) {
            reasons.append(SmartReason(.warning, "probe.smart.selfTestErrors"))
        }
        if exitStatus.contains(.commandFailed) {
            reasons.append(SmartReason(.warning, "probe.smart.commandFailed"))
        }

        var report = SmartReport(verdict: .ok)
        report.exitStatus = exitStatus.rawValue
        report.passed = output.passed
        report.powerOnHours = output.powerOnHours
        report.powerCycles = output.powerCycles
        report.temperatureCelsius = output.temperatureCelsius
        report.smartctlVersion = output.smartctlVersion
        report.messages = output.messages
        report.reallocatedSectors = output.attributes[5]?.rawValue ?? output.scsiGrownDefects
        report.pendingSectors = output.attributes[197]?.rawValue
        report.uncorrectableSectors = [output.attributes[198]?.rawValue, output.attributes[187]?.rawValue, output.scsiUncorrectedErrors]
            .compactMap { $0 }.max()
        report.mediaErrors = output.nvmeMediaErrors
        report.availableSparePercent = output.nvmeAvailableSpare
        report.percentageUsed = wearPercent(output)

        if let count = report.reallocatedSectors, count > 0 {
            reasons.append(SmartReason(.warning, "probe.smart.reallocated", String(count)))
        }
        if let count = report.pendingSectors, count > 0 {
            reasons.append(SmartReason(.warning, "probe.smart.pending", String(count)))
        }
        if let count = report.uncorrectableSectors, count > 0 {
            reasons.append(SmartReason(.warning, "probe.smart.uncorrectable", String(count)))
        }
        if let count = output.nvmeMediaErrors, count > 0 {
            reasons.append(SmartReason(.warning, "probe.smart.mediaErrors", String(count)))
        }
        if let spare = output.nvmeAvailableSpare, let threshold = output.nvmeAvailableSpareThreshold, spare < threshold {
            reasons.append(SmartReason(.warning, "probe.smart.spareLow", String(spare), String(threshold)))
        }
        if let warning = output.nvmeCriticalWarning, warning != 0 {
            reasons.append(SmartReason(.warning, "probe.smart.nvmeCriticalWarning", String(warning)))
        }
        if let used = report.percentageUsed {
            reasons.append(SmartReason(used >= 100 ? .warning : .info, used >= 100 ? "probe.smart.wornOut" : "probe.smart.wear", String(used)))
        }
        if let hours = output.powerOnHours {
            reasons.append(SmartReason(hours >= highPowerOnHours ? .warning : .info,
                                       hours >= highPowerOnHours ? "probe.smart.powerOnHoursHigh" : "probe.smart.powerOnHours",
                                       String(hours)))
        }

        let hasAnyHealthData = output.passed != nil || !output.attributes.isEmpty || output.nvmeCriticalWarning != nil
            || output.scsiGrownDefects != nil
        if !failing && (exitStatus.gotNoData || !hasAnyHealthData) {
            report.verdict = .unknown
            reasons.insert(SmartReason(.info, "probe.smart.noData", output.messages.first ?? ""), at: 0)
        } else if failing {
            report.verdict = .failing
        } else if reasons.contains(where: { $0.severity == .warning }) {
            report.verdict = .warning
        }
        report.reasons = reasons
        return report
    }

    /// Wear, best source first: smartctl ≥ 7.5's endurance_used, NVMe percentage used, ATA device
    /// statistics, then the vendor SSD life attribute (normalised 100 → 0, so wear is 100 − value).
    static func wearPercent(_ output: SmartctlOutput) -> Int? {
        if let value = output.enduranceUsedPercent { return value }
        if let value = output.nvmePercentageUsed { return value }
        if let value = output.deviceStatisticsPercentageUsed { return value }
        guard output.rotationRate == 0 else { return nil }
        for name in wearAttributeNames {
            if let attribute = output.attributes.values.first(where: { $0.name == name }), let value = attribute.value, (0...100).contains(value) {
                return 100 - value
            }
        }
        return nil
    }

    /// SSD life attributes whose normalised value counts down from 100 (names as smartctl's drive
    /// database prints them; ids collide between vendors, names do not).
    static let wearAttributeNames = [
        "Media_Wearout_Indicator", "Wear_Leveling_Count", "SSD_Life_Left", "Percent_Lifetime_Remain", "Remaining_Lifetime_Perc",
    ]

    private static func failedAttributeNames(_ output: SmartctlOutput, when: String) -> String {
        let names = output.attributes.values.filter { $0.whenFailed == when }.sorted { $0.id < $1.id }.map(\.name)
        return names.isEmpty ? "?" : names.joined(separator: ", ")
    }
}
