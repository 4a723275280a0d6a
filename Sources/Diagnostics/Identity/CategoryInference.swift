import HostSystem
import RefurbCore

/// Suggests what kind of machine this is. The chassis code decides when it says something definite;
/// for "Other", "Unknown" and out-of-spec codes a battery means a laptop, and otherwise the ACPI
/// power-management profile the firmware declares is used, as systemd-hostnamed does.
struct CategoryInference {
    let root: SystemRoot

    func category(chassis: ChassisType?, hasBattery: Bool, warnings: inout WarningLog) -> DeviceCategory? {
        if let category = chassis?.category { return category }
        if hasBattery { return .laptop }
        if let profile = root.integer("sys/firmware/acpi/pm_profile"), let category = Self.category(pmProfile: profile) {
            return category
        }
        warnings.add(.system, "probe.warning.category.unknown")
        return nil
    }

    /// ACPI FADT Preferred_PM_Profile: 1 desktop, 2 mobile, 3 workstation, 4/5/7 servers, 6 appliance, 8 tablet.
    static func category(pmProfile: Int64) -> DeviceCategory? {
        switch pmProfile {
        case 1, 3, 4, 5, 7: .desktop
        case 2: .laptop
        case 8: .tablet
        default: nil
        }
    }
}
