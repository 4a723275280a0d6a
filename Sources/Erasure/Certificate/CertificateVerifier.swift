import Crypto
import Foundation
import RefurbCore

/// Checks a certificate file: strict parsing, the record hash, the Ed25519 signature over the canonical
/// form, and the shape of the certificate. With a trusted public key it also proves who signed it;
/// without one it can only check integrity against the key the file carries.
public enum CertificateVerifier {
    public enum Outcome: Sendable, Equatable {
        /// `trustedKey` is false when only the key embedded in the file was used.
        case valid(certificate: ErasureCertificate, keyID: String, trustedKey: Bool)
        case invalid(Failure)
    }

    public enum Failure: Sendable, Equatable {
        case malformed(String)
        case unsigned
        case unsupportedAlgorithm(String)
        /// The content changed after signing.
        case contentChanged
        /// Signed, but by a key other than the trusted one.
        case wrongKey(signedBy: String, expected: String)
        case badSignature
        case notACertificate(String)

        public var code: String {
            switch self {
            case .malformed: "malformed"
            case .unsigned: "unsigned"
            case .unsupportedAlgorithm: "unsupported-algorithm"
            case .contentChanged: "content-changed"
            case .wrongKey: "wrong-key"
            case .badSignature: "bad-signature"
            case .notACertificate: "not-a-certificate"
            }
        }
    }

    public static func verify(fileContent: Data, trustedKey: Curve25519.Signing.PublicKey?) -> Outcome {
        let tree: JSONValue
        do {
            tree = try StrictJSONParser.parse([UInt8](fileContent))
        } catch {
            return .invalid(.malformed(error.description))
        }
        guard let signature = tree["signature"], case .object(let members) = signature else { return .invalid(.unsigned) }
        // The signature block is outside the signed bytes, so it may hold nothing but its five fields.
        guard Set(members.keys) == ["algorithm", "keyId", "publicKey", "recordSHA256", "value"] else {
            return .invalid(.malformed("unexpected signature fields"))
        }
        guard signature["algorithm"]?.string == "Ed25519" else {
            return .invalid(.unsupportedAlgorithm(signature["algorithm"]?.string ?? "?"))
        }
        guard let embeddedKeyText = signature["publicKey"]?.string,
              let embeddedKeyData = Data(base64Encoded: embeddedKeyText),
              let embeddedKey = try? Curve25519.Signing.PublicKey(rawRepresentation: embeddedKeyData),
              embeddedKeyData.base64EncodedString() == embeddedKeyText,
              let signatureValue = signature["value"]?.string.flatMap({ Data(base64Encoded: $0) }),
              let recordHash = signature["recordSHA256"]?.string
        else { return .invalid(.malformed("incomplete signature block")) }

        let message = CertificateSigner.signedBytes(of: tree)
        let actualHash = SHA256.hash(data: message).map { String(format: "%02x", $0) }.joined()
        guard actualHash == recordHash else { return .invalid(.contentChanged) }

        let key = trustedKey ?? embeddedKey
        if let trustedKey, trustedKey.rawRepresentation != embeddedKey.rawRepresentation {
            // The file names another key: either another station signed it, or the key field was edited.
            return trustedKey.isValidSignature(signatureValue, for: message)
                ? .invalid(.contentChanged)
                : .invalid(.wrongKey(signedBy: StationKeyPair.keyID(of: embeddedKey), expected: StationKeyPair.keyID(of: trustedKey)))
        }
        guard key.isValidSignature(signatureValue, for: message) else { return .invalid(.badSignature) }
        guard signature["keyId"]?.string == StationKeyPair.keyID(of: key) else { return .invalid(.contentChanged) }

        do {
            let certificate = try JSONDecoder().decode(ErasureCertificate.self, from: fileContent)
            return .valid(certificate: certificate, keyID: StationKeyPair.keyID(of: key), trustedKey: trustedKey != nil)
        } catch {
            return .invalid(.notACertificate("\(error)"))
        }
    }
}
