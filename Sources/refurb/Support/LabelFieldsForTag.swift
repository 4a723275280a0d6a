import Foundation
import RefurbCore
import RefurbStore

/// The label fields (assetTag, price, grade, specs, workshop, date) of a device in the store, for
/// `refurb label --tag`.
func labelFields(forTag tag: String, databasePath: String) throws -> [String: String] {
    let database = try AppDatabase.open(path: databasePath)
    let language = Language(localeIdentifier: ProcessInfo.processInfo.environment["REFURB_LANG"])
    let device: Device
    do {
        device = try database.device(scanned: tag)
    } catch let error as StoreError {
        throw CommandFailure(badInput: error.message(in: language))
    }
    var fields: [String: String] = [
        "assetTag": device.assetTag.text,
        "workshop": ProcessInfo.processInfo.environment["REFURB_WORKSHOP"] ?? "Refurb",
        "date": WorkshopClock.displayDay(Date(), in: language),
    ]
    if let price = device.price { fields["price"] = MoneyFormat.string(price, in: language) }
    if let grade = device.grade { fields["grade"] = grade.rawValue }
    let specs = [device.manufacturer, device.model].compactMap { $0 }.joined(separator: " ")
    if !specs.isEmpty { fields["specs"] = specs }
    return fields
}
