import RefurbCore

/// What a scanned or typed code turned out to be.
public enum ScanResolution: Hashable, Sendable {
    case device(Device)
    case lot(LotSummary)
}
