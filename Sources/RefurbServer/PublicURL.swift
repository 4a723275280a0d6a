import Foundation

/// The base address people type to reach the service, such as `https://atelier.example.org`: set when a
/// reverse proxy (Caddy, nginx) answers in front of it, with TLS. The service listens on plain HTTP behind
/// it and cannot see the proxy's TLS, so this is how it knows that browsers use https.
public struct PublicURL: Sendable, Equatable, CustomStringConvertible {
    public let url: URL

    /// Nil unless `text` is an absolute http or https address with a host, and no query or fragment.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let components = URLComponents(string: trimmed),
              let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = components.host, !host.isEmpty, components.query == nil, components.fragment == nil,
              let url = components.url else { return nil }
        self.url = url
    }

    public var isHTTPS: Bool { url.scheme?.lowercased() == "https" }

    public var description: String { url.absoluteString }
}
