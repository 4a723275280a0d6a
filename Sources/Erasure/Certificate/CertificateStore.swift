import Foundation
import RefurbCore

/// Writes each certificate as `<id>.json` (the signed record) and `<id>.pdf` (for the donor) in the
/// certificate folder (default ./certificates).
public struct CertificateStore: Sendable {
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    public struct Written: Sendable, Equatable {
        public var jsonPath: String
        public var pdfPath: String
    }

    public func write(_ certificate: ErasureCertificate, signedContent: Data, language: Language) throws -> Written {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let jsonPath = directory + "/" + certificate.id + ".json"
        let pdfPath = directory + "/" + certificate.id + ".pdf"
        guard FileManager.default.createFile(atPath: jsonPath, contents: signedContent) else {
            throw StationKeyError.cannotWrite(jsonPath)
        }
        try CertificatePDFRenderer(language: language).render(certificate, to: pdfPath)
        return Written(jsonPath: jsonPath, pdfPath: pdfPath)
    }
}
