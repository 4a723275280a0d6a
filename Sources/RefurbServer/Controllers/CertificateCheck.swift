import Crypto
import Erasure
import Foundation
import RefurbCore
import RefurbStore

/// The answer to "is this certificate real?", asked with the reference printed on a donor report or a
/// certificate (`CertificateReference`): the certificate kept by the service under that ID, whose signed
/// content has that fingerprint, checked again against the key of the station that signed it. Anyone holding
/// the reference may ask, signed in or not (the donor has it on paper); an unknown ID and a wrong fingerprint
/// get the same answer, so that the check tells nothing to someone trying IDs.
struct CertificateCheck: Codable, Sendable {
    struct Drive: Codable, Sendable {
        let model: String?
        let serial: String?
    }

    let certificateId: String
    let fingerprint: String
    /// The signature holds, with the station key registered at the service for `keyId`.
    let signatureValid: Bool
    let keyId: String
    /// The station key is registered at the service (false: only the key the certificate carries was used).
    let stationKeyRegistered: Bool
    /// When the station key was revoked after signing, if it was: the certificate was signed before.
    let stationKeyRevokedAt: Date?
    /// "erased", "erased-with-exceptions" or "failed".
    let status: String
    let issuedAt: String
    let assetTag: String
    let drive: Drive

    static func check(id: String, fingerprint typed: String?, in database: any BenchRecordStore & StationKeyStore) async throws -> CertificateCheck {
        // A form's query writes a space as "+", which the router leaves as it is.
        guard let typed, let fingerprint = CertificateReference.normalizedFingerprint(typed.replacingOccurrences(of: "+", with: " ")) else {
            throw APIError.badRequest(Message("api.certificate.fingerprintMalformed"))
        }
        let notFound = APIError.notFound(Message("api.certificate.referenceNotFound", String(id.prefix(60)), fingerprint))
        guard let (assetTag, body) = try await database.certificate(id: id),
              let certificate = try? JSONDecoder().decode(ErasureCertificate.self, from: body),
              let reference = CertificateReference(certificate), reference.fingerprint == fingerprint else { throw notFound }
        let keyId = certificate.signature?.keyId ?? ""
        let stationKey = try await database.stationKeys().first { $0.keyId == keyId }
        let trusted = stationKey.flatMap { Data(base64Encoded: $0.publicKey) }
            .flatMap { try? Curve25519.Signing.PublicKey(rawRepresentation: $0) }
        let valid = if case .valid = CertificateVerifier.verify(fileContent: body, trustedKey: trusted) { true } else { false }
        let model = [certificate.drive.vendor, certificate.drive.model].compactMap { $0 }.joined(separator: " ")
        return CertificateCheck(
            certificateId: certificate.id, fingerprint: fingerprint, signatureValid: valid && trusted != nil, keyId: keyId,
            stationKeyRegistered: trusted != nil, stationKeyRevokedAt: stationKey?.revokedAt,
            status: certificate.result.status.rawValue, issuedAt: certificate.issuedAt, assetTag: assetTag,
            drive: Drive(model: model.isEmpty ? nil : model,
                         serial: certificate.drive.serial))
    }
}
