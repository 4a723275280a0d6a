import Foundation
import Testing
import RefurbCore
@testable import RefurbStore

@Suite("Event payloads")
struct EventPayloadCodingTests {
    /// Text people type into notes and reasons, with everything JSON must escape.
    static let awkward = "Écran « fêlé » \"coin\" \\ gauche\nligne 2\t\u{1}fin €"

    static let everyChange: [Change] = {
        let lot = try! LotCode(parsing: "LOT-2026-0001")
        return [
            .lotOpened(code: lot, donor: awkward),
            .received(lot: lot, category: .laptop, serial: "SN\"1\\2"),
            .received(lot: lot, category: .phone, serial: nil),
            .moved(from: .received, to: .diagnosed, reason: awkward),
            .moved(from: .diagnosed, to: .inRepair, reason: nil),
            .graded(.b),
            .priced(Money(cents: 12_950)),
            .diagnosticRecorded(storage: ["S3Z9NX0K", awkward]),
            .erasureRecorded(storage: "path:/dev/sdb", passed: true, certificate: "c-1"),
            .storageDestroyed(storage: "WD-1", note: awkward),
            .noStorageConfirmed(note: nil),
            .removableMediaFound(storage: ["4C530001", awkward]),
            .removableMediaSet(storage: "4C530001", disposition: .returnedOrRemoved, reason: awkward),
            .corrected(field: "model", from: nil, to: awkward),
            .repairLogged(note: awkward, partsCents: 1_500),
            .repairLogged(note: "RAM", partsCents: nil),
            .sold(price: Money(cents: 9_000), kind: .solidarity, partner: awkward),
            .intakeVoided(serial: "X"),
            .administered(action: "user-added", subject: awkward),
            .checklistRecorded(TestRecord(category: .laptop, checklistVersion: 3, batteryThresholdPercent: 70, answers: [
                ChecklistAnswer(item: ChecklistItem(key: "keyboard", mandatory: true), outcome: .fail, note: awkward,
                                testedBy: "camille", testedAt: Date(timeIntervalSince1970: 1_800_000_000)),
                ChecklistAnswer(item: ChecklistItem(key: "custom-1", label: awkward, mandatory: false)),
            ])),
        ]
    }()

    @Test("every change reads back as it was written, escaped text included", arguments: everyChange)
    func roundTrip(change: Change) throws {
        let payload = EventPayloadCoding.encode(change)
        #expect(try JSONSerialization.jsonObject(with: Data(payload.utf8)) is [String: Any])
        #expect(try EventPayloadCoding.decode(kind: change.kind, payload: payload) == change)
    }

    @Test("a control character is written as a \\u escape")
    func controlCharacters() {
        #expect(EventPayloadCoding.encode(.noStorageConfirmed(note: "a\u{1}b")) == #"{"note":"a\u0001b"}"#)
    }
}
