/// A document Cairo could not draw, with Cairo's reason.
public struct PDFRenderFailure: Error, Sendable, CustomStringConvertible {
    public let document: String
    public let reason: String

    public var description: String { "\(document): \(reason)" }
}
