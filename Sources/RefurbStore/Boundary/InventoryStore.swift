import Foundation
import RefurbCore

/// What the service and the command line ask of the store about lots and devices, whichever engine
/// keeps them: the embedded SQLite file (`AppDatabase`) or a shared PostgreSQL server
/// (`RefurbPostgres.PostgresStore`). docs/storage.md says why each engine has its own adapter behind
/// protocols rather than one SQL layer, and `Tests/StoreContractTests` holds both to the same cases.
///
/// The requirements are `async`: PostgreSQL answers over a socket. SQLite's adapter meets them with its
/// synchronous methods, which the service already runs on its own threads (`ThreadPoolExecutor`), so the
/// SQLite path pays nothing for the boundary.
public protocol InventoryStore: Sendable {
    /// Opens a lot for a donor (creating the donor on first sight), numbered within its year.
    func openLot(_ input: LotInput, receivedOn: String, actor: Actor, at date: Date) async throws -> Lot
    func lot(code: LotCode) async throws -> LotSummary?
    /// What happened to the lot itself, oldest first.
    func history(ofLot code: LotCode) async throws -> [Event]

    /// Records a received device with the next asset tag; a serial already recorded is refused with the
    /// device that has it, and nothing is created.
    func intake(_ input: IntakeInput, actor: Actor, at date: Date) async throws -> Device
    func device(tag: AssetTag) async throws -> Device?
    func device(serial: String) async throws -> Device?
    /// A device by what a person scanned or typed: its asset tag or its serial (`ScannedCode`, lot codes read
    /// as serials); one nobody has is refused naming what was scanned.
    func device(scanned input: String) async throws -> Device
    /// A lot code, an asset tag or a serial number, as a person scanned or typed it.
    func resolve(scan input: String) async throws -> ScanResolution
    /// The device's whole history, oldest first.
    func history(of tag: AssetTag) async throws -> [Event]

    /// The lifecycle's moves and the grade and price, each refused when the device changed since
    /// `expectedVersion` (nil: whatever the version is).
    func move(_ tag: AssetTag, to stage: Stage, reason: String?, expectedVersion: Int?,
              actor: Actor, at date: Date) async throws -> Device
    func setGrade(_ tag: AssetTag, to grade: Grade, expectedVersion: Int?, actor: Actor, at date: Date) async throws -> Device
    func setPrice(_ tag: AssetTag, to price: Money, expectedVersion: Int?, actor: Actor, at date: Date) async throws -> Device
    /// Grade and price in one change, as the shop gives them at the bench; refused once the device has left.
    func setGradeAndPrice(_ tag: AssetTag, grade: Grade, price: Money, expectedVersion: Int?,
                          actor: Actor, at date: Date) async throws -> Device
    /// Notes a repair (what was done, what the parts cost): an event, refused without words or once the
    /// device has left.
    func logRepair(_ tag: AssetTag, note: String, partsCents: Int?, actor: Actor, at date: Date) async throws -> Device

    /// Devices matching every criterion of the filter, by asset tag. Search words are prefixes of the
    /// words of the tag, serial, manufacturer and model, with case and accents ignored.
    func devices(matching filter: DeviceFilter) async throws -> [Device]
    /// How many counted devices are at each stage.
    func deviceCountsByStage() async throws -> [String: Int]
}

extension AppDatabase: InventoryStore {}
