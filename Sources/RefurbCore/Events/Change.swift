/// One thing that happened to a device or a lot. Changes are only ever appended: a correction is a
/// new change, never an edit of an old one.
public enum Change: Hashable, Codable, Sendable {
    case lotOpened(code: LotCode, donor: String)
    case received(lot: LotCode, category: DeviceCategory, serial: String?)
    case moved(from: Stage, to: Stage, reason: String?)
    case graded(Grade)
    case priced(Money)
    case diagnosticRecorded(storage: [String])
    case erasureRecorded(storage: String, passed: Bool, certificate: String?)
    case storageDestroyed(storage: String, note: String?)
    case noStorageConfirmed(note: String?)
    /// The removable media (USB sticks, card readers) the same report found plugged in: not the device's
    /// drives, recorded right after its `diagnosticRecorded`.
    case removableMediaFound(storage: [String])
    /// Where a removable medium went (the workshop's stick, or returned or removed), and why.
    case removableMediaSet(storage: String, disposition: RemovableMediaDisposition, reason: String)
    /// `reason` came later (a person's correction says why; a report filling a missing serial does not):
    /// a correction recorded before it reads as one without a reason.
    case corrected(field: String, from: String?, to: String?, reason: String? = nil)
    case repairLogged(note: String, partsCents: Int?)
    /// `kind` and `partner` came later: a sale recorded before them reads as a public sale.
    case sold(price: Money, kind: SaleKind = .public, partner: String? = nil)
    /// The intake scan that received the device was undone (a wrong scan, caught at once): the device
    /// leaves every list and its serial, kept here for the record, may be scanned again.
    case intakeVoided(serial: String?)
    /// An account, token, station key or printer changed; `action` is a stable code such as "user-added".
    case administered(action: String, subject: String)
    /// A technician went through the device's test checklist (all of it or part): the whole record as it
    /// now stands, each test with who answered it and when.
    case checklistRecorded(TestRecord)

    /// The kind, as stored in its own column so that history can be filtered without decoding payloads.
    public var kind: String {
        switch self {
        case .lotOpened: "lot-opened"
        case .received: "received"
        case .moved: "moved"
        case .graded: "graded"
        case .priced: "priced"
        case .diagnosticRecorded: "diagnostic-recorded"
        case .erasureRecorded: "erasure-recorded"
        case .storageDestroyed: "storage-destroyed"
        case .noStorageConfirmed: "no-storage-confirmed"
        case .removableMediaFound: "removable-media-found"
        case .removableMediaSet: "removable-media-set"
        case .corrected: "corrected"
        case .repairLogged: "repair-logged"
        case .sold: "sold"
        case .intakeVoided: "intake-voided"
        case .administered: "administered"
        case .checklistRecorded: "checklist-recorded"
        }
    }

    /// One line for a person reading the device's history.
    public func summary(in language: Language, catalog: MessageCatalog = .core) -> String {
        let message: Message
        switch self {
        case .lotOpened(let code, let donor):
            message = Message("change.lotOpened", code.text, donor)
        case .received(let lot, let category, let serial):
            message = Message("change.received", lot.text, Message("category.\(category.rawValue)")
                .text(in: language, catalog: catalog), serial ?? "—")
        case .moved(let from, let to, let reason):
            let moved = Message("change.moved", from.label.text(in: language, catalog: catalog),
                                to.label.text(in: language, catalog: catalog)).text(in: language, catalog: catalog)
            return reason.map { "\(moved) (\($0))" } ?? moved
        case .graded(let grade):
            message = Message("change.graded", grade.rawValue)
        case .priced(let money):
            message = Message("change.priced", MoneyFormat.string(money, in: language))
        case .diagnosticRecorded(let storage):
            message = Message("change.diagnosticRecorded", String(storage.count))
        case .erasureRecorded(let storage, let passed, _):
            message = Message(passed ? "change.erasurePassed" : "change.erasureFailed", storage)
        case .storageDestroyed(let storage, _):
            message = Message("change.storageDestroyed", storage)
        case .noStorageConfirmed:
            message = Message("change.noStorageConfirmed")
        case .removableMediaFound(let storage):
            message = Message("change.removableMediaFound", storage.joined(separator: ", "))
        case .removableMediaSet(let storage, let disposition, let reason):
            message = Message("change.removableMediaSet", storage, disposition.label.text(in: language, catalog: .core), reason)
        case .corrected(let field, let from, let to, let reason?):
            // The reasoned words live in their own table; a caller's catalog without them still reads well.
            let reasoned = Message("change.correctedBecause", field, from ?? "—", to ?? "—", reason)
            return reasoned.text(in: language, catalog: catalog.entries[reasoned.key] == nil ? .core : catalog)
        case .corrected(let field, let from, let to, nil):
            message = Message("change.corrected", field, from ?? "—", to ?? "—")
        case .repairLogged(let note, _):
            message = Message("change.repairLogged", note)
        case .sold(let price, .public, _):
            message = Message("change.sold", MoneyFormat.string(price, in: language))
        case .sold(let price, .solidarity, let partner):
            // The pricing words live in their own table; a caller's catalog without them still reads well.
            let solidarity = Message("pricing.change.soldSolidarity", MoneyFormat.string(price, in: language), partner ?? "—")
            return solidarity.text(in: language, catalog: catalog.entries[solidarity.key] == nil ? .pricing : catalog)
        case .intakeVoided(let serial):
            message = Message("change.intakeVoided", serial ?? "—")
        case .administered(let action, let subject):
            message = Message("change.administered", action, subject)
        case .checklistRecorded(let record):
            let answered = record.answers.count - record.unanswered.count
            let failed = record.answers.filter { $0.outcome == .fail }.map(\.item.reference)
            message = failed.isEmpty
                ? Message("change.checklistRecorded", String(record.checklistVersion), String(answered), String(record.answers.count))
                : Message("change.checklistRecordedFailed", String(record.checklistVersion), String(answered), String(record.answers.count),
                          failed.joined(separator: String(Message.listSeparator)))
        }
        return message.text(in: language, catalog: catalog)
    }
}
