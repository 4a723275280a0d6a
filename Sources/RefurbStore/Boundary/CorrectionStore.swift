import Foundation
import RefurbCore

/// What the office and the intake station put right, on either engine: a device's or a lot's recorded
/// fields corrected (each field that changes is a `corrected` event, with the old value, the new one, who
/// and why), and an intake scan made by mistake undone, from the list of a lot's scans.
public protocol CorrectionStore: Sendable {
    /// Corrects a device through the engine's one change path. `roles` are the corrector's (`CorrectionRule`
    /// limits them by stage and field); a serial another device has is refused naming that device, as is a
    /// correction that changes nothing or a device changed since `expectedVersion` (nil: whatever it is).
    func correct(_ tag: AssetTag, _ correction: DeviceCorrection, roles: Set<Role>, expectedVersion: Int?,
                 actor: Actor, at date: Date) async throws -> Device
    /// Corrects a lot's donor, donor type, site, declared count or weight: one `corrected` event on the lot per
    /// field that changes, and the lot's version goes up by as many. A caller that read an older version is
    /// refused (`correction.lotVersionConflict`).
    func correctLot(_ code: LotCode, _ correction: LotCorrection, expectedVersion: Int?,
                    actor: Actor, at date: Date) async throws -> LotSummary

    /// Undoes an intake scan made by mistake (`IntakeVoidRule`): the device is kept but counted nowhere, its
    /// serial freed, and an `intakeVoided` event says so. Returns the device as it was before.
    @discardableResult
    func voidIntake(_ tag: AssetTag, actor: Actor, at date: Date) async throws -> Device
    /// The devices scanned into a lot, newest first, with when and by whom (undone scans left out).
    func intakeScans(in lot: LotCode, limit: Int) async throws -> [IntakeScan]
}

extension AppDatabase: CorrectionStore {}
