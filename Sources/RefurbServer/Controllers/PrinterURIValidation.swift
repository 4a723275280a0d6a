import Printing

enum PrinterURIValidation {
    /// The address as Printing reads it, or a 422 that says what is wrong with it.
    static func check(_ uri: String) throws -> PrinterURI {
        do {
            return try PrinterURI(parsing: uri)
        } catch {
            throw APIError.unprocessable(error.message)
        }
    }
}
