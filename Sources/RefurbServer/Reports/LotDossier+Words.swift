import Erasure
import Foundation
import RefurbCore

/// The sentences that say where a drive or a device stands, shared by the lot's page and the donor
/// report so that both say the same thing.
extension LotDossier.Drive {
    func text(in language: Language) -> String {
        switch state {
        case .erased(let certificate?): Office.text("ui.office.drive.erased", certificate, in: language)
        case .erased(nil): Office.text("ui.office.drive.erasedUncertified", in: language)
        case .failed(let certificate?): Office.text("ui.office.drive.failed", certificate, in: language)
        case .failed(nil): Office.text("ui.office.drive.failedUncertified", in: language)
        case .destroyed: Office.text("ui.office.drive.destroyed", in: language)
        case .pending: Office.text("ui.office.drive.pending", in: language)
        }
    }

    /// How a person names the drive: its serial as its firmware gave it, else the key the store knows it by
    /// (a WWN), else, for a drive that gave neither, words instead of the device path it was found at.
    func name(in language: Language) -> String {
        if let serial = details.serial { return serial }
        if storage.hasPrefix("PATH:") { return Office.text("ui.report.drive.noSerial", in: language) }
        return storage
    }

    /// The model and capacity, when known: "Samsung SSD 860, 256 Go".
    func description(in language: Language) -> String? {
        let capacity = details.capacityBytes.flatMap { bytes -> String? in
            guard bytes > 0 else { return nil }
            let gigabytes = Double(bytes) / 1e9
            return gigabytes >= 1 ? Office.text("ui.report.unit.gb", String(Int(gigabytes.rounded())), in: language)
                : Office.text("ui.report.unit.mb", String(max(1, Int((gigabytes * 1000).rounded()))), in: language)
        }
        let parts = [details.model, capacity].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// How and when it was erased, for the report: "écrasement par des zéros, 1 passe, le 28/11/2026 à 11:15".
    func erasureDetail(in language: Language) -> String? {
        guard case .erased = state, let method = details.method else { return nil }
        let name = method.name.text(in: language, catalog: .erasure)
        guard let date = details.erasedAt else { return name }
        return Office.text("ui.report.drive.methodOn", name, WorkshopClock.displayDay(date, in: language),
                           WorkshopClock.displayTime(date), in: language)
    }

    /// "good", "warn" or "bad", for the badge's colour; the text says the same in words.
    var tone: String {
        switch state {
        case .erased, .destroyed: "good"
        case .pending: "warn"
        case .failed: "bad"
        }
    }
}

extension LotDossier.Entry {
    func erasureText(in language: Language) -> String {
        if cleared {
            return drives.isEmpty ? Office.text("ui.office.erasure.noStorage", in: language) : Office.text("ui.office.erasure.cleared", in: language)
        }
        if !hasDiagnosticReport && drives.isEmpty { return Office.text("ui.office.erasure.notDiagnosed", in: language) }
        return Office.text("ui.office.erasure.pending", in: language)
    }

    var erasureTone: String { cleared ? "good" : (drives.contains { if case .failed = $0.state { true } else { false } } ? "bad" : "warn") }

    /// What the drive list shows when there is no drive.
    func noDriveText(in language: Language) -> String {
        if noStorageConfirmed { return Office.text("ui.office.drive.noneConfirmed", in: language) }
        return hasDiagnosticReport ? Office.text("ui.office.drive.noneFound", in: language) : Office.text("ui.office.drive.notProbed", in: language)
    }

    /// Manufacturer and model, as far as they are known.
    var model: String {
        [device.manufacturer, device.model].compactMap { $0 }.joined(separator: " ")
    }
}

extension LotDossier {
    /// "Devices: 12, of which 11 hold no data any more. Drives: 15 (erased with a certificate: 13; …)."
    func summaryText(in language: Language) -> String {
        let drives = self.drives
        let erased = drives.filter { if case .erased = $0.state { true } else { false } }.count
        let destroyed = drives.filter { if case .destroyed = $0.state { true } else { false } }.count
        return Office.text("ui.office.lot.summary", String(entries.count), String(drives.count), String(erased), String(destroyed),
                           String(drives.count - erased - destroyed), String(entries.filter(\.cleared).count), in: language)
    }
}
