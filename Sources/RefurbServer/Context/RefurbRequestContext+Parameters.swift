import Foundation
import Hummingbird
import RefurbCore

extension RefurbRequestContext {
    /// A path parameter that the route always has, percent-decoded: the router matches the address as it
    /// came (`/api/scan/AB%2F12` is one segment), and every handler reads the value a person typed
    /// (`AB/12`, `ABC 123`, `accueil 1`). Decoded here only, so that nothing decodes twice.
    /// An escape that is not one (`%ZZ`) or bytes that are not UTF-8 are a 400 naming the parameter.
    func parameter(_ name: String) throws -> String {
        guard let raw = parameters.get(name) else { throw APIError.badRequest(.init("api.parameterMissing", name)) }
        guard raw.utf8.contains(UInt8(ascii: "%")) else { return raw }
        guard let decoded = raw.removingPercentEncoding else {
            throw APIError.badRequest(.init("api.parameterMalformed", name, raw))
        }
        return decoded
    }
}
