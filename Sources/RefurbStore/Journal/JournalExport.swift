import Foundation
import RefurbCore

/// The journal for the accountant, as text: a plain CSV (one line per entry) or the columns of the
/// French « fichier des écritures comptables » (FEC, art. A47 A-1 of the Livre des procédures fiscales),
/// two lines per entry: the payment's account on one side, sales (707) on the other. The account
/// numbers are the usual ones of the Plan comptable général; an accountant who uses others replaces
/// them on import. Days and times are the workshop's (`timeZone`).
public enum JournalExport {
    /// One exported entry and the words that describe the device (category, maker, model).
    public struct Line: Sendable {
        public var entry: JournalEntry
        public var hash: JournalHash
        public var description: String

        public init(entry: JournalEntry, hash: JournalHash, description: String) {
            self.entry = entry
            self.hash = hash
            self.description = description
        }
    }

    public static let csvHeader = [
        "sequence", "date", "time", "kind", "asset_tag", "description", "amount_eur", "payment_method", "sale_kind",
        "partner", "refers_to", "user", "station", "hash",
    ]

    public static func csv(_ lines: [Line], timeZone: TimeZone) -> String {
        var rows = [csvHeader.joined(separator: ",")]
        for line in lines {
            let entry = line.entry
            let (day, time) = dayAndTime(entry.occurredAt, timeZone: timeZone)
            rows.append([
                String(entry.sequence), day, time, entry.kind.rawValue, entry.assetTag, line.description,
                decimal(entry.amountCents, separator: "."), entry.payment.rawValue, entry.saleKind.rawValue,
                entry.partner ?? "", entry.refersTo.map(String.init) ?? "", entry.actor.user, entry.actor.station,
                line.hash.hex,
            ].map(csvField).joined(separator: ","))
        }
        return rows.joined(separator: "\r\n") + "\r\n"
    }

    /// The 18 columns of the FEC, separated by `|` as the format allows, amounts with a decimal comma.
    public static let fecHeader = [
        "JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum", "CompteLib", "CompAuxNum",
        "CompAuxLib", "PieceRef", "PieceDate", "EcritureLib", "Debit", "Credit", "EcritureLet", "DateLet",
        "ValidDate", "Montantdevise", "Idevise",
    ]

    public static func fec(_ lines: [Line], timeZone: TimeZone) -> String {
        var rows = [fecHeader.joined(separator: "|")]
        for line in lines {
            let entry = line.entry
            let day = dayAndTime(entry.occurredAt, timeZone: timeZone).day.replacingOccurrences(of: "-", with: "")
            let label = fecField("\(kindWords(entry.kind)) \(entry.assetTag) \(line.description)")
            let (treasury, treasuryName) = account(for: entry.payment)
            // A sale debits the payment's account and credits sales; a refund or a cancellation the reverse.
            let amount = decimal(abs(entry.amountCents), separator: ",")
            let incoming = entry.amountCents >= 0
            let common = { (number: String, name: String, debit: Bool) in
                ["VE", "Ventes", String(entry.sequence), day, number, name, "", "", "J\(entry.sequence)", day, label,
                 debit ? amount : "0,00", debit ? "0,00" : amount, "", "", day, "", ""].joined(separator: "|")
            }
            rows.append(common(treasury, treasuryName, incoming))
            rows.append(common("70700000", "Ventes de marchandises", !incoming))
        }
        return rows.joined(separator: "\r\n") + "\r\n"
    }

    static func account(for payment: PaymentMethod) -> (String, String) {
        switch payment {
        case .cash: ("53000000", "Caisse")
        case .card: ("51150000", "Cartes bancaires à l'encaissement")
        case .cheque: ("51120000", "Chèques à encaisser")
        case .transfer: ("51200000", "Banque")
        case .unspecified: ("47100000", "Compte d'attente (moyen de paiement non précisé)")
        }
    }

    static func kindWords(_ kind: JournalEntryKind) -> String {
        switch kind {
        case .sale: "Vente"
        case .refund: "Remboursement"
        case .cancellation: "Annulation"
        }
    }

    /// `1234` → `12.34` (or `12,34`), `-5` → `-0.05`.
    static func decimal(_ cents: Int64, separator: String) -> String {
        let sign = cents < 0 ? "-" : ""
        let magnitude = cents.magnitude
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100)\(separator)\(fraction < 10 ? "0" : "")\(fraction)"
    }

    package static func dayAndTime(_ date: Date, timeZone: TimeZone) -> (day: String, time: String) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        return (String(format: "%04d", parts.year ?? 0) + "-" + two(parts.month) + "-" + two(parts.day),
                two(parts.hour) + ":" + two(parts.minute) + ":" + two(parts.second))
    }

    /// RFC 4180: quoted when it holds a comma, a quote or a line break; a leading =, +, - or @ is
    /// prefixed with a quote so that a spreadsheet never runs it as a formula.
    static func csvField(_ text: String) -> String {
        var value = text
        if let first = value.first, "=+-@".contains(first), Double(value) == nil { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The FEC forbids its separator and line breaks inside a field.
    static func fecField(_ text: String) -> String {
        String(text.map { $0 == "|" || $0.isNewline ? " " : $0 })
    }
}
