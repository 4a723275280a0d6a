/// What kind of equipment a device is. The raw value is what the CLI, the API and the database use.
public enum DeviceCategory: String, Codable, CaseIterable, Sendable {
    case laptop
    case desktop
    case allInOne = "all-in-one"
    case tablet
    case phone
    case monitor
    case printer
    case other
}
