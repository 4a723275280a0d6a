import Foundation
import Testing
@testable import RefurbClient

@Suite struct ServiceEndpointTests {
    @Test func acceptsHTTPAndHTTPSAddressesAsTyped() throws {
        let plain = try ServiceEndpoint.parse(url: " http://192.168.1.10:8080 ", token: " abc123 \n")
        #expect(plain.baseURL.absoluteString == "http://192.168.1.10:8080")
        #expect(plain.token == "abc123")
        let secure = try ServiceEndpoint.parse(url: "HTTPS://atelier.example/refurb/", token: "t")
        #expect(secure.baseURL.host == "atelier.example")
    }

    @Test(arguments: ["ftp://atelier.example", "file:///etc/passwd", "mailto:a@b.c"])
    func refusesOtherSchemes(_ address: String) {
        #expect(throws: ClientError("endpoint.badScheme", address)) {
            try ServiceEndpoint.parse(url: address, token: "t")
        }
    }

    @Test(arguments: ["", "   ", "http://", "http://atelier.example/?x=1", "not a url at all"])
    func refusesAddressesThatAreNotServiceAddresses(_ address: String) {
        #expect(throws: ClientError.self) {
            try ServiceEndpoint.parse(url: address, token: "t")
        }
    }

    @Test func refusesAnEmptyTokenInBothLanguages() throws {
        let error = try #require(throws: ClientError.self) {
            try ServiceEndpoint.parse(url: "http://127.0.0.1:8080", token: "  \n")
        }
        #expect(error.key == "endpoint.emptyToken")
        #expect(error.french.contains("Jeton"))
        #expect(error.english.contains("token"))
    }

    @Test func refusesATokenThatCannotBeAHeader() {
        #expect(throws: ClientError("endpoint.badToken")) {
            try ServiceEndpoint.parse(url: "http://127.0.0.1:8080", token: "abc def")
        }
        #expect(throws: ClientError("endpoint.badToken")) {
            try ServiceEndpoint.parse(url: "http://127.0.0.1:8080", token: "abc\u{7}")
        }
    }

    @Test func joinsPathsUnderTheBaseAddressAndItsPrefix() throws {
        let bare = ServiceEndpoint(baseURL: URL(string: "http://h:1")!, token: "t")
        #expect(bare.url(for: "/api/devices/R000001L/diagnostics")?.absoluteString == "http://h:1/api/devices/R000001L/diagnostics")
        let prefixed = ServiceEndpoint(baseURL: URL(string: "https://h/refurb/")!, token: "t")
        #expect(prefixed.url(for: "/api/x")?.absoluteString == "https://h/refurb/api/x")
        #expect(prefixed.url(for: "api/x")?.absoluteString == "https://h/refurb/api/x")
    }
}
