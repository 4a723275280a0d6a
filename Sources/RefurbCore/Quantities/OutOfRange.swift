/// A number outside its quantity's range: the one error every entry point gives for it. The server
/// answers it with a 422 problem and the command line with exit code 2, both through `message`, which
/// names the field and the range in the reader's language. Nothing is changed when it is thrown.
public struct OutOfRange: Error, Hashable, Sendable {
    /// The field as the caller named it: a JSON member (`priceCents`), a form field (`price`) or an
    /// option (`weightKg` for `--weight-kg`). `range.field.<name>` in the catalog says it in words.
    public let field: String
    public let quantity: Quantity
    /// The value given, in the quantity's unit, when it could be read at all.
    public let value: Int?

    public init(field: String, quantity: Quantity, value: Int?) {
        self.field = field
        self.quantity = quantity
        self.value = value
    }

    /// "Valeur hors limites pour le prix : elle doit être comprise entre 0,00 € et 1 000 000,00 €. …"
    public var message: Message {
        Message("range.\(quantity.unit.rawValue)", field, String(quantity.range.lowerBound), String(quantity.range.upperBound))
    }

    public func text(in language: Language, catalog: MessageCatalog = .core) -> String {
        message.text(in: language, catalog: catalog)
    }
}
