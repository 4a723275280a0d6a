import Foundation
import Hummingbird
import RefurbCore
import RefurbStore

/// Undoing an intake scan made by mistake: the intake station's "undo the last scan".
struct IntakeVoidController {
    let state: ServiceState

    /// What was undone: the tag, never to be issued again, and the serial, free to be scanned again.
    struct VoidedIntake: Codable, Sendable {
        let assetTag: String
        let lot: String
        let serial: String?
        let voided: Bool
    }

    func register(on routes: APIRoutes) {
        routes.add(.post, "/api/devices/{tag}/void", .permission(.intake)) { _, context in
            let tag = try DevicesController.tag(context)
            let device = try await state.database.voidIntake(tag, actor: try context.actor(), at: Date())
            return JSONResponse(VoidedIntake(assetTag: device.assetTag.text, lot: device.lotCode.text,
                                             serial: device.serial?.text, voided: true))
        }
    }
}
