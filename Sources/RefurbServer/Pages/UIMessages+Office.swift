import RefurbCore

extension UIMessages {
    /// The words of the office station.
    static let office = MessageCatalog([:])
}
