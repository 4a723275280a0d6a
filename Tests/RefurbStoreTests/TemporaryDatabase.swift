import Foundation
import RefurbCore
@testable import RefurbStore

/// A fresh database file in its own temporary folder, removed when the test ends.
final class TemporaryDatabase: Sendable {
    let folder: URL
    let path: String
    let database: AppDatabase

    static let actor = Actor(user: "test", station: "tests")

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("refurb-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent("refurb.sqlite").path
        database = try AppDatabase.open(path: path)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    func reopen() throws -> AppDatabase { try AppDatabase.open(path: path) }

    @discardableResult
    func openLot(donor: String = "Mairie de Rennes") throws -> Lot {
        try database.openLot(LotInput(donorName: donor, declaredCount: 10, weightKilograms: "48,5"),
                             receivedOn: "2026-11-28", actor: Self.actor, at: Date())
    }

    func intake(lot: LotCode, serial: String? = nil, category: String = "laptop") throws -> Device {
        try database.intake(IntakeInput(lot: lot.text, category: category, serial: serial, manufacturer: "Lenovo",
                                        model: "ThinkPad T480"), actor: Self.actor, at: Date())
    }
}
