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
