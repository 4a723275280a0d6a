/// Which characters a Zebra's resident font 0 prints with `^CI28`. Text with anything outside is sent
/// as a graphic (`^GFA`) instead, so "€" and accents print right on any printer.
/// - `ascii`: printable ASCII only; safe everywhere, the default.
/// - `latin1`: ASCII and Latin-1 (é, è, ç, à, °, £ — but not €), as most firmware's font 0 has.
/// - `unicode`: the printer has a Unicode font (e.g. a downloaded TrueType font set as default).
public enum ZebraFontCoverage: String, Hashable, Sendable, CaseIterable {
    case ascii
    case latin1
    case unicode

    public func covers(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy(covers)
    }

    public func covers(_ scalar: Unicode.Scalar) -> Bool {
        switch self {
        case .ascii: (0x20...0x7E).contains(scalar.value)
        case .latin1: (0x20...0x7E).contains(scalar.value) || (0xA0...0xFF).contains(scalar.value)
        case .unicode: scalar.value >= 0x20
        }
    }
}
