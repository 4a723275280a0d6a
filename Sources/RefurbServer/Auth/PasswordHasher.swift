import Dispatch
import HummingbirdBcrypt

/// bcrypt, run on a dispatch queue: a hash takes a quarter of a second at cost 12, which must not hold
/// one of the few threads that serve requests.
public struct PasswordHasher: Sendable {
    public let cost: UInt8

    public init(cost: UInt8 = 12) {
        self.cost = cost
    }

    public func hash(_ password: String) async -> String {
        let cost = self.cost
        return await Self.offload { Bcrypt.hash(password, cost: cost) }
    }

    public func verify(_ password: String, hash: String) async -> Bool {
        await Self.offload { Bcrypt.verify(password, hash: hash) }
    }

    /// The same hash without waiting, for the command line.
    public func hashNow(_ password: String) -> String {
        Bcrypt.hash(password, cost: cost)
    }

    private static func offload<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async { continuation.resume(returning: work()) }
        }
    }
}
