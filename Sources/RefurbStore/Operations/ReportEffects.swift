import RefurbCore

/// What a hardware report changes on its device, decided the same way on both engines: the serial check,
/// the serial, maker and model it fills in where intake left them blank, and the events. A report run on
/// another machine (its serial another device's, or not the one scanned at intake), or sent after the device
/// left, is refused.
package struct ReportEffects {
    package var serialCheck: SerialCheck
    /// The serial to record on the device (intake had none).
    package var linkedSerial: SerialNumber?
    package var manufacturer: String?
    package var model: String?
    package var changes: [Change] = []

    /// The system serial the report gives, if it reads as one.
    package static func reportedSerial(in report: IncomingReport) -> SerialNumber? {
        report.systemSerial.flatMap { try? SerialNumber(scanned: $0) }
    }

    /// `serialOwner`: the device that has the reported serial already, if any (the caller looks it up in its
    /// transaction).
    package init(report: IncomingReport, device: Device, serialOwner: Device?) throws {
        let tag = device.assetTag
        guard !device.stage.hasLeftWorkshop else {
            throw StoreError.conflict(Message("store.reportAfterLeaving", tag.text, device.stage.rawValue))
        }
        if let reported = Self.reportedSerial(in: report) {
            if let other = serialOwner, other.assetTag != tag {
                throw StoreError.conflict(Message("store.serialOnAnotherDevice", reported.text, other.assetTag.text, tag.text))
            }
            if let intake = device.serial {
                guard intake.key == reported.key else {
                    throw StoreError.conflict(Message("store.reportSerialMismatch", reported.text, tag.text, intake.text))
                }
                serialCheck = .matched
            } else {
                serialCheck = .linked
                linkedSerial = reported
                changes.append(.corrected(field: "serial", from: nil, to: reported.text))
            }
        } else {
            serialCheck = .notInReport
        }
        if device.manufacturer == nil, let manufacturer = report.manufacturer.flatMap(AppDatabase.cleanedReason) {
            self.manufacturer = manufacturer
            changes.append(.corrected(field: "manufacturer", from: nil, to: manufacturer))
        }
        if device.model == nil, let model = report.model.flatMap(AppDatabase.cleanedReason) {
            self.model = model
            changes.append(.corrected(field: "model", from: nil, to: model))
        }
        changes.append(.diagnosticRecorded(storage: report.storageSerials.map(SerialNumber.key(for:))))
        if !report.removableSerials.isEmpty {
            changes.append(.removableMediaFound(storage: report.removableSerials.map(SerialNumber.key(for:))))
        }
    }
}
