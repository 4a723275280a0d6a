/// Who the workshop is, as the documents it hands over say it: its name, its postal address (a few lines)
/// and how to reach it (a telephone number, an e-mail address, a website). Set once by an admin; while it
/// is not, documents carry only the name the service was started with.
public struct WorkshopIdentity: Hashable, Sendable, Codable {
    public var name: String
    public var addressLines: [String]
    public var contact: String?

    public init(name: String, addressLines: [String] = [], contact: String? = nil) {
        self.name = name
        self.addressLines = addressLines
        self.contact = contact
    }

    /// What fits in the heading of an A4 document, one line each.
    public static let nameLimit = 100
    public static let addressLineLimit = 100
    public static let addressLinesLimit = 4
    public static let contactLimit = 150

    /// What an admin typed, checked: the name is required, the address is up to four lines (empty lines
    /// dropped), the contact one line; none may hold invisible characters.
    public init(typedName: String, address: String, contact: String) throws(WorkshopIdentityError) {
        guard let name = cleanedText(typedName) else { throw .nameMissing }
        guard Self.isShownText(name), name.count <= Self.nameLimit else { throw .nameMalformed }
        let lines = address.split(omittingEmptySubsequences: true) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
            .compactMap { cleanedText(String($0)) }
        guard lines.count <= Self.addressLinesLimit,
              lines.allSatisfy({ Self.isShownText($0) && $0.count <= Self.addressLineLimit }) else { throw .addressMalformed }
        let contact = cleanedText(contact)
        if let contact { guard Self.isShownText(contact), contact.count <= Self.contactLimit else { throw .contactMalformed } }
        self.init(name: name, addressLines: lines, contact: contact)
    }

    /// No control character and no invisible formatting character (a zero-width space pasted from a web page).
    static func isShownText(_ text: String) -> Bool {
        !text.unicodeScalars.contains { [.control, .format].contains($0.properties.generalCategory) }
    }
}

public enum WorkshopIdentityError: Error, Hashable, Sendable {
    case nameMissing
    case nameMalformed
    case addressMalformed
    case contactMalformed

    /// The form field the error is about.
    public var field: String {
        switch self {
        case .nameMissing, .nameMalformed: "name"
        case .addressMalformed: "address"
        case .contactMalformed: "contact"
        }
    }

    public var message: Message {
        switch self {
        case .nameMissing: Message("workshop.nameMissing")
        case .nameMalformed: Message("workshop.nameMalformed", String(WorkshopIdentity.nameLimit))
        case .addressMalformed: Message("workshop.addressMalformed", String(WorkshopIdentity.addressLinesLimit),
                                        String(WorkshopIdentity.addressLineLimit))
        case .contactMalformed: Message("workshop.contactMalformed", String(WorkshopIdentity.contactLimit))
        }
    }
}
