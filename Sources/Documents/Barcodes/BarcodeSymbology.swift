/// The barcode symbologies Refurb prints: Code 128 for scanners at intake, QR and Data Matrix on labels
/// and certificates.
public enum BarcodeSymbology: Hashable, Sendable {
    case code128
    case qr(errorCorrection: QRErrorCorrection)
    case dataMatrix

    /// Blank modules required on each side (ISO/IEC 15417: 10 X for Code 128; ISO/IEC 18004: 4 for QR;
    /// ISO/IEC 16022: 1 for Data Matrix).
    public var quietZoneModules: Int {
        switch self {
        case .code128: 10
        case .qr: 4
        case .dataMatrix: 1
        }
    }

    public var isLinear: Bool { self == .code128 }
}

/// QR error-correction level: share of the symbol that may be damaged and still read.
public enum QRErrorCorrection: String, Hashable, Sendable, CaseIterable {
    /// About 7 %.
    case L
    /// About 15 %.
    case M
    /// About 25 %: asset tags on laptops get scratched.
    case Q
    /// About 30 %.
    case H
}
