import RefurbCore

extension UIMessages {
    /// The words of the bench station.
    static let bench = MessageCatalog([:])
}
