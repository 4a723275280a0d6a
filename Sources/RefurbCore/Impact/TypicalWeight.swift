/// What a device of each category typically weighs, in grams: the estimate behind "kg diverted from
/// waste" when a lot was not weighed at the door, and the key by which a weighed lot's weight is shared
/// among its devices. Rounded figures for common equipment of the last ten years (a 14–15" laptop with
/// its charger, a tower without screen, a 22–24" flat screen, a desktop laser printer).
extension DeviceCategory {
    public var typicalWeightGrams: Int {
        switch self {
        case .laptop: 2_200
        case .desktop: 8_000
        case .allInOne: 7_000
        case .tablet: 600
        case .phone: 200
        case .monitor: 5_000
        case .printer: 8_000
        case .other: 2_000
        }
    }
}
