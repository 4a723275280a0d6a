/// One workshop of a network: where its lots arrive and its devices are kept. Every lot and every device
/// belongs to a site; a database made for one workshop has exactly one (issue 16).
///
/// Not to be confused with a lot's `site`, the free-text place the donor's equipment was collected from
/// (« le site de collecte »): that one is a note on the lot, this one is the workshop that holds it.
public struct Site: Hashable, Sendable, Codable {
    /// The store's row id, stable for the site's life; the code is what people read.
    public var id: Int64
    public var code: SiteCode
    public var name: String
    public var addressLines: [String]

    public init(id: Int64, code: SiteCode, name: String, addressLines: [String] = []) {
        self.id = id
        self.code = code
        self.name = name
        self.addressLines = addressLines
    }
}

/// A site's name and address as an admin typed them, checked as the workshop's identity is: the name is
/// required, one line of up to 100 characters; the address is up to four lines of up to 100 (empty lines
/// dropped); neither may hold invisible characters.
public struct SiteDetails: Hashable, Sendable {
    public let name: String
    public let addressLines: [String]

    public init(name typedName: String, address: String = "") throws(SiteError) {
        guard let name = cleanedText(typedName) else { throw .nameMissing }
        guard WorkshopIdentity.isShownText(name), name.count <= WorkshopIdentity.nameLimit else { throw .nameMalformed }
        let lines = address.split(omittingEmptySubsequences: true) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
            .compactMap { cleanedText(String($0)) }
        guard lines.count <= WorkshopIdentity.addressLinesLimit,
              lines.allSatisfy({ WorkshopIdentity.isShownText($0) && $0.count <= WorkshopIdentity.addressLineLimit }) else {
            throw .addressMalformed
        }
        self.name = name
        addressLines = lines
    }
}

/// A new site as an admin typed it, checked: its code (`SiteCode`), which never changes once the site
/// exists (it is on labels and transfers), and its name and address (`SiteDetails`), which may.
public struct SiteInput: Hashable, Sendable {
    public let code: SiteCode
    public let details: SiteDetails

    public init(code: String, name: String, address: String = "") throws(SiteError) {
        self.code = try SiteCode(parsing: code)
        details = try SiteDetails(name: name, address: address)
    }
}

public enum SiteError: Error, Hashable, Sendable {
    case codeMissing
    /// The code as typed (trimmed).
    case codeMalformed(String)
    case nameMissing
    case nameMalformed
    case addressMalformed

    /// The form field the error is about.
    public var field: String {
        switch self {
        case .codeMissing, .codeMalformed: "code"
        case .nameMissing, .nameMalformed: "name"
        case .addressMalformed: "address"
        }
    }

    public var message: Message {
        switch self {
        case .codeMissing: Message("site.codeMissing")
        case .codeMalformed(let typed): Message("site.codeMalformed", typed, String(SiteCode.lengths.lowerBound),
                                                String(SiteCode.lengths.upperBound))
        case .nameMissing: Message("site.nameMissing")
        case .nameMalformed: Message("site.nameMalformed", String(WorkshopIdentity.nameLimit))
        case .addressMalformed: Message("site.addressMalformed", String(WorkshopIdentity.addressLinesLimit),
                                        String(WorkshopIdentity.addressLineLimit))
        }
    }
}
