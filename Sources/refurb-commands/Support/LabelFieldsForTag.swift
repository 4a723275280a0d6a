import Foundation
import RefurbCommandLine
import RefurbCore
import RefurbServer
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
    do {
        let specs = DeviceSpecs(device: device, grade: device.grade, reportJSON: try database.latestReport(of: device.assetTag),
                                facts: try database.facts(for: device.assetTag))
        return DeviceLabelFields.fields(for: device, specs: specs,
                                        workshop: ProcessInfo.processInfo.environment["REFURB_WORKSHOP"] ?? "Refurb",
                                        language: language)
    } catch let error as StoreError {
        throw CommandFailure(badInput: error.message(in: language))
    }
}
