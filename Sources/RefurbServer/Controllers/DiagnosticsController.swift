import Crypto
import Diagnostics
import Foundation
import Hummingbird
import RefurbCore
import RefurbStore
import RefurbWire

/// Hardware reports from `refurb probe --submit`. The report's firmware serial is matched to the
/// serial scanned at intake, or becomes it when intake had none.
struct DiagnosticsController {
    let state: ServiceState

    struct Receipt: Codable, Sendable {
        let device: DeviceView
        let reportId: Int64
        /// matched, linked or not-in-report.
        let serialCheck: String
        /// The drives the report found, as certificates must name them.
        let storage: [String]
        /// The removable media the report found plugged in (USB sticks, card readers): not the device's drives.
        let removable: [String]
        let replayed: Bool
    }

    func register(on routes: APIRoutes) {
        routes.add(.post, "/api/devices/{tag}/diagnostics", .permission(.submitDiagnostics)) { request, context in
            let tag = try DevicesController.tag(context)
            let body = try await request.body.collect(upTo: context.maxUploadSize)
            let data = Data(body.readableBytesView)
            let report: HardwareReport
            do {
                report = try HardwareReport.decode(from: data)
            } catch let error as DecodingError {
                throw APIError.badRequest(StrictJSONRequestDecoder.describe(error))
            }
            guard report.schemaVersion == HardwareReport.currentSchemaVersion else {
                throw APIError.unprocessable(Message("api.report.schemaVersion", String(report.schemaVersion),
                                                     String(HardwareReport.currentSchemaVersion)))
            }
            // The body is stored as sent and served back: it must be what the schema promises (an empty serial,
            // a field the schema does not know), not only what decoding tolerates.
            guard let parsed = try? JSONParser.parse(Array(data)) else { throw APIError.badRequest(Message("api.body.malformed")) }
            if let violation = HardwareReportSchema.validator.violations(in: parsed).first {
                throw APIError.badRequest(Message("api.report.schema", violation.path, violation.keyword))
            }
            // A USB stick or card reader is not one of the device's drives: kept apart, it never holds the erasure back.
            let storage = report.storage.filter { !$0.isRemovableMedia }.map(DriveKey.init(reported:)).map(\.text)
            let removable = report.storage.filter(\.isRemovableMedia).map(DriveKey.init(reported:)).map(\.text)
            let incoming = IncomingReport(
                body: data, sha256: SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined(),
                systemSerial: report.system.serialNumber, manufacturer: report.system.manufacturer,
                model: report.system.model, storageSerials: storage, removableSerials: removable)
            let receipt: ReportReceipt
            do {
                receipt = try await state.database.recordReport(incoming, for: tag, actor: try context.actor(), at: Date())
            } catch StoreError.conflict(let message) where message.key == "store.reportSerialMismatch" {
                // The bench page offers the report's serial as the correction of the intake serial.
                if let serial = report.system.serialNumber { state.refusedReportSerials.remember(serial, for: tag) }
                throw StoreError.conflict(message)
            }
            return JSONResponse(Receipt(device: DeviceView(receipt.device), reportId: receipt.reportId,
                                        serialCheck: receipt.serialCheck.rawValue, storage: storage.map(SerialNumber.key(for:)),
                                        removable: removable.map(SerialNumber.key(for:)), replayed: receipt.replayed),
                                status: receipt.replayed ? .ok : .created)
        }
        routes.add(.get, "/api/devices/{tag}/diagnostics", .signedIn) { _, context in
            let tag = try DevicesController.tag(context)
            guard let body = try await state.database.latestReport(of: tag) else {
                throw APIError.notFound(Message("api.report.none", tag.text))
            }
            return BytesResponse(bytes: Array(body), contentType: "application/json; charset=utf-8")
        }
    }
}
