import Foundation
@testable import RefurbServer
import Testing

/// The throttle on its own, with the clock given: what is counted, when it refuses, and how much it keeps.
@Suite("Login throttle")
struct LoginThrottleTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    func attempt(_ throttle: LoginThrottle, _ name: String, from address: String? = "192.0.2.1", at date: Date) -> LoginThrottle.Attempt? {
        if case .proceed(let attempt) = throttle.reserve(username: name, address: address, now: date) { return attempt }
        return nil
    }

    func wait(_ throttle: LoginThrottle, _ name: String, from address: String? = "192.0.2.1", at date: Date) -> Int? {
        if case .wait(let seconds) = throttle.reserve(username: name, address: address, now: date) { return seconds }
        return nil
    }

    @Test("an attempt counts from the moment it is reserved: with five under way, a sixth must wait")
    func reservedAttemptsCount() throws {
        let throttle = LoginThrottle()
        let underWay = (0..<5).compactMap { _ in attempt(throttle, "camille", at: start) }
        #expect(underWay.count == 5)
        #expect(wait(throttle, "camille", at: start) == 1, "five are being checked: the sixth is not")
        #expect(attempt(throttle, "dominique", at: start) != nil, "another name from the same address is not held up")
        // All five fail: the name is blocked for 30 s from this address.
        for reserved in underWay { throttle.settle(reserved, succeeded: false, now: start) }
        #expect(wait(throttle, "camille", at: start.addingTimeInterval(1)) == 29)
        #expect(attempt(throttle, "camille", from: "192.0.2.2", at: start.addingTimeInterval(1)) != nil)
    }

    @Test("a success clears the name's failures and gives the address its attempt back")
    func successClears() throws {
        let throttle = LoginThrottle()
        for second in 0..<4 {
            throttle.settle(try #require(attempt(throttle, "camille", at: start + Double(second))), succeeded: false, now: start + Double(second))
        }
        throttle.settle(try #require(attempt(throttle, "camille", at: start + 5)), succeeded: true, now: start + 5)
        for second in 6..<10 {
            throttle.settle(try #require(attempt(throttle, "camille", at: start + Double(second))), succeeded: false, now: start + Double(second))
        }
        #expect(attempt(throttle, "camille", at: start + 11) != nil, "four failures since the success: one more may be tried")
        // A shared till signing in all day is never blocked by its own successes.
        let till = LoginThrottle()
        for second in 0..<100 {
            let now = start + Double(second)
            till.settle(try #require(attempt(till, "vendeur\(second % 7)", from: "192.0.2.9", at: now)), succeeded: true, now: now)
        }
        #expect(till.recordCount == 0)
    }

    @Test("after a wait lapses, one attempt at a time; each further failure doubles the wait")
    func growingWait() throws {
        let throttle = LoginThrottle()
        var now = start
        for _ in 0..<5 { throttle.settle(try #require(attempt(throttle, "camille", at: now)), succeeded: false, now: now) }
        #expect(wait(throttle, "camille", at: now) == 30)
        var waits: [Int] = []
        for _ in 0..<4 {
            now += Double(wait(throttle, "camille", at: now) ?? 0)
            let one = try #require(attempt(throttle, "camille", at: now))
            #expect(wait(throttle, "camille", at: now) == 1, "only one attempt after a lapsed wait")
            throttle.settle(one, succeeded: false, now: now)
            waits.append(wait(throttle, "camille", at: now) ?? 0)
        }
        #expect(waits == [60, 120, 240, 480])
    }

    @Test("twenty failures from one address block it for every name; failures older than the window are forgotten")
    func perAddress() throws {
        let throttle = LoginThrottle()
        for number in 0..<20 {
            throttle.settle(try #require(attempt(throttle, "name\(number)", at: start)), succeeded: false, now: start)
        }
        #expect(wait(throttle, "someone-else", at: start + 1) == 29)
        #expect(attempt(throttle, "someone-else", from: "192.0.2.3", at: start + 1) != nil)
        #expect(attempt(throttle, "someone-else", at: start + 15 * 60) != nil)
    }

    @Test("100,000 names from 100,000 addresses, some of a megabyte: the records stay under the cap, the newest kept")
    func boundedRecords() throws {
        let throttle = LoginThrottle()
        let long = String(repeating: "x", count: 1_000_000)
        for number in 0..<100_000 {
            let now = start + Double(number) / 100
            let name = number % 1_000 == 0 ? long + String(number) : "name\(number)"
            let address = "10.\(number >> 16 & 255).\(number >> 8 & 255).\(number & 255)"
            throttle.settle(try #require(attempt(throttle, name, from: address, at: now)), succeeded: false, now: now)
        }
        #expect(throttle.recordCount <= throttle.limits.capacity)
        #expect(throttle.recordCount > throttle.limits.capacity / 2, "recent records are kept")
        // The last name still has its failure counted: four more and it is blocked.
        let last = start + 1_000
        for _ in 0..<4 {
            throttle.settle(try #require(attempt(throttle, "name99999", from: "10.1.134.159", at: last)), succeeded: false, now: last)
        }
        #expect(wait(throttle, "name99999", from: "10.1.134.159", at: last) == 30)
    }

    @Test("names differing only in case are one name; a name's length does not matter to the count")
    func nameKeys() throws {
        let throttle = LoginThrottle()
        for name in ["Camille", "CAMILLE", "camille", "cAmIlLe", "camillE"] {
            throttle.settle(try #require(attempt(throttle, name, at: start)), succeeded: false, now: start)
        }
        #expect(wait(throttle, "camille", at: start) == 30)
        #expect(attempt(throttle, String(repeating: "camille", count: 100_000), at: start) != nil)
    }
}
