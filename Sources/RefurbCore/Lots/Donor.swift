/// Who gave the equipment: a company, a public body or a person. Donor reports and certificates go to them.
public struct Donor: Hashable, Codable, Sendable {
    public var name: String
    public var contact: String?

    public init(name: String, contact: String? = nil) {
        self.name = name
        self.contact = contact
    }
}
