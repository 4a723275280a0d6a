/// Each category's first checklist (version 1), as migration v12 stored it. Later changes are an admin's
/// new versions in the store; editing this list would not change what a workshop already has.
public enum DefaultChecklists {
    /// 70 %: below it a laptop's battery lasts well under half a working day (the bench's own words call a
    /// battery worn from 80 % and to replace under 50 %; 70 % sits between them).
    public static let batteryThresholdPercent = 70

    public static func checklist(for category: DeviceCategory) -> TestChecklist {
        TestChecklist(category: category, version: 1, items: items(for: category), batteryThresholdPercent: batteryThresholdPercent)
    }

    public static var all: [TestChecklist] { DeviceCategory.allCases.map(checklist(for:)) }

    static func items(for category: DeviceCategory) -> [ChecklistItem] {
        func must(_ keys: String...) -> [ChecklistItem] { keys.map { ChecklistItem(key: $0, mandatory: true) } }
        func may(_ keys: String...) -> [ChecklistItem] { keys.map { ChecklistItem(key: $0, mandatory: false) } }
        switch category {
        case .laptop:
            return must("keyboard", "touchpad", "usb-ports", "screen") + may("webcam") + must("audio", "wifi") + may("ethernet")
                + must("charger", "battery") + may("card-reader") + must("case", "storage-health", "memory", "disks")
        case .desktop:
            return must("usb-ports", "audio") + may("wifi") + must("ethernet", "charger") + may("card-reader")
                + must("case", "storage-health", "memory", "disks")
        case .allInOne:
            return must("usb-ports", "screen") + may("webcam") + must("audio") + may("wifi") + must("ethernet", "charger")
                + may("card-reader") + must("case", "storage-health", "memory", "disks")
        case .tablet:
            return must("screen", "usb-ports", "webcam", "audio", "wifi", "charger", "battery") + may("card-reader")
                + must("case") + may("storage-health", "memory", "disks")
        case .phone:
            return must("screen", "usb-ports", "webcam", "audio", "wifi", "charger", "battery") + may("card-reader")
                + must("case") + may("storage-health", "memory", "disks")
        case .monitor:
            return must("screen", "video-inputs", "charger", "case") + may("usb-ports", "audio")
        case .printer:
            return must("print-test", "usb-ports") + may("ethernet", "wifi") + must("charger", "case")
        case .other:
            return must("case") + may("charger", "usb-ports")
        }
    }
}
