import Foundation
@testable import RefurbClient

/// A stand-in for the Refurb service's submission endpoints on top of `StubHTTPServer`: checks the bearer token,
/// and honours `Idempotency-Key` as the real service does (a repeated key gets the first answer again, with
/// `Idempotent-Replayed: true`, and is not processed twice). Each request follows the next step of `plan`;
/// once the plan is used up, every request is served normally.
final class FakeService: @unchecked Sendable {
    enum Behavior: Sendable {
        case normal
        /// Processed (stored) as normal, but the connection closes before the answer: the client never hears of it.
        case loseReply
        /// 503 with problem details; nothing processed.
        case unavailable
        /// A refusal with problem details; nothing processed.
        case refuse(status: Int, title: String, detail: String?)
        /// Fires `arrived` when the request is in, then waits for `gate` before serving it normally.
        case holdThenNormal(arrived: Signal, gate: Gate)
    }

    struct State {
        var plan: [Behavior]
        var answers: [String: Data] = [:]
        /// Idempotency keys in the order the service first processed them: each delivery counts once here.
        var processedKeys: [String] = []
        var bodies: [String: Data] = [:]
    }

    let token: String
    let server: StubHTTPServer
    private let state: Locked<State>

    init(token: String = "jeton-de-test", plan: [Behavior] = []) throws {
        let state = Locked(State(plan: plan))
        self.state = state
        self.token = token
        server = try StubHTTPServer { request in
            let behavior = state.withValue { $0.plan.isEmpty ? Behavior.normal : $0.plan.removeFirst() }
            return FakeService.handle(request, behavior: behavior, token: token, state: state)
        }
    }

    var endpoint: ServiceEndpoint { ServiceEndpoint(baseURL: server.baseURL, token: token) }
    var requests: [StubRequest] { server.requests }
    var processedKeys: [String] { state.current.processedKeys }
    func body(forKey key: String) -> Data? { state.current.bodies[key] }

    func requests(withKey key: String) -> [StubRequest] {
        requests.filter { $0.header("Idempotency-Key") == key }
    }

    /// Adds steps to the plan (used when a test changes the service's mood between two calls).
    func then(_ behaviors: Behavior...) {
        state.withValue { $0.plan.append(contentsOf: behaviors) }
    }

    func stop() { server.stop() }

    private static func handle(_ request: StubRequest, behavior: Behavior, token: String, state: Locked<State>) -> StubAction {
        guard request.header("Authorization") == "Bearer \(token)" else {
            return .respond(.problem(401, title: "Unauthorized", detail: "Jeton d'accès inconnu."))
        }
        guard let key = request.header("Idempotency-Key"), !key.isEmpty else {
            return .respond(.problem(400, title: "Bad Request", detail: "Idempotency-Key manquant."))
        }
        switch behavior {
        case .normal:
            return .respond(process(request, key: key, state: state))
        case .loseReply:
            _ = process(request, key: key, state: state)
            return .closeWithoutAnswer
        case .unavailable:
            return .respond(.problem(503, title: "Service Unavailable", detail: "Maintenance en cours."))
        case .refuse(let status, let title, let detail):
            return .respond(.problem(status, title: title, detail: detail))
        case .holdThenNormal(let arrived, let gate):
            let response = process(request, key: key, state: state)
            arrived.fire()
            return .after(gate, .respond(response))
        }
    }

    private static func process(_ request: StubRequest, key: String, state: Locked<State>) -> StubResponse {
        state.withValue { current in
            if let answer = current.answers[key] {
                return .json(201, String(decoding: answer, as: UTF8.self), headers: [("Idempotent-Replayed", "true")])
            }
            let answer = Data(#"{"received":"\#(key)","number":\#(current.processedKeys.count + 1)}"#.utf8)
            current.answers[key] = answer
            current.processedKeys.append(key)
            current.bodies[key] = request.body
            return .json(201, String(decoding: answer, as: UTF8.self))
        }
    }
}
