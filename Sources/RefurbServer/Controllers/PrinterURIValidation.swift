import Printing

enum PrinterURIValidation {
    /// The address as Printing reads it, or a 422 that says what is wrong with it: checked when a printer is
    /// saved and again before it prints. A `file:` address must be one the service's `files` access allows
    /// (`refurb serve --file-printers DIR`).
    static func check(_ uri: String, files: FilePrinterAccess) throws -> PrinterURI {
        do {
            let parsed = try PrinterURI(parsing: uri)
            try files.check(parsed)
            return parsed
        } catch {
            throw APIError.unprocessable(error.message)
        }
    }
}
