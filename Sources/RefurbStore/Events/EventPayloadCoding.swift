import Foundation
import RefurbCore

/// Writes a change as the `kind` and JSON `payload` columns of the event log, and reads it back.
/// Written by hand rather than through JSONEncoder because every write and every bulk import appends
/// several events per device, and this is several times faster; reading uses JSONDecoder.
package enum EventPayloadCoding {
    package static func encode(_ change: Change) -> String {
        var writer = JSONObjectWriter()
        switch change {
        case .lotOpened(let code, let donor):
            writer.add("code", code.text)
            writer.add("donor", donor)
        case .received(let lot, let category, let serial):
            writer.add("lot", lot.text)
            writer.add("category", category.rawValue)
            writer.add("serial", serial)
        case .moved(let from, let to, let reason):
            writer.add("from", from.rawValue)
            writer.add("to", to.rawValue)
            writer.add("reason", reason)
        case .graded(let grade):
            writer.add("grade", grade.rawValue)
        case .priced(let money):
            writer.add("priceCents", money.cents)
        case .diagnosticRecorded(let storage):
            writer.add("storage", storage)
        case .erasureRecorded(let storage, let passed, let certificate):
            writer.add("storage", storage)
            writer.add("passed", passed)
            writer.add("certificate", certificate)
        case .storageDestroyed(let storage, let note):
            writer.add("storage", storage)
            writer.add("note", note)
        case .noStorageConfirmed(let note):
            writer.add("note", note)
        case .removableMediaFound(let storage):
            writer.add("storage", storage)
        case .removableMediaSet(let storage, let disposition, let reason):
            writer.add("storage", storage)
            writer.add("disposition", disposition.rawValue)
            writer.add("reason", reason)
        case .corrected(let field, let from, let to, let reason):
            writer.add("field", field)
            writer.add("from", from)
            writer.add("to", to)
            // Absent rather than null when there is none: corrections written before reasons look the same.
            if let reason { writer.add("reason", reason) }
        case .repairLogged(let note, let partsCents):
            writer.add("note", note)
            if let partsCents { writer.add("partsCents", partsCents) }
        case .sold(let price, let kind, let partner):
            writer.add("priceCents", price.cents)
            writer.add("saleKind", kind.rawValue)
            if let partner { writer.add("partner", partner) }
        case .intakeVoided(let serial):
            writer.add("serial", serial)
        case .administered(let action, let subject):
            writer.add("action", action)
            writer.add("subject", subject)
        case .checklistRecorded(let record):
            // Rare (once or twice per device) and nested: JSONEncoder is fast enough here.
            writer.add("record", json: TestRecordCoding.encode(record))
        }
        return writer.finish()
    }

    package static func decode(kind: String, payload: String) throws -> Change {
        if kind == "checklist-recorded" { return .checklistRecorded(try TestRecordCoding.decode(payload: payload)) }
        let fields = try JSONDecoder().decode(PayloadFields.self, from: Data(payload.utf8))
        func required<T>(_ value: T?) throws -> T {
            guard let value else { throw DecodingError.valueNotFound(T.self, .init(codingPath: [], debugDescription: kind)) }
            return value
        }
        switch kind {
        case "lot-opened":
            return .lotOpened(code: try LotCode(parsing: try required(fields.code)), donor: try required(fields.donor))
        case "received":
            return .received(lot: try LotCode(parsing: try required(fields.lot)),
                             category: try required(fields.category.flatMap(DeviceCategory.init(rawValue:))),
                             serial: fields.serial)
        case "moved":
            return .moved(from: try required(fields.from.flatMap(Stage.init(rawValue:))),
                          to: try required(fields.to.flatMap(Stage.init(rawValue:))), reason: fields.reason)
        case "graded":
            return .graded(try required(fields.grade.flatMap(Grade.init(rawValue:))))
        case "priced":
            return .priced(Money(cents: try required(fields.priceCents)))
        case "diagnostic-recorded":
            return .diagnosticRecorded(storage: try required(fields.storage?.list))
        case "erasure-recorded":
            return .erasureRecorded(storage: try required(fields.storage?.single), passed: try required(fields.passed),
                                    certificate: fields.certificate)
        case "storage-destroyed":
            return .storageDestroyed(storage: try required(fields.storage?.single), note: fields.note)
        case "no-storage-confirmed":
            return .noStorageConfirmed(note: fields.note)
        case "removable-media-found":
            return .removableMediaFound(storage: try required(fields.storage?.list))
        case "removable-media-set":
            return .removableMediaSet(storage: try required(fields.storage?.single),
                                      disposition: try required(fields.disposition.flatMap(RemovableMediaDisposition.init(rawValue:))),
                                      reason: try required(fields.reason))
        case "corrected":
            return .corrected(field: try required(fields.field), from: fields.from, to: fields.to, reason: fields.reason)
        case "repair-logged":
            return .repairLogged(note: try required(fields.note), partsCents: fields.partsCents)
        case "sold":
            // Sales recorded before the kind was kept were all at the public price.
            let kind = try fields.saleKind.map { try required(SaleKind(rawValue: $0)) } ?? .public
            return .sold(price: Money(cents: try required(fields.priceCents)), kind: kind, partner: fields.partner)
        case "intake-voided":
            return .intakeVoided(serial: fields.serial)
        case "administered":
            return .administered(action: try required(fields.action), subject: try required(fields.subject))
        default:
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "unknown event kind \(kind)"))
        }
    }

    private struct PayloadFields: Decodable {
        var code, donor, lot, category, serial, from, to, reason, grade, certificate, note, field, action, subject: String?
        var saleKind, partner, disposition: String?
        var priceCents, partsCents: Int?
        var passed: Bool?
        var storage: StringOrList?
    }

    /// `storage` is one drive for erasures and the list of drives for a diagnostic report.
    private enum StringOrList: Decodable {
        case single(String)
        case list([String])

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let list = try? container.decode([String].self) {
                self = .list(list)
            } else {
                self = .single(try container.decode(String.self))
            }
        }

        var single: String? { if case .single(let value) = self { value } else { nil } }
        var list: [String]? { if case .list(let value) = self { value } else { nil } }
    }
}
