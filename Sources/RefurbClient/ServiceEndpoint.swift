#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import RefurbCore

/// Where results go: the Refurb service's base address and this station's bearer token.
public struct ServiceEndpoint: Sendable {
    public let baseURL: URL
    public let token: String

    public init(baseURL: URL, token: String) {
        self.baseURL = baseURL
        self.token = token
    }

    /// Reads an address and a token as a person typed them (surrounding spaces are ignored).
    /// Refuses anything but an http(s) address with a host, and an empty token or one with spaces or control characters
    /// (it would not survive as an HTTP header).
    public static func parse(url: String, token: String) throws(ClientError) -> ServiceEndpoint {
        let text = url.trimmingSpaces()
        guard !text.isEmpty, let parsed = URL(string: text) else {
            throw ClientError("endpoint.badURL", text)
        }
        guard let scheme = parsed.scheme?.lowercased() else {
            throw ClientError("endpoint.badURL", text)
        }
        guard scheme == "http" || scheme == "https" else {
            throw ClientError("endpoint.badScheme", text)
        }
        guard let host = parsed.host, !host.isEmpty, parsed.query == nil, parsed.fragment == nil else {
            throw ClientError("endpoint.badURL", text)
        }
        let cleanToken = token.trimmingSpaces()
        guard !cleanToken.isEmpty else {
            throw ClientError("endpoint.emptyToken")
        }
        guard cleanToken.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F }) else {
            throw ClientError("endpoint.badToken")
        }
        return ServiceEndpoint(baseURL: parsed, token: cleanToken)
    }

    /// The address of `path` ("/api/devices/R000001L/diagnostics") under the base address, which may itself
    /// carry a path prefix ("https://atelier.example/refurb/").
    public func url(for path: String) -> URL? {
        var base = baseURL.absoluteString
        while base.hasSuffix("/") { base.removeLast() }
        let suffix = path.hasPrefix("/") ? path : "/" + path
        return URL(string: base + suffix)
    }
}
