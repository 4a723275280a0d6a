import Crypto
import Foundation
import RefurbCore

/// Signs certificates: the certificate without its `signature` member is put in canonical JSON, prefixed
/// with a domain tag so the signature can't be replayed on another kind of document, and signed with
/// Ed25519. Anyone can check it with the station's public key:
///     signed bytes = "refurb-erasure-certificate/v1\n" + canonical JSON (see `CanonicalJSON`)
public enum CertificateSigner {
    public static let domainPrefix = Array("refurb-erasure-certificate/v1\n".utf8)

    public static func signedBytes(of unsigned: JSONValue) -> [UInt8] {
        domainPrefix + CanonicalJSON.encode(unsigned.removing("signature"))
    }

    /// Returns the signed certificate as a JSON tree and as the pretty-printed file content.
    public static func sign(_ certificate: ErasureCertificate, with keys: StationKeyPair) throws -> (certificate: ErasureCertificate, fileContent: Data) {
        var unsigned = certificate
        unsigned.signature = nil
        let tree = try jsonTree(of: unsigned)
        let message = signedBytes(of: tree)
        let signature = try keys.privateKey.signature(for: message)
        unsigned.signature = ErasureCertificate.Signature(
            algorithm: "Ed25519",
            keyId: keys.keyID,
            publicKey: keys.publicKey.rawRepresentation.base64EncodedString(),
            recordSHA256: SHA256.hash(data: message).map { String(format: "%02x", $0) }.joined(),
            value: signature.base64EncodedString()
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var content = try encoder.encode(unsigned)
        content.append(UInt8(ascii: "\n"))
        return (unsigned, content)
    }

    /// The certificate as the strict parser sees it, so that signer and verifier canonicalise the same tree.
    static func jsonTree(of certificate: ErasureCertificate) throws -> JSONValue {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try StrictJSONParser.parse([UInt8](try encoder.encode(certificate)))
    }
}
