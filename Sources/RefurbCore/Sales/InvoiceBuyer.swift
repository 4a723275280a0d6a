/// Who an invoice is made out to: an association or a company, by its name, its postal address and,
/// when it gives one, its SIRET number (14 digits, spaces allowed as people copy them from a Kbis).
public struct InvoiceBuyer: Hashable, Sendable {
    public static let nameLimit = 120
    public static let addressLinesLimit = 4
    public static let addressLineLimit = 100

    public let name: String
    public let addressLines: [String]
    public let siret: String?

    public init(name: String, addressLines: [String], siret: String?) {
        self.name = name
        self.addressLines = addressLines
        self.siret = siret
    }

    /// What the shop typed, checked: the name is required, the address up to four lines, the SIRET 14
    /// digits that pass the Luhn check every SIRET carries.
    public init(typedName: String, address: String, siret: String) throws(InvoiceBuyerError) {
        guard let name = cleanedText(typedName) else { throw .nameMissing }
        guard name.count <= Self.nameLimit, !Self.hasHiddenCharacters(name) else { throw .nameMalformed }
        let lines = address.split(omittingEmptySubsequences: true) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
            .compactMap { cleanedText(String($0)) }
        guard lines.count <= Self.addressLinesLimit,
              lines.allSatisfy({ $0.count <= Self.addressLineLimit && !Self.hasHiddenCharacters($0) }) else { throw .addressMalformed }
        let digits = siret.filter { $0 != " " && $0 != "\u{00A0}" && $0 != "." }
        if digits.isEmpty {
            self.init(name: name, addressLines: lines, siret: nil)
        } else {
            guard Self.isSiret(digits) else { throw .siretMalformed }
            self.init(name: name, addressLines: lines, siret: digits)
        }
    }

    static func hasHiddenCharacters(_ text: String) -> Bool {
        text.unicodeScalars.contains { [.control, .format].contains($0.properties.generalCategory) }
    }

    /// Fourteen digits whose Luhn sum is a multiple of ten (La Poste's establishments, whose SIRET follow
    /// another rule, start with 356000000 and are accepted as they are).
    public static func isSiret(_ text: String) -> Bool {
        let digits = text.compactMap { $0.isASCII ? $0.wholeNumberValue : nil }
        guard digits.count == 14, text.count == 14 else { return false }
        if text.hasPrefix("356000000") { return true }
        var sum = 0
        for (index, digit) in digits.reversed().enumerated() {
            let value = index % 2 == 1 ? digit * 2 : digit
            sum += value > 9 ? value - 9 : value
        }
        return sum % 10 == 0
    }
}

public enum InvoiceBuyerError: Error, Hashable, Sendable {
    case nameMissing
    case nameMalformed
    case addressMalformed
    case siretMalformed

    public var field: String {
        switch self {
        case .nameMissing, .nameMalformed: "buyerName"
        case .addressMalformed: "buyerAddress"
        case .siretMalformed: "buyerSiret"
        }
    }

    public var message: Message {
        switch self {
        case .nameMissing: Message("invoice.nameMissing")
        case .nameMalformed: Message("invoice.nameMalformed", String(InvoiceBuyer.nameLimit))
        case .addressMalformed: Message("invoice.addressMalformed", String(InvoiceBuyer.addressLinesLimit), String(InvoiceBuyer.addressLineLimit))
        case .siretMalformed: Message("invoice.siretMalformed")
        }
    }
}
