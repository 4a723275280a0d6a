import HTTPTypes
@testable import RefurbServer
import Testing

/// Which address the login throttle counts: the peer's, or behind a trusted proxy the client the proxy saw.
@Suite("Client address behind a proxy")
struct ClientAddressTests {
    func resolve(peer: String?, _ forwardedFor: [String], trusted: [String]) -> String? {
        var headers = HTTPFields()
        for value in forwardedFor { headers.append(HTTPField(name: ClientAddress.forwardedFor, value: value)) }
        return ClientAddress.resolve(peer: peer, headers: headers, trustedProxies: trusted)
    }

    @Test("without trusted proxies, or from a peer that is not one, X-Forwarded-For is ignored")
    func untrusted() {
        #expect(resolve(peer: "192.0.2.7", ["203.0.113.5"], trusted: []) == "192.0.2.7")
        #expect(resolve(peer: "192.0.2.7", ["203.0.113.5"], trusted: ["192.0.2.1"]) == "192.0.2.7")
        #expect(resolve(peer: nil, ["203.0.113.5"], trusted: ["192.0.2.1"]) == nil)
    }

    @Test("from a trusted proxy, the last hop that is not a trusted proxy; what the client wrote before it is not believed")
    func trusted() {
        let proxy = ["10.0.0.2"]
        #expect(resolve(peer: "10.0.0.2", ["203.0.113.5"], trusted: proxy) == "203.0.113.5")
        #expect(resolve(peer: "10.0.0.2", ["1.1.1.1, 203.0.113.5"], trusted: proxy) == "203.0.113.5")
        #expect(resolve(peer: "10.0.0.2", ["1.1.1.1", "203.0.113.5"], trusted: proxy) == "203.0.113.5", "two header lines are one list")
        // Two proxies in a row (a CDN, then Caddy): both are skipped.
        #expect(resolve(peer: "10.0.0.2", ["1.1.1.1, 203.0.113.5, 10.0.0.3"], trusted: ["10.0.0.2", "10.0.0.3"]) == "203.0.113.5")
        // Garbage where the proxy's hop should be: the proxy itself is counted.
        #expect(resolve(peer: "10.0.0.2", ["203.0.113.5, unknown"], trusted: proxy) == "10.0.0.2")
        #expect(resolve(peer: "10.0.0.2", [], trusted: proxy) == "10.0.0.2")
        #expect(resolve(peer: "10.0.0.2", ["2001:DB8::5"], trusted: proxy) == "2001:db8::5")
        #expect(resolve(peer: "::ffff:10.0.0.2", ["[2001:db8::5]:4431"], trusted: proxy) == "2001:db8::5")
    }

    @Test("a header of a megabyte costs only its last hops")
    func longHeader() {
        let long = Array(repeating: "198.51.100.1", count: 70_000).joined(separator: ",") + ", 203.0.113.5"
        #expect(resolve(peer: "10.0.0.2", [long], trusted: ["10.0.0.2"]) == "203.0.113.5")
    }

    @Test("addresses are read as addresses: forms that are the same address are equal, and anything else is refused")
    func addresses() {
        #expect(IPAddress("192.0.2.7")?.description == "192.0.2.7")
        #expect(IPAddress(" 192.0.2.7:8080 ")?.description == "192.0.2.7")
        #expect(IPAddress("::ffff:192.0.2.7") == IPAddress("192.0.2.7"))
        #expect(IPAddress("2001:0DB8:0::1") == IPAddress("2001:db8::1"))
        for text in ["", "proxy.example", "192.0.2", "192.0.2.256", "1.2.3.4.5", "unknown", "[2001:db8::1", String(repeating: "1", count: 100)] {
            #expect(IPAddress(text) == nil, "\(text)")
        }
    }
}
