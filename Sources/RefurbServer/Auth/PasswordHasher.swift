import HummingbirdBcrypt

/// bcrypt, run away from the threads that serve requests (BlockingWork): a hash takes a quarter of a second
/// at cost 12.
public struct PasswordHasher: Sendable {
    public let cost: UInt8

    public init(cost: UInt8 = 12) {
        self.cost = cost
    }

    public func hash(_ password: String) async -> String {
        let cost = self.cost
        return await BlockingWork.run { Bcrypt.hash(password, cost: cost) }
    }

    public func verify(_ password: String, hash: String) async -> Bool {
        await BlockingWork.run { Bcrypt.verify(password, hash: hash) }
    }

    /// The same hash without waiting, for the command line.
    public func hashNow(_ password: String) -> String {
        Bcrypt.hash(password, cost: cost)
    }
}
