import HostSystem

extension DiskTransport {
    /// The transport in the certificate's words (Schemas/erasure-certificate.schema.json, fixed since version 1):
    /// a plain SCSI disk and an unknown link are both "other" there, as the wipe named them before its
    /// classification and the probe's became one (HostSystem's `DiskTransport`).
    public var certificateName: String {
        switch self {
        case .scsi, .unknown: "other"
        default: rawValue
        }
    }

    /// The transport a certificate names; nil for a name its schema does not have.
    init?(certificateName name: String) {
        if name == "other" {
            self = .unknown
            return
        }
        guard let transport = DiskTransport(rawValue: name), transport.certificateName == name else { return nil }
        self = transport
    }
}

/// Keeps a certificate's `transport` a `DiskTransport` in Swift and writes it in the certificate's words
/// (`certificateName`), so that a certificate's JSON and signature are what they were.
@propertyWrapper
public struct CertificateTransport: Codable, Sendable, Equatable {
    public var wrappedValue: DiskTransport

    public init(wrappedValue: DiskTransport) {
        self.wrappedValue = wrappedValue
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let name = try container.decode(String.self)
        guard let transport = DiskTransport(certificateName: name) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "no transport is named \"\(name)\" in a certificate")
        }
        wrappedValue = transport
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wrappedValue.certificateName)
    }
}
