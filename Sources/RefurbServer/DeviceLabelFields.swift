import Foundation
import RefurbCore
import RefurbStore

/// What a device's label says: its tag, price, grade, title (`DeviceTitle`: make and model, else the
/// category and the main specifications of its latest hardware report), the workshop and the day.
/// The CLI (`refurb label --tag`) and the service fill labels the same way.
public enum DeviceLabelFields {
    /// The fields of a device in the store, with the specifications of its latest hardware report.
    public static func fields(for tag: AssetTag, in database: any ServiceStore, workshop: String, language: Language,
                              now: Date = Date()) async throws -> [String: String] {
        let (device, specs) = try await PriceSuggestionSource(database: database).specs(of: tag)
        return fields(for: device, specs: specs, workshop: workshop, language: language, now: now)
    }

    public static func fields(for device: Device, specs: DeviceSpecs? = nil, workshop: String, language: Language,
                              now: Date = Date()) -> [String: String] {
        var fields: [String: String] = [
            "assetTag": device.assetTag.text,
            "workshop": workshop,
            "date": WorkshopClock.displayDay(now, in: language),
            "specs": DeviceTitle.text(for: device, specs: specs, language: language),
        ]
        if let price = device.price { fields["price"] = Quantity.money.shown(price.cents, in: language) }
        // The grade in the screen's words (« B — bon état »), never « Grade B ».
        if let grade = device.grade { fields["grade"] = grade.label.text(in: language, catalog: .core) }
        return fields
    }
}
