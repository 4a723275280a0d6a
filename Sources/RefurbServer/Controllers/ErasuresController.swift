import Crypto
import Erasure
import Foundation
import Hummingbird
import RefurbCore
import RefurbStore
import RefurbWire

/// Signed erasure certificates from `refurb wipe --submit`, checked against the station keys an admin
/// registered, and served back as the signed JSON or a PDF for people. A certificate ends its drive's wipe on
/// the board of live progress (`WipeProgressController`): done or failed as the certificate says, or refused,
/// with the service's reason, when it is not taken.
struct ErasuresController {
    let state: ServiceState
    let progress: WipeProgressBoard

    struct Receipt: Codable, Sendable {
        let device: DeviceView
        let certificateId: String
        let storage: String
        let passed: Bool
        let replayed: Bool
    }

    /// Only the key id is read before the signature is checked.
    private struct SignedBy: Decodable {
        struct Signature: Decodable { let keyId: String }
        let signature: Signature?
    }

    func register(on routes: APIRoutes) {
        routes.add(.post, "/api/devices/{tag}/erasures", .permission(.submitErasure)) { request, context in
            let tag = try DevicesController.tag(context)
            let data = Data(try await request.body.collect(upTo: context.maxUploadSize).readableBytesView)
            do {
                return try await record(data, for: tag, context: context)
            } catch {
                await refused(data, for: tag, because: error)
                throw error
            }
        }
        routes.add(.get, "/api/devices/{tag}/erasures", .signedIn) { _, context in
            JSONResponse(try await state.database.certificates(of: try DevicesController.tag(context)))
        }
        routes.add(.get, "/api/certificates/{id}", .signedIn) { _, context in
            let (_, body) = try await found(context)
            return BytesResponse(bytes: Array(body), contentType: "application/json; charset=utf-8")
        }
        // Open: the donor checks the reference printed on the report (see `CertificateCheck`).
        routes.add(.get, "/api/certificates/{id}/verification", .open) { request, context in
            let fingerprint = request.uri.queryParameters["fingerprint"].map(String.init)
            return JSONResponse(try await CertificateCheck.check(id: try context.parameter("id"), fingerprint: fingerprint, in: state.database))
        }
        routes.add(.get, "/api/certificates/{id}/pdf", .signedIn) { _, context in
            let (id, body) = try await found(context)
            let certificate = try JSONDecoder().decode(ErasureCertificate.self, from: body)
            let language = context.language
            return BytesResponse(bytes: try await BlockingWork.run { try Self.pdf(certificate, language: language) },
                                 contentType: "application/pdf",
                                 fileName: "certificat-\(id).pdf")
        }
    }

    private func record(_ data: Data, for tag: AssetTag, context: RefurbRequestContext) async throws -> JSONResponse<Receipt> {
        guard let keyId = (try? JSONDecoder().decode(SignedBy.self, from: data))?.signature?.keyId else {
            throw APIError.badRequest(Message("api.certificate.unsigned"))
        }
        guard let registered = try await state.database.trustedStationKey(keyId: keyId),
              let raw = Data(base64Encoded: registered.publicKey),
              let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw) else {
            throw APIError.unprocessable(Message("api.certificate.unknownKey", keyId))
        }
        let certificate: ErasureCertificate
        switch CertificateVerifier.verify(fileContent: data, trustedKey: key) {
        case .valid(let verified, _, _): certificate = verified
        case .invalid(let failure): throw APIError.unprocessable(Message("api.certificate.invalid", failure.code))
        }
        let incoming = IncomingCertificate(id: certificate.id, assetTag: certificate.source.assetTag,
                                           driveSerial: DriveKey(certified: certificate.drive).text,
                                           passed: certificate.result.status == .erased, keyId: keyId, body: data)
        let (device, replayed) = try await state.database.recordCertificate(incoming, for: tag, actor: try context.actor(), at: Date())
        progress.end(tag: tag.text, drive: incoming.driveSerial,
                     as: .certified(id: certificate.id, passed: incoming.passed, reasons: certificate.result.reasons),
                     update: Self.shownUpdate(certificate, drive: incoming.driveSerial))
        return JSONResponse(Receipt(device: DeviceView(device), certificateId: certificate.id,
                                    storage: SerialNumber.key(for: incoming.driveSerial), passed: incoming.passed, replayed: replayed),
                            status: replayed ? .ok : .created)
    }

    /// A certificate the service would not take ends its drive's wipe on the board as refused, with the reason the
    /// station was given, when it names an existing device and a drive (read without trusting it: it is only shown).
    /// What the board cannot place (no such device, no drive, a body that is no certificate) stays off it.
    private func refused(_ data: Data, for tag: AssetTag, because error: any Error) async {
        let status = ProblemMiddleware.problem(for: error, language: .fallback).0.status
        guard (400..<500).contains(status), status != 404,
              let certificate = try? JSONDecoder().decode(ErasureCertificate.self, from: data),
              case let drive = DriveKey(certified: certificate.drive).text,
              let update = try? Self.shownUpdate(certificate, drive: drive).checked(),
              (try? await state.database.device(tag: tag)) != nil else { return }
        let reason = WipeProgressBoard.Reason { ProblemMiddleware.problem(for: error, language: $0).0.detail }
        progress.end(tag: tag.text, drive: update.drive, as: .refused(reason), update: update)
    }

    /// The figures a certificate gives the board when its drive had no progress there: the whole drive, done.
    static func shownUpdate(_ certificate: ErasureCertificate, drive: String) -> WipeProgressUpdate {
        let size = Int64(clamping: certificate.drive.visibleCapacityBytes)
        return WipeProgressUpdate(drive: drive, bytesDone: size, bytesTotal: size, pass: nil, passes: nil,
                                  bytesPerSecond: nil, phase: "done")
    }

    private func found(_ context: RefurbRequestContext) async throws -> (String, Data) {
        let id = try context.parameter("id")
        guard let (_, body) = try await state.database.certificate(id: id) else {
            throw APIError.notFound(Message("api.certificate.notFound", id))
        }
        return (id, body)
    }

    static func pdf(_ certificate: ErasureCertificate, language: Language) throws -> [UInt8] {
        let path = NSTemporaryDirectory() + "refurb-certificate-" + UUID().uuidString + ".pdf"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try CertificatePDFRenderer(language: language, timeZone: WorkshopClock.timeZone).render(certificate, to: path)
        return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }
}
