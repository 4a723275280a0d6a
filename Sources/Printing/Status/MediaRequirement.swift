/// The kind of label stock, as Brother reports it and as a label template needs it.
public enum MediaKind: String, Codable, Sendable {
    case continuous
    case dieCut = "die-cut"
}

/// What a job needs loaded in the printer: a roll of a given width, and for die-cut labels their length.
/// Printing knows nothing of the label itself, only this.
public struct MediaRequirement: Hashable, Codable, Sendable, CustomStringConvertible {
    public var kind: MediaKind
    public var widthMM: Int
    /// Length of one die-cut label; nil for continuous rolls.
    public var lengthMM: Int?

    public init(kind: MediaKind, widthMM: Int, lengthMM: Int? = nil) {
        self.kind = kind
        self.widthMM = widthMM
        self.lengthMM = kind == .dieCut ? lengthMM : nil
    }

    /// "62 mm" for a roll, "62×29 mm" for die-cut labels.
    public var description: String {
        if let lengthMM { return "\(widthMM)×\(lengthMM) mm" }
        return "\(widthMM) mm"
    }
}

/// What the printer says is loaded.
public struct LoadedMedia: Hashable, Codable, Sendable, CustomStringConvertible {
    /// nil when no media is loaded (or the printer cannot tell).
    public var kind: MediaKind?
    public var widthMM: Int
    public var lengthMM: Int?

    public init(kind: MediaKind?, widthMM: Int, lengthMM: Int? = nil) {
        self.kind = kind
        self.widthMM = widthMM
        self.lengthMM = kind == .dieCut ? lengthMM : nil
    }

    public var description: String {
        guard kind != nil else { return "-" }
        if let lengthMM { return "\(widthMM)×\(lengthMM) mm" }
        return "\(widthMM) mm"
    }
}
