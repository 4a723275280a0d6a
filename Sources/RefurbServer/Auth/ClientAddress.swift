#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import HTTPTypes

/// The address a request comes from, as the login throttle counts it.
///
/// Behind a reverse proxy (Caddy, nginx) every request comes from the proxy, so the throttle would lump
/// everyone together; the proxy says who its client was in `X-Forwarded-For`. That header is written by
/// whoever sends the request, so it is believed only when the peer is one of the configured trusted
/// proxies (`refurb serve --trusted-proxy`), and then only its last hop that is not itself a trusted
/// proxy: the hops to the left of it were written by the client and prove nothing.
enum ClientAddress {
    static let forwardedFor = HTTPField.Name("X-Forwarded-For")!
    /// Hops read from the right of the header at most; a proxy chain is never this long.
    static let maximumHops = 16

    /// `peer` is the address of the connection; `trustedProxies` the configured addresses.
    static func resolve(peer: String?, headers: HTTPFields, trustedProxies: [String]) -> String? {
        guard let peer else { return nil }
        let peerAddress = IPAddress(peer)
        guard !trustedProxies.isEmpty, let peerAddress else { return peerAddress?.description ?? peer }
        let trusted = Set(trustedProxies.compactMap(IPAddress.init))
        guard trusted.contains(peerAddress) else { return peerAddress.description }
        // Several header lines are one list, in order.
        let hops = headers[values: forwardedFor].joined(separator: ",").split(separator: ",").suffix(maximumHops)
        var client = peerAddress
        for hop in hops.reversed() {
            // A hop that is not an address (garbage, "unknown") ends the walk: what is left of it
            // cannot be told apart from what a client made up.
            guard let address = IPAddress(String(hop)) else { break }
            client = address
            if !trusted.contains(address) { break }
        }
        return client.description
    }
}

/// An IPv4 or IPv6 address read from text, compared by its bytes: `::ffff:10.0.0.1` is `10.0.0.1`,
/// and `2001:DB8::1` is `2001:db8::1`.
public struct IPAddress: Hashable, Sendable, CustomStringConvertible {
    /// 4 bytes for IPv4, 16 for IPv6.
    let bytes: [UInt8]

    /// Reads `192.0.2.7`, `2001:db8::7`, `[2001:db8::7]`, and forgives a port after an IPv4 address or
    /// a bracketed IPv6 one (`192.0.2.7:4431`, `[2001:db8::7]:4431`) and white space around.
    public init?(_ text: String) {
        var text = Substring(text)
        while text.first == " " || text.first == "\t" { text = text.dropFirst() }
        while text.last == " " || text.last == "\t" { text = text.dropLast() }
        guard !text.isEmpty, text.utf8.count <= 64 else { return nil }
        if text.first == "[" {
            guard let close = text.firstIndex(of: "]") else { return nil }
            text = text[text.index(after: text.startIndex)..<close]
        } else if text.filter({ $0 == ":" }).count == 1, let colon = text.firstIndex(of: ":") {
            text = text[..<colon]
        }
        var v4 = in_addr()
        if inet_pton(AF_INET, String(text), &v4) == 1 {
            bytes = withUnsafeBytes(of: &v4) { Array($0) }
            return
        }
        var v6 = in6_addr()
        guard inet_pton(AF_INET6, String(text), &v6) == 1 else { return nil }
        let all = withUnsafeBytes(of: &v6) { Array($0) }
        // An IPv4 client reaching an IPv6 socket shows up as ::ffff:a.b.c.d.
        if all.prefix(10).allSatisfy({ $0 == 0 }), all[10] == 0xFF, all[11] == 0xFF {
            bytes = Array(all.suffix(4))
        } else {
            bytes = all
        }
    }

    public var description: String {
        if bytes.count == 4 { return bytes.map(String.init).joined(separator: ".") }
        var address = in6_addr()
        withUnsafeMutableBytes(of: &address) { $0.copyBytes(from: bytes) }
        var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        guard inet_ntop(AF_INET6, &address, &buffer, socklen_t(buffer.count)) != nil else { return "?" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
