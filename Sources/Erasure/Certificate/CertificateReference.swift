/// What a person copies from a document to check a certificate: its ID and a fingerprint of its signed
/// content, the first 16 hex digits of the SHA-256 of the signed bytes (`Signature.recordSHA256`), in four
/// groups: `3f2a-91c0-77de-0b15`. The ID alone names the certificate; the fingerprint proves that the
/// document was made from that exact signed record (64 bits: not to be guessed by trying), so the check can
/// be open to the donor without opening the workshop's certificates to anyone who guesses an ID.
public struct CertificateReference: Hashable, Sendable {
    public let id: String
    public let fingerprint: String

    public init?(_ certificate: ErasureCertificate) {
        guard let hash = certificate.signature?.recordSHA256, let fingerprint = Self.fingerprint(ofRecordSHA256: hash) else { return nil }
        self.id = certificate.id
        self.fingerprint = fingerprint
    }

    /// The fingerprint of a record hash, or nil when the hash is not 64 hex digits.
    public static func fingerprint(ofRecordSHA256 hash: String) -> String? {
        let digits = hash.lowercased()
        guard digits.count == 64, digits.allSatisfy({ $0.isASCII && $0.isHexDigit }) else { return nil }
        let kept = Array(digits.prefix(16))
        return stride(from: 0, to: 16, by: 4).map { String(kept[$0..<$0 + 4]) }.joined(separator: "-")
    }

    /// A fingerprint as a person types it back (any case, with or without the dashes or spaces), in the
    /// written form, or nil when it is not 16 hex digits.
    public static func normalizedFingerprint(_ typed: String) -> String? {
        let digits = typed.lowercased().filter { $0 != "-" && $0 != " " }
        guard digits.count == 16, digits.allSatisfy({ $0.isASCII && $0.isHexDigit }) else { return nil }
        let kept = Array(digits)
        return stride(from: 0, to: 16, by: 4).map { String(kept[$0..<$0 + 4]) }.joined(separator: "-")
    }
}
