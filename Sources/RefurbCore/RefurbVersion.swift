/// The version of Refurb, as the CLI reports it and certificates record it.
public enum RefurbVersion {
    public static let current = "0.1.0"
}
