/// Data a symbology cannot carry (a "€" in Code 128, too much for the largest QR code), with libzint's reason.
public struct BarcodeEncodingFailure: Error, Sendable, CustomStringConvertible {
    public let data: String
    public let reason: String

    public var description: String { "\(data): \(reason)" }
}
