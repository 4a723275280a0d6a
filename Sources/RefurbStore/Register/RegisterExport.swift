import Foundation
import RefurbCore

/// The register of second-hand goods as CSV for the accountant or the police: one line per movement,
/// in order, with its day's seal. Written like the journal's export (`JournalExport.csvField`), with
/// French headers and words, the register being a French legal record.
public enum RegisterExport {
    /// The most days one export covers (a year, leap or not).
    public static let maximumDays = 366

    /// The days of an export, both included, checked: two `YYYY-MM-DD` days, the first not after the
    /// last, at most `maximumDays` apart. `fields` names them in the refusal (`from`, `to`).
    public static func range(from: String, to: String, fields: (String, String) = ("from", "to")) throws -> (CivilDay, CivilDay) {
        let trimmed = (from.trimmingCharacters(in: .whitespaces), to.trimmingCharacters(in: .whitespaces))
        guard let first = CivilDay(trimmed.0) else {
            throw StoreError.invalidInput(Message("register.range.malformed", fields.0, trimmed.0))
        }
        guard let last = CivilDay(trimmed.1) else {
            throw StoreError.invalidInput(Message("register.range.malformed", fields.1, trimmed.1))
        }
        guard first <= last else { throw StoreError.invalidInput(Message("register.range.order", first.text, last.text)) }
        let days = first.days(until: last) + 1
        guard days <= maximumDays else {
            throw StoreError.invalidInput(Message("register.range.tooLong", first.text, last.text, String(days), String(maximumDays)))
        }
        return (first, last)
    }

    public static let csvHeader = [
        "numero", "jour", "heure", "mouvement", "nature", "inventaire", "objet", "numero_de_serie", "provenance",
        "paiement", "montant_eur", "scellement", "empreinte",
    ]

    /// Whether the line's day is sealed, in `language`: « scellée (clé …) », « journée en cours, non
    /// scellée » for today, « non scellée » for a past day not sealed yet.
    public static func sealWords(_ line: RegisterLine, in extract: RegisterExtract, language: Language) -> String {
        let catalog = MessageCatalog.register
        if line.number != nil, let seal = extract.seals[line.day] {
            return catalog.text(for: Message("register.sealed"), in: language) + " (\(seal.keyId))"
        }
        return catalog.text(for: Message(line.day == extract.today ? "register.today" : "register.unsealed"), in: language)
    }

    /// The payment as the register says it: « espèces », « carte bancaire »… for a sale, nothing otherwise.
    public static func paymentWords(_ line: RegisterLine, in language: Language) -> String {
        line.payment.map { MessageCatalog.journal.text(for: $0.label, in: language) } ?? ""
    }

    public static func csv(_ extract: RegisterExtract, timeZone: TimeZone) -> String {
        var rows = [csvHeader.joined(separator: ",")]
        let words = MessageCatalog.register
        for line in extract.lines {
            let (day, time) = JournalExport.dayAndTime(line.occurredAt, timeZone: timeZone)
            rows.append([
                line.number.map(String.init) ?? "", day, time, words.text(for: line.movement.label, in: .fr),
                words.text(for: line.reason.label, in: .fr), line.assetTag, line.description, line.serial ?? "", line.provenance,
                paymentWords(line, in: .fr), line.amountCents.map { JournalExport.decimal($0, separator: ".") } ?? "",
                sealWords(line, in: extract, language: .fr), line.number.flatMap { extract.hashes[$0]?.hex } ?? "",
            ].map(JournalExport.csvField).joined(separator: ","))
        }
        return rows.joined(separator: "\r\n") + "\r\n"
    }
}
