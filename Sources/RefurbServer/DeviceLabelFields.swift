import Foundation
import RefurbCore

/// What a device's label says: its tag, price, grade, make and model, the workshop and the day.
/// The CLI (`refurb label --tag`) and the service fill labels the same way.
public enum DeviceLabelFields {
    public static func fields(for device: Device, workshop: String, language: Language, now: Date = Date()) -> [String: String] {
        var fields: [String: String] = [
            "assetTag": device.assetTag.text,
            "workshop": workshop,
            "date": WorkshopClock.displayDay(now, in: language),
        ]
        if let price = device.price { fields["price"] = Quantity.money.shown(price.cents, in: language) }
        if let grade = device.grade { fields["grade"] = grade.rawValue }
        let specs = [device.manufacturer, device.model].compactMap { $0 }.joined(separator: " ")
        if !specs.isEmpty { fields["specs"] = specs }
        return fields
    }
}
