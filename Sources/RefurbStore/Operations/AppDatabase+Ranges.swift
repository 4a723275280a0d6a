import RefurbCore

extension AppDatabase {
    /// The store's own check of a number against its range (`Quantity`), behind the checks the API,
    /// the forms and the command line make where the number enters: whatever the caller, nothing out of
    /// range is written, and the refusal names the field and the range like theirs.
    @discardableResult
    package static func checked(_ value: Int, _ quantity: Quantity, field: String) throws -> Int {
        do {
            return try quantity.check(value, field: field)
        } catch {
            throw StoreError.invalidInput(error.message)
        }
    }
}
