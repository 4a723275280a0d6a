/// The result of wiping one disk: the signed certificate and where its files are.
public struct WipeOutcome: Sendable {
    public var certificate: ErasureCertificate
    public var jsonPath: String
    public var pdfPath: String
}
