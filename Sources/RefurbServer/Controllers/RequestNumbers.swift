import RefurbCore

/// The numbers a request gives, checked against their ranges (`Quantity`) where they enter: out of range
/// is a 422 that names the field and the range in the caller's language, and nothing is changed. The
/// store checks them again; this answers before any work is done, with the field named as it was sent.
enum RequestNumbers {
    @discardableResult
    static func check(_ value: Int, _ quantity: Quantity, field: String) throws(APIError) -> Int {
        do {
            return try quantity.check(value, field: field)
        } catch {
            throw .unprocessable(error.message)
        }
    }

    @discardableResult
    static func checkIfPresent(_ value: Int?, _ quantity: Quantity, field: String) throws(APIError) -> Int? {
        guard let value else { return nil }
        return try check(value, quantity, field: field)
    }
}
