import Crypto
import Foundation

/// Ed25519 keys in the standard PEM wrappings (RFC 8410): the DER prefixes below are fixed for
/// Ed25519, followed by the 32 raw key bytes.
public enum PEM {
    /// SEQUENCE { SEQUENCE { OID 1.3.101.112 }, BIT STRING (0 unused bits) }
    static let publicKeyPrefix: [UInt8] = [0x30, 0x2A, 0x30, 0x05, 0x06, 0x03, 0x2B, 0x65, 0x70, 0x03, 0x21, 0x00]
    /// SEQUENCE { INTEGER 0, SEQUENCE { OID 1.3.101.112 }, OCTET STRING { OCTET STRING } }
    static let privateKeyPrefix: [UInt8] = [0x30, 0x2E, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2B, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20]

    public static func publicKey(_ key: Curve25519.Signing.PublicKey) -> String {
        wrap(publicKeyPrefix + Array(key.rawRepresentation), label: "PUBLIC KEY")
    }

    static func privateKey(_ key: Curve25519.Signing.PrivateKey) -> String {
        wrap(privateKeyPrefix + Array(key.rawRepresentation), label: "PRIVATE KEY")
    }

    public static func parsePublicKey(_ text: String) -> Curve25519.Signing.PublicKey? {
        guard let der = unwrap(text, label: "PUBLIC KEY"), der.count == 44, Array(der.prefix(12)) == publicKeyPrefix else { return nil }
        return try? Curve25519.Signing.PublicKey(rawRepresentation: der.suffix(32))
    }

    static func parsePrivateKey(_ text: String) -> Curve25519.Signing.PrivateKey? {
        guard let der = unwrap(text, label: "PRIVATE KEY"), der.count == 48, Array(der.prefix(16)) == privateKeyPrefix else { return nil }
        return try? Curve25519.Signing.PrivateKey(rawRepresentation: der.suffix(32))
    }

    private static func wrap(_ der: [UInt8], label: String) -> String {
        let base64 = Data(der).base64EncodedString(options: [.lineLength64Characters])
        return "-----BEGIN \(label)-----\n\(base64)\n-----END \(label)-----\n"
    }

    private static func unwrap(_ text: String, label: String) -> [UInt8]? {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let start = lines.firstIndex(of: "-----BEGIN \(label)-----"),
              let end = lines.firstIndex(of: "-----END \(label)-----"), start < end else { return nil }
        return Data(base64Encoded: lines[(start + 1)..<end].joined()).map { [UInt8]($0) }
    }
}
