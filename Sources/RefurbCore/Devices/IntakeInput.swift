/// What intake scans and types for a new device, checked before anything is written.
public struct IntakeInput: Hashable, Sendable {
    public static let maximumTextLength = 120

    public let lot: LotCode
    public let category: DeviceCategory
    public let serial: SerialNumber?
    public let manufacturer: String?
    public let model: String?
    public let location: String?

    /// `confirmedUnusualSerial`: the person confirmed a serial that does not look like one (`SerialPlausibility`).
    public init(lot: String, category: String, serial: String? = nil, manufacturer: String? = nil,
                model: String? = nil, location: String? = nil, confirmedUnusualSerial: Bool = false) throws(IntakeInputError) {
        do {
            self.lot = try LotCode(parsing: lot)
        } catch {
            throw .identifier(error)
        }
        self.serial = try serial.flatMap { text throws(IntakeInputError) in
            try SerialNumber(personScanned: text, confirmedUnusual: confirmedUnusualSerial)
        }
        guard let category = DeviceCategory(rawValue: category.trimmingSpaces().lowercased()) else {
            throw .unknownCategory(category)
        }
        self.category = category
        self.manufacturer = try Self.checkedText(manufacturer, field: "manufacturer")
        self.model = try Self.checkedText(model, field: "model")
        self.location = try Self.checkedText(location, field: "location")
    }

    static func checkedText(_ text: String?, field: String) throws(IntakeInputError) -> String? {
        guard let cleaned = cleanedText(text) else { return nil }
        guard !cleaned.containsControlCharacters, cleaned.count <= maximumTextLength else {
            throw .textMalformed(field: field)
        }
        return cleaned
    }
}

public enum IntakeInputError: Error, Hashable, Sendable {
    case identifier(IdentifierError)
    /// A serial from a scanner on the wrong keyboard, or one that does not look like a serial.
    case scan(SerialScanRefusal)
    case unknownCategory(String)
    case textMalformed(field: String)
    /// A correction without its reason (`DeviceCorrection`).
    case reasonMissing

    /// The stable code an API answer gives for this problem, when it is not the general one.
    public var problemCode: String? {
        if case .scan(let refusal) = self { refusal.problemCode } else { nil }
    }

    public var message: Message {
        switch self {
        case .identifier(let error): error.message
        case .scan(let refusal): refusal.message
        case .unknownCategory(let text):
            Message("intake.unknownCategory", text, DeviceCategory.allCases.map(\.rawValue).joined(separator: ", "))
        case .textMalformed(let field):
            Message("intake.textMalformed", field, String(IntakeInput.maximumTextLength))
        case .reasonMissing: Message("correction.reasonMissing")
        }
    }
}
