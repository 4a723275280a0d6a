import Foundation
import RefurbCore

/// What the wiping and diagnostic benches send, on either engine: the hardware report a device's
/// diagnosis produced, and the signed erasure certificate of each of its drives. Recording either one
/// also changes the device (its serial, maker and model when the report knows them and intake did not;
/// the events `diagnosticRecorded` and `erasureRecorded`), through the engine's one change path.
/// (Not named `CertificateStore`: that is Erasure's folder of the certificates a wiping station keeps, and
/// the service and the command line see both modules.)
public protocol BenchRecordStore: Sendable {
    /// Records a certificate against the device and drive it names. Sent again (a station's retry), it
    /// returns the device unchanged with `replayed`; one naming another device, already recorded for
    /// another device, or naming a drive the device's report does not list, is refused.
    func recordCertificate(_ certificate: IncomingCertificate, for tag: AssetTag,
                           actor: Actor, at date: Date) async throws -> (device: Device, replayed: Bool)
    /// The device's certificates, oldest first.
    func certificates(of tag: AssetTag) async throws -> [CertificateSummary]
    /// The signed certificate file as received, and the tag of its device.
    func certificate(id: String) async throws -> (assetTag: String, body: Data)?

    /// Records a report against a device. The same report sent again is `replayed` and adds nothing; one
    /// whose serial belongs to another device, or differs from the one scanned at intake, is refused, as
    /// is one for a device that has left the workshop.
    func recordReport(_ report: IncomingReport, for tag: AssetTag, actor: Actor, at date: Date) async throws -> ReportReceipt
    /// The latest report received for a device, as JSON.
    func latestReport(of tag: AssetTag) async throws -> Data?

    /// A person's word on a drive or on the device's storage, where no certificate will come: a drive taken
    /// out and physically destroyed, a device that holds no storage at all, and where a removable medium
    /// found plugged in went (with its reason: one the report did not find, or an empty reason, is refused).
    func recordStorageDestroyed(_ tag: AssetTag, storage: String, note: String?, actor: Actor, at date: Date) async throws -> Device
    func confirmNoStorage(_ tag: AssetTag, note: String?, actor: Actor, at date: Date) async throws -> Device
    func setRemovableMedia(_ tag: AssetTag, storage: String, disposition: RemovableMediaDisposition, reason: String,
                           actor: Actor, at date: Date) async throws -> Device
}

extension AppDatabase: BenchRecordStore {}
