import Foundation
import RefurbCore

/// An existing inventory brought in at once, on either engine.
public protocol ImportStore: Sendable {
    /// Imports devices with their histories in one transaction: all of them or, on any refusal (an unknown lot,
    /// a serial repeated in the import or already recorded, a history that does not start with its reception,
    /// an amount out of range), none. The stored stage, grade and price are those the history leads to.
    /// Returns the asset tags given, in the order of `devices`.
    @discardableResult
    func importDevices(_ devices: [ImportedDevice], actor: Actor, at date: Date) async throws -> [AssetTag]
}

extension AppDatabase: ImportStore {}
