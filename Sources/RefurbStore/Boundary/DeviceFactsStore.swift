import Foundation
import RefurbCore

/// What the lifecycle's rules know about a device (`LifecycleFacts`), replayed from its history the same way
/// on either engine (`EventReplay`): the bench, the shop and the wipe board ask it before offering a move.
public protocol DeviceFactsStore: Sendable {
    /// The facts of the device's whole history; those of an empty history for a tag nobody has.
    func facts(for tag: AssetTag) async throws -> LifecycleFacts
}

extension AppDatabase: DeviceFactsStore {}
