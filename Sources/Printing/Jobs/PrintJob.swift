/// Bytes ready for one printer, with what must be checked before sending them.
public struct PrintJob: Sendable {
    /// Brother raster, ZPL, … exactly as the printer takes it.
    public var bytes: [UInt8]
    /// The printer language, which says how to ask for status.
    public var family: PrinterFamily
    /// The media the job was laid out for; checked against what a Brother reports before sending.
    public var requiredMedia: MediaRequirement?

    public init(bytes: [UInt8], family: PrinterFamily, requiredMedia: MediaRequirement? = nil) {
        self.bytes = bytes
        self.family = family
        self.requiredMedia = requiredMedia
    }
}

/// How a job went.
public struct PrintOutcome: Sendable {
    public enum Completion: Sendable, Equatable {
        /// The printer said it finished printing.
        case confirmed
        /// Sent, but the printer did not confirm in time (or cannot: it never reports completion).
        case unconfirmed
        /// The connection cannot read, so no status was asked and no confirmation can come (file, one-way USB).
        case notChecked
    }

    public var statusBefore: PrinterStatusReport?
    public var bytesSent: Int
    public var completion: Completion
}
