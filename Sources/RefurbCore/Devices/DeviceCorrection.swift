/// What a person corrects on a device, and why, checked before anything is written. A field left nil
/// is left as it is.
public struct DeviceCorrection: Hashable, Sendable {
    public let serial: SerialNumber?
    public let category: DeviceCategory?
    public let manufacturer: String?
    public let model: String?
    /// What the shop calls the device on its price label and card.
    public let displayName: String?
    /// Why: kept in every correction's event. Required.
    public let reason: String

    /// `confirmedUnusualSerial`: the person confirmed a serial that does not look like one.
    public init(serial: String? = nil, category: String? = nil, manufacturer: String? = nil, model: String? = nil,
                displayName: String? = nil, reason: String?, confirmedUnusualSerial: Bool = false) throws(IntakeInputError) {
        self.serial = try serial.flatMap { text throws(IntakeInputError) in
            try SerialNumber(personScanned: text, confirmedUnusual: confirmedUnusualSerial)
        }
        if let category, let text = cleanedText(category) {
            guard let parsed = DeviceCategory(rawValue: text.lowercased()) else { throw .unknownCategory(category) }
            self.category = parsed
        } else {
            self.category = nil
        }
        self.manufacturer = try IntakeInput.checkedText(manufacturer, field: "manufacturer")
        self.model = try IntakeInput.checkedText(model, field: "model")
        self.displayName = try IntakeInput.checkedText(displayName, field: "displayName")
        guard let reason = try IntakeInput.checkedText(reason, field: "reason") else { throw .reasonMissing }
        self.reason = reason
    }

    /// The fields this correction gives a value for.
    public var fields: Set<CorrectionRule.Field> {
        var fields = Set<CorrectionRule.Field>()
        if serial != nil { fields.insert(.serial) }
        if category != nil { fields.insert(.category) }
        if manufacturer != nil { fields.insert(.manufacturer) }
        if model != nil { fields.insert(.model) }
        if displayName != nil { fields.insert(.displayName) }
        return fields
    }
}
