/// How much of the disk is read back after erasing: `full`, `sample[:PERCENT]` (a pseudorandom sample
/// of that share of the disk, 10 % by default), or `none`.
public enum VerificationMode: Codable, Sendable, Hashable, CustomStringConvertible {
    case full
    /// Percentage in hundredths (1000 = 10 %), kept as an integer so the certificate stays exact.
    case sample(basisPoints: Int)
    case none

    public static let defaultSampleBasisPoints = 1000

    /// Parses the `--verify` argument; nil for anything else.
    public init?(argument: String) {
        let text = argument.lowercased()
        switch text {
        case "full": self = .full
        case "none": self = .none
        case "sample": self = .sample(basisPoints: Self.defaultSampleBasisPoints)
        default:
            guard text.hasPrefix("sample:") else { return nil }
            let number = text.dropFirst("sample:".count).replacingOccurrences(of: "%", with: "")
            guard let percent = Double(number), percent > 0, percent <= 100 else { return nil }
            self = .sample(basisPoints: Int((percent * 100).rounded()))
        }
    }

    public var description: String {
        switch self {
        case .full: "full"
        case .none: "none"
        case .sample(let basisPoints): "sample:\(Self.percentText(basisPoints))"
        }
    }

    /// "10", "2.5", "0.25" — a basis-point share printed as a percentage without trailing zeros.
    public static func percentText(_ basisPoints: Int) -> String {
        let whole = basisPoints / 100
        let fraction = basisPoints % 100
        if fraction == 0 { return "\(whole)" }
        let digits = fraction % 10 == 0 ? "\(fraction / 10)" : (fraction < 10 ? "0\(fraction)" : "\(fraction)")
        return "\(whole).\(digits)"
    }

    public var name: String {
        switch self {
        case .full: "full"
        case .sample: "sample"
        case .none: "none"
        }
    }
}
