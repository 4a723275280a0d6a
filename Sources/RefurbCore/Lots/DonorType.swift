/// What kind of body gave a lot. A public body's equipment is bound by the law on its resale (loi 3DS):
/// capped prices (`PublicDonorPriceCap`). Nil on a lot means nobody said.
public enum DonorType: String, Codable, CaseIterable, Sendable {
    case publicBody = "public"
    case company
    case association
    case individual

    /// "public", "Public " or "PUBLIC" reads as the public body; anything else is refused with the choices named.
    public init(parsing text: String) throws(LotInputError) {
        let key = text.trimmingSpaces().lowercased()
        guard let type = Self(rawValue: key) else { throw .donorTypeUnknown(text) }
        self = type
    }

    /// "public, company, association, individual", for messages that list the choices.
    public static var choices: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
