import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
@testable import RefurbServer
import Testing

/// A method an address does not serve is a 405 that lists, in `Allow`, the methods it does; an address no route
/// has stays a 404.
@Suite("Methods an address does not serve")
struct MethodNotAllowedRouteTests {
    @Test("a known address with another method is a 405 with Allow, as problem details; an unknown address is a 404")
    func methodNotAllowed() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let trace = try await client.call(.trace, "/healthz", as: .admin, in: workshop)
            #expect(trace.status == .methodNotAllowed)
            #expect(trace.headers[.allow] == "GET")
            #expect(trace.headers[.contentType]?.hasPrefix("application/problem+json") == true)
            #expect(trace.json["status"] as? Int == 405)

            let lots = try await client.call(.delete, "/api/lots", as: .admin, in: workshop)
            #expect(lots.status == .methodNotAllowed)
            #expect(Set((lots.headers[.allow] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }) == ["GET", "POST"])

            // A parameter segment matches any value: the methods of /api/devices/{tag}/events are offered for any tag.
            let events = try await client.call(.delete, "/api/devices/R000001L/events", as: .admin, in: workshop)
            #expect(events.status == .methodNotAllowed)
            #expect(events.headers[.allow] == "GET")

            let unknown = try await client.call(.get, "/api/nothing-here", as: .admin, in: workshop)
            #expect(unknown.status == .notFound)
            #expect(unknown.headers[.allow] == nil)
            // Handlers' own 404s are left as they are.
            #expect(try await client.call(.get, "/api/devices/R000001L", as: .admin, in: workshop).status == .notFound)
        }
    }
}
