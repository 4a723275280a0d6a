import RefurbCore

extension UIMessages {
    /// The words of the intake station.
    static let intake = MessageCatalog([:])
}
